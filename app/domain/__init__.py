"""Value objects, enums, rules and typed errors of the programme."""
