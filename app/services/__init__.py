"""One function per use case. Each opens a unit of work, checks the actor's
role, applies the rules, writes, records the audit entry and commits once."""
