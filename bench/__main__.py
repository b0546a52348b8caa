"""`make bench`: every case, one line each."""

from __future__ import annotations

import sys

from bench import (
    cold_start,
    count,
    handout,
    invitations,
    report,
    roster_import,
    rss_idle,
    scan,
    search,
    search_pg,
    slip,
)

CASES = {"cold-start": cold_start.run, "rss-idle": rss_idle.run,
         "roster-import": roster_import.run, "search": search.run,
         "search-pg": search_pg.run, "scan": scan.run,
         "slip": slip.run, "invitations": invitations.run, "count": count.run,
         "handout-loop": handout.run, "report-6000": report.run}


def main(argv: list[str]) -> int:
    chosen = argv or list(CASES)
    for name in chosen:
        CASES[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
