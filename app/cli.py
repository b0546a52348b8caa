"""The command line, on the same services as the window.

It acts as the PC's administrator (whoever can run it can read the database
file anyway) and is recorded in the audit log as `cli:<OS user>`.
It speaks French, from the same catalogue as the window (app/messages.py):
the people who run it are the centre's coordinators.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn, TextIO

from app import messages
from app.domain.defaults import MIN_PASSPHRASE_LENGTH
from app.domain.errors import DatabaseError, FileNotRead, GuichetError, RosterRejected
from app.messages import Cli, describe, describe_database, describe_roster_problem, translate
from app.settings import Settings

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_DATABASE = 0, 1, 2, 3

COMMANDS = ("import-roster", "demo", "backup", "restore", "audit", "privacy", "staff", "stats")


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups,
                          "Utilisation : " if prefix is None else prefix)


# argparse's own few sentences, said in French (its gettext catalogue is not
# shipped with Python): the errors are matched by their English shape
_ARGPARSE_ERRORS = (
    (r"the following arguments are required: (.*)", r"il manque : \1"),
    (r"unrecognized arguments: (.*)", r"arguments inconnus : \1"),
    (r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)",
     r"argument \1 : \2 n'existe pas (au choix : \3)"),
    (r"argument (.*?): expected one argument", r"argument \1 : il faut une valeur"),
    (r"argument (.*?): invalid (.*?) value: (.*)", r"argument \1 : valeur incorrecte : \3"),
)


class _Parser(argparse.ArgumentParser):
    """argparse, French all the way: usage, headings, --help, errors."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class",
                          lambda prog: _Formatter(prog, max_help_position=30))
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def error(self, message: str) -> NoReturn:
        for pattern, french in _ARGPARSE_ERRORS:
            if re.fullmatch(pattern, message):
                message = re.sub(pattern, french, message)
                break
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog} : erreur : {message}\n")


