"""Entry point `guichet`: the window, or a command-line verb on the same services."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import cli
from app.settings import Settings


def _gui_arguments(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="guichet", add_help=False)
    parser.add_argument("--db", help="database file (default: GUICHET_DB, then the user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="on a new, empty database, load the demo centre first")
    parser.add_argument("--lang", default="fr", help="interface language (fr, en)")
    return parser.parse_known_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args, rest = _gui_arguments(argv)
    if rest:  # a verb (or --help, or a mistake the CLI's parser explains): no Qt
        return cli.main(argv)
    from ui.application import run

    return run(Settings.load(args.db), demo=args.demo, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
