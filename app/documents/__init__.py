"""Documents: stored records rendered by pure functions to PDF bytes (reportlab).

Printed documents are French administrative papers (receipts, slips, minutes):
their wording lives in `labels.py`, not in the interface's Qt catalogue, so the
same record always prints the same words whatever the screen's language.
"""