PASSPHRASE_HELP = ("fichier qui contient la phrase de passe (sinon elle est demandée au "
                   "clavier)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="guichet", description="Guichet : accueil du centre social. Sans commande, ouvre "
        "la fenêtre (options --demo : démo sur une base vide ; --lang en : en anglais).")
    parser.add_argument("--db", metavar="CHEMIN", help="fichier de base de données (sinon GUICHET_DB, "
                        "sinon le dossier de données de l'utilisateur)")
    sub = parser.add_subparsers(dest="command", title="commandes", metavar="COMMANDE")
    imp = sub.add_parser("import-roster", help="importer la liste des logements du bailleur")
    imp.add_argument("file", metavar="FICHIER", type=Path,
                     help="l'export du bailleur (CSV, en UTF-8 ou Windows-1252)")
    imp.add_argument("--sector", metavar="NOM", help="secteur des lignes qui n'en ont pas")
    imp.add_argument("--dry-run", action="store_true", help="vérifier et compter sans rien écrire")
    imp.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None,
                     help=argparse.SUPPRESS)
    demo = sub.add_parser("demo", help="remplir une base vide avec un centre de démonstration")
    demo.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None,
                     help=argparse.SUPPRESS)
    backup = sub.add_parser("backup", help="sauvegarde chiffrée dans un dossier (clé USB)")
    backup.add_argument("dest", metavar="DOSSIER", type=Path,
                        help="où écrire la sauvegarde (la clé USB)")
    backup.add_argument("--passphrase-file", metavar="FICHIER", type=Path, help=PASSPHRASE_HELP)
    backup.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None,
                     help=argparse.SUPPRESS)
    restore = sub.add_parser("restore", help="remplacer la base par une sauvegarde vérifiée")
    restore.add_argument("file", metavar="FICHIER", type=Path,
                         help="la sauvegarde à remettre en place")
    restore.add_argument("--passphrase-file", metavar="FICHIER", type=Path, help=PASSPHRASE_HELP)
    restore.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None,
                     help=argparse.SUPPRESS)
    audit = sub.add_parser("audit", help="journal d'audit")
    audit.add_argument("action", choices=("verify",), help="verify : vérifier le journal")
    audit.add_argument("--against", metavar="SAUVEGARDE", type=Path, default=None,
                       help="une sauvegarde faite avant : le journal doit commencer comme elle")
    audit.add_argument("--passphrase-file", metavar="FICHIER", type=Path, help=PASSPHRASE_HELP)
    audit.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None,
                     help=argparse.SUPPRESS)
    privacy = sub.add_parser("privacy", help="données personnelles (RGPD)")
    privacy.add_argument("action", choices=("export", "erase", "retention"),
                         help="export : données d'un foyer ; erase : les effacer ; retention : "
                              "appliquer la durée de conservation")
    privacy.add_argument("household", metavar="REFERENCE", nargs="?",
                         help="référence logement du foyer (export, erase)")
    privacy.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None,
                     help=argparse.SUPPRESS)
    staff = sub.add_parser("staff", help="l'équipe : comptes de connexion")
    staff.add_argument("action", choices=("list", "add", "reset", "disable"),
                       help="list : la liste ; add : ajouter ; reset : nouveau code ; "
                            "disable : désactiver")
    staff.add_argument("name", metavar="NOM", nargs="?", help="le nom affiché à la connexion")
    staff.add_argument("--role", choices=("volunteer", "reception", "coordinator"),
                       default="volunteer",
                       help="pour add : volunteer (bénévole), reception (accueil) ou "
                            "coordinator (coordination)")
    staff.add_argument("--until", metavar="AAAA-MM-JJ", type=date.fromisoformat, default=None,
                       help="pour add : dernier jour (service civique)")
    staff.add_argument("--secret-file", metavar="FICHIER", type=Path,
                       help="fichier qui contient le code (sinon il est demandé au clavier)")
    staff.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None,
                       help=argparse.SUPPRESS)
    copy = sub.add_parser("copy-database",
                          help="copier tout le centre d'une base à une autre (fichier SQLite ou "
                               "serveur PostgreSQL), vérifié table par table")
    copy.add_argument("source", metavar="DEPUIS",
                      help="la base à copier : un fichier .sqlite3 ou postgresql://…")
    copy.add_argument("target", metavar="VERS",
                      help="une base neuve et vide : un fichier .sqlite3 ou postgresql://…")
    stats = sub.add_parser("stats", help="statistiques anonymes pour la ville")
    stats.add_argument("action", choices=("export", "import"),
                       help="export PÉRIODE FICHIER : le fichier du centre ; import FICHIER… : "
                            "les fichiers des centres, et le total de la ville")
    stats.add_argument("files", metavar="ARGUMENT", nargs="+",
                       help="export : la période (2026, 2026-S1, 2026-Q3 ou "
                            "2026-01-01:2026-06-30) puis le fichier à écrire ; import : les "
                            "fichiers reçus des centres")
    stats.add_argument("--report", metavar="PDF", type=Path, default=None,
                       help="pour import : écrire aussi le bilan de la ville en PDF")
    stats.add_argument("--new-key", action="store_true",
                       help="pour import : accepter la nouvelle clé d'un centre qui a "
                            "réinstallé Guichet (après l'avoir vérifié avec lui)")
    stats.add_argument("--period", metavar="PÉRIODE", default=None,
                       help="pour import : la période du total (sinon celle des fichiers)")
    stats.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None,
                       help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(out)
        return EXIT_USAGE
    settings = Settings.load(getattr(args, "sub_db", None) or args.db)
    if args.command == "restore":
        return _restore(settings, args, out, err)
    if args.command == "copy-database":
        return _copy_database(args, out, err)
    from db.engine import open_database

    try:
        # only `demo` may make a new database; any other verb needs a centre's
        db = open_database(settings.database, create=args.command == "demo")
    except DatabaseError as exc:
        print(describe_database(exc), file=err)
        return EXIT_DATABASE
    if db.set_aside:
        print(messages.journal_set_aside(db.set_aside), file=err)
    try:
        handler = {"import-roster": _import_roster, "demo": _demo, "backup": _backup,
                   "audit": _audit, "privacy": _privacy, "staff": _staff,
                   "stats": _stats}[args.command]
        return handler(db, args, out, err)
    except GuichetError as exc:
        return _refused(exc, err)
    finally:
        db.close()


def _refused(exc: GuichetError, err: TextIO) -> int:
    """The sentence, and the exit status: 3 for the database, 1 otherwise."""
    if isinstance(exc, DatabaseError):
        print(describe_database(exc), file=err)
        return EXIT_DATABASE
    print(describe(exc), file=err)
    return EXIT_REJECTED


def _rejected(file: Path, exc: RosterRejected, err: TextIO) -> int:
    print(Cli.tr("{file}: %n problem(s), nothing was imported.", "", len(exc.problems)).format(
        file=file.name), file=err)
    for problem in exc.problems:
        print(f"  {describe_roster_problem(problem)}", file=err)
    return EXIT_REJECTED


def _import_roster(db, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # type: ignore[no-untyped-def]
    from app.services.context import Actor
    from app.services.roster import import_roster, read_file

    try:
        data = read_file(args.file)
    except FileNotRead as exc:
        print(describe(exc), file=err)
        return EXIT_USAGE
    except RosterRejected as exc:
        return _rejected(args.file, exc, err)
    try:
        report = import_roster(db, Actor.command_line(), data, default_sector=args.sector,
                               dry_run=args.dry_run, source_name=args.file.name)
    except RosterRejected as exc:
        return _rejected(args.file, exc, err)
    title = (translate("Cli", "Checked (nothing was written)") if report.dry_run
             else translate("Cli", "Import done"))
    print(f"{title} : {args.file.name}", file=out)
    missing = translate("Cli", "  missing from the file: {count}").format(
        count=report.dwellings_missing)
    if report.dwellings_missing:
        missing += translate("Cli", " (flagged, not deleted)")
    for line in (translate("Cli", "  new dwellings        : {count}").format(
                     count=report.dwellings_new),
                 translate("Cli", "  dwellings updated    : {count}").format(
                     count=report.dwellings_updated),
                 translate("Cli", "  dwellings unchanged  : {count}").format(
                     count=report.dwellings_unchanged),
                 missing,
                 translate("Cli", "  people               : {count} in the file, {new} new, "
                                  "{updated} updated, {left} left").format(
                     count=report.people_in_file, new=report.people_new,
                     updated=report.people_updated, left=report.people_left)):
        print(line, file=out)
    if report.sectors_new:
        print(translate("Cli", "  sectors created      : {count}").format(
            count=report.sectors_new), file=out)
    for ref in report.missing_refs[:20]:
        print(translate("Cli", "    missing: {ref}").format(ref=ref), file=out)
    if len(report.missing_refs) > 20:
        print(translate("Cli", "    ... and {count} more").format(
            count=len(report.missing_refs) - 20), file=out)
    if report.corrections_kept:
        print("  " + messages.corrections_kept(len(report.corrections_kept)), file=out)
        for kept in report.corrections_kept:
            print(f"    {messages.correction_kept(kept)}", file=out)
    return EXIT_OK


def _staff(db, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # type: ignore[no-untyped-def]
    """The team, from the command line: list, add, reset a PIN, disable."""
    from app.domain.enums import Role
    from app.services import accounts
    from app.services.context import Actor

    actor = Actor.command_line()
    if args.action == "list":
        for row in accounts.list_accounts(db, actor):
            state = (translate("Cli", "active") if row.active else translate("Cli", "disabled"))
            if row.active and row.active_until:
                state += translate("Cli", " until {date}").format(
                    date=row.active_until.strftime("%d/%m/%Y"))
            print(f"{row.name}\t{messages.role_name(row.role)}\t{state}", file=out)
        return EXIT_OK
    if not args.name:
        print(translate("Cli", "Give the person's name."), file=err)
        return EXIT_USAGE
    if args.action == "disable":
        accounts.set_active(db, actor, accounts.find_account(db, actor, args.name), False)
        print(translate("Cli", "{name} can no longer sign in.").format(name=args.name), file=out)
        return EXIT_OK
    secret = _read_secret(args, err)
    if secret is None:
        return EXIT_USAGE
    if args.action == "add":
        info = accounts.create_account(db, actor, args.name, Role(args.role), secret,
                                       args.until)
        print(translate("Cli", "Account created: {name} ({role}).").format(
            name=info.name, role=messages.role_name(info.role)), file=out)
    else:
        accounts.reset_secret(db, actor, accounts.find_account(db, actor, args.name), secret)
        print(translate("Cli", "New PIN or password saved for {name}.").format(name=args.name),
              file=out)
    return EXIT_OK


def _read_secret(args: argparse.Namespace, err: TextIO) -> str | None:
    return _read_hidden(args.secret_file, err, True, (
        translate("Cli", "PIN or password: "), translate("Cli", "Again: "),
        translate("Cli", "The two entries differ."),
        translate("Cli", "Nothing given (option --secret-file).")))


def _demo(db, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # type: ignore[no-untyped-def]
    from app.services import demo
    from app.services.context import Actor

    report = demo.load_demo(db, Actor.command_line())  # refuses a database with data
    print(translate("Cli", "Demo loaded in {path}: {dwellings} dwellings, {people} people, "
                           "{decoders} decoders, {computers} computers, {slots} appointment "
                           "slots.").format(path=db.path, dwellings=report.dwellings,
                                            people=report.people, decoders=report.decoders,
                                            computers=report.computers, slots=report.slots),
          file=out)
    print(translate("Cli", "Demo accounts: {accounts}").format(accounts=", ".join(
        f"{name} / {secret}" for name, _role, secret in demo.DEMO_ACCOUNTS)), file=out)
    return EXIT_OK


def _read_passphrase(args: argparse.Namespace, err: TextIO, confirm: bool) -> str | None:
    return _read_hidden(args.passphrase_file, err, confirm, (
        translate("Cli", "Passphrase: "), translate("Cli", "Passphrase (again): "),
        translate("Cli", "The two passphrases differ."),
        translate("Cli", "No passphrase given (option --passphrase-file).")))


def _read_hidden(file: Path | None, err: TextIO, confirm: bool,
                 said: tuple[str, str, str, str]) -> str | None:
    """A secret from its file's first line, or typed twice without echo.
    `said`: the prompt, the second prompt, "they differ", "nothing given"."""
    if file:
        try:
            return file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            print(messages.could_not_read(file, messages.system_reason(exc.errno, str(exc))),
                  file=err)
            return None
    import getpass

    prompt, again, differ, nothing = said
    if not sys.stdin.isatty():  # getpass would echo it, and warn in English
        print(nothing, file=err)
        return None
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(again) != first:
            print(differ, file=err)
            return None
    except (EOFError, KeyboardInterrupt):
        print(nothing, file=err)
        return None
    return first


def _backup(db, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # type: ignore[no-untyped-def]
    from app.services import backup, front_door
    from app.services.context import Actor

    passphrase = _read_passphrase(args, err, confirm=True)
    if passphrase is None:
        return EXIT_USAGE
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        print(translate("Messages", "Too short: at least {count} characters.").format(
            count=MIN_PASSPHRASE_LENGTH), file=err)
        return EXIT_USAGE
    info = front_door.centre_info(db)
    result = backup.export_backup(db, Actor.command_line(), args.dest, passphrase,
                                  info.name if info else "centre")
    print(translate("Cli", "Encrypted backup written and checked: {file} ({size} bytes).").format(
        file=result.path, size=result.size), file=out)
    return EXIT_OK


def _is_encrypted(path: Path) -> bool:
    from app.domain import crypto

    try:
        with path.open("rb") as file:
            return crypto.is_encrypted(file.read(64))
    except OSError:  # a folder, a missing file: restore_backup says why
        return False


def _restore(settings: Settings, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from app.services import backup
    from app.services.context import Actor

    passphrase = None  # the restore refuses by itself while anyone has the database open
    if _is_encrypted(args.file):
        passphrase = _read_passphrase(args, err, confirm=False)
        if passphrase is None:
            return EXIT_USAGE
    try:
        report = backup.restore_backup(settings.database, args.file, passphrase,
                                       Actor.command_line())
    except GuichetError as exc:
        print(describe(exc), file=err)
        return EXIT_REJECTED
    print(translate("Cli", "Database restored from {file}.").format(
        file=report.restored_from.name), file=out)
    if report.previous_kept_as:
        print(translate("Cli", "The previous database is kept: {file}").format(
            file=report.previous_kept_as), file=out)
    if report.migrated_from:
        print(translate("Cli", "Backup from an earlier version (schema {revision}): brought up "
                               "to date.").format(revision=report.migrated_from), file=out)
    return EXIT_OK


def _copy_database(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from app.services import backup
    from app.services.context import Actor

    try:
        checks = backup.copy_centre(args.source, args.target, Actor.command_line())
    except GuichetError as exc:
        return _refused(exc, err)
    for check in checks:
        print(Cli.tr("{table}: %n row(s), identical", "", check.rows).format(
            table=check.table), file=out)
    print(Cli.tr("Centre copied: {tables} tables, %n row(s), each checked.", "",
                 sum(c.rows for c in checks)).format(tables=len(checks)), file=out)
    return EXIT_OK


def _audit(db, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # type: ignore[no-untyped-def]
    from app.services import audit_trail
    from app.services.context import Actor

    actor = Actor.command_line()
    report = audit_trail.verify(db, actor)
    print(messages.audit_checked(report.entries, report.first_bad_id, report.unreadable),
          file=out if report.ok else err)
    if not report.ok:
        return EXIT_REJECTED
    if args.against is not None:
        passphrase = _read_passphrase(args, err, confirm=False) if _is_encrypted(
            args.against) else None
        anchor = audit_trail.verify_against(db, actor, args.against, passphrase)
        print(messages.audit_anchor(args.against.name, anchor.copy_entries,
                                    anchor.live_entries, anchor.holds),
              file=out if anchor.holds else err)
        if not anchor.holds:
            return EXIT_REJECTED
    entries, head_hash = audit_trail.head(db, actor)
    print(messages.audit_fingerprint(entries, audit_trail.fingerprint(head_hash)), file=out)
    return EXIT_OK


def _privacy(db, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # type: ignore[no-untyped-def]
    import json

    from app.services import privacy
    from app.services.context import Actor

    actor = Actor.command_line()
    if args.action == "retention":
        report = privacy.apply_retention(db, actor)
        print(messages.retention_applied(report.cutoff, report.households, report.people,
                                         report.notes_cleared), file=out)
        return EXIT_OK
    if not args.household:
        print(translate("Messages", "Type the landlord reference of the household first."),
              file=err)
        return EXIT_USAGE
    if args.action == "export":
        data = privacy.export_household(db, actor, args.household)
        print(json.dumps(data, ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    count = privacy.erase_household(db, actor, args.household)
    print(messages.household_erased(count, args.household), file=out)
    return EXIT_OK


def _stats(db, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # type: ignore[no-untyped-def]
    """The centre's anonymous statistics for the city (export), and the
    city's side (import the centres' files, print the totals)."""
    from app.domain import clock
    from app.domain.errors import FileNotWritten, ReportRefused
    from app.services import city_stats
    from app.services.context import Actor
    from app.services.report import parse_period

    actor = Actor.command_line()
    text = args.files[0] if args.action == "export" else args.period
    try:  # a period the command line cannot read is a usage error (status 2)
        period = parse_period(text) if text else None
    except ReportRefused as exc:
        print(describe(exc), file=err)
        return EXIT_USAGE
    if args.action == "export":
        if len(args.files) != 2:
            print(translate("Cli", "Give the period, then the file to write: guichet stats "
                                   "export 2026 statistiques-2026.json"), file=err)
            return EXIT_USAGE
        start, end = period
        data = city_stats.export_stats(db, actor, start, end)
        target = Path(args.files[1])
        try:
            target.write_bytes(data)
        except OSError as exc:
            raise FileNotWritten.from_os(target, exc) from exc
        print(translate("Cli", "Statistics from {start} to {end} written: {file} (counts only, "
                               "signed).").format(start=start.strftime("%d/%m/%Y"),
                                                  end=end.strftime("%d/%m/%Y"), file=target),
              file=out)
        return EXIT_OK
    paths = [Path(name) for name in args.files]
    try:
        imported = city_stats.import_stats(db, actor, paths, new_key=args.new_key)
    except city_stats.StatsRejected as exc:
        print(Cli.tr("%n file(s) refused, nothing was imported:", "", len(exc.problems)),
              file=err)
        for problem in exc.problems:
            print(f"  {messages.stats_problem(problem)}", file=err)
        if any(problem.reason == "other_key" for problem in exc.problems):
            print(translate("Cli", "Once checked with the centre: add --new-key to take its "
                                   "new key."), file=err)
        return EXIT_REJECTED
    for line in imported:
        print(messages.stats_imported(line.file, line.centre, line.outcome), file=out)
    if period is not None:
        start, end = period
    else:
        start, end = min(i.start for i in imported), max(i.end for i in imported)
    city = city_stats.city_report(db, actor, start, end)
    print(translate("Cli", "The city, from {start} to {end}:").format(
        start=start.strftime("%d/%m/%Y"), end=end.strftime("%d/%m/%Y")), file=out)
    from app.documents.report import CITY_FIGURES, CITY_TOTAL

    width = max(len(label) for _key, label in CITY_FIGURES)
    for line in city.centres:
        print(f"  {line.centre}", file=out)
        for key, label in CITY_FIGURES:
            print(f"    {label:<{width}} : {line.counts[key].shown()}", file=out)
    print(f"  {CITY_TOTAL}", file=out)
    for key, label in CITY_FIGURES:
        print(f"    {label:<{width}} : {city.total.counts[key].shown()}", file=out)
    if args.report is not None:
        from app.documents.report import city_pdf

        try:
            args.report.write_bytes(city_pdf(city, clock.now()))
        except OSError as exc:
            raise FileNotWritten.from_os(args.report, exc) from exc
        print(translate("Cli", "City report written: {file}").format(file=args.report), file=out)
    return EXIT_OK
