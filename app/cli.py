"""The command line, on the same services as the window.

It acts as the PC's administrator (whoever can run it can read the database
file anyway) and is recorded in the audit log as `cli:<OS user>`.
Messages are in French: the people who run it are the centre's coordinators.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from app.domain import roster as roster_rules
from app.domain.errors import (
    BackupFailed,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseReadOnly,
    GuichetError,
    NotADatabase,
    PermissionDenied,
    RestoreRefused,
    RosterProblem,
    RosterRejected,
    SchemaTooNew,
    UnknownHousehold,
)
from app.settings import Settings

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_DATABASE = 0, 1, 2, 3

COMMANDS = ("import-roster", "demo", "backup", "restore", "audit", "privacy")

PROBLEMS_FR = {
    roster_rules.EMPTY: "le fichier est vide",
    roster_rules.BINARY: "ce n'est pas un fichier texte (export CSV attendu)",
    roster_rules.TOO_LARGE: "fichier trop gros (plus de {detail} octets)",
    roster_rules.TOO_MANY_LINES: "trop de lignes (plus de {detail}) : est-ce le bon fichier ? "
                                 "Découpez-le par secteur",
    roster_rules.ENCODING: "encodage illisible (UTF-8 ou Windows-1252 attendu)",
    roster_rules.MISSING_COLUMN: "colonne obligatoire absente : « {detail} »",
    roster_rules.DUPLICATE_COLUMN: "colonne en double : « {detail} »",
    roster_rules.NO_DATA: "aucun logement dans le fichier",
    roster_rules.UNREADABLE_LINE: "ligne illisible ({detail})",
    roster_rules.TOO_MANY_CELLS: "plus de cellules que de colonnes ({detail}) : "
                                 "un séparateur en trop dans une cellule ?",
    roster_rules.MISSING_REFERENCE: "référence logement manquante",
    roster_rules.MISSING_ADDRESS: "adresse manquante pour {ref}",
    roster_rules.NO_SECTOR: "pas de secteur pour {ref} (colonne Secteur ou option --sector)",
    roster_rules.CONFLICT: "{ref} : {column} « {detail} » ici, mais « {other_value} » "
                           "ligne {other_line} (un même logement doit avoir les mêmes données)",
}
COLUMNS_FR = {"sector": "secteur", "address": "adresse", "building": "bâtiment",
              "entrance": "escalier", "floor": "étage", "door": "porte"}


def describe_problem(problem: RosterProblem) -> str:
    text = PROBLEMS_FR.get(problem.code, problem.code).format(
        detail=problem.detail, ref=problem.ref, other_value=problem.other_value,
        other_line=problem.other_line, column=COLUMNS_FR.get(problem.column, problem.column))
    return f"ligne {problem.line} : {text}" if problem.line else text


def describe_database_error(exc: DatabaseError) -> str:
    where = str(exc.path)
    if isinstance(exc, NotADatabase):
        return f"{where} n'est pas une base Guichet (fichier SQLite attendu). Rien n'a été modifié."
    if isinstance(exc, DatabaseDamaged):
        return (f"La base {where} est endommagée ({exc.detail}). Elle n'a pas été modifiée : "
                "restaurez une sauvegarde.")
    if isinstance(exc, DatabaseReadOnly):
        return f"La base {where} est en lecture seule ({exc.detail})."
    if isinstance(exc, DatabaseBusy):
        return f"La base {where} est occupée par un autre programme Guichet. Réessayez."
    if isinstance(exc, SchemaTooNew):
        return (f"La base {where} vient d'une version plus récente de Guichet "
                f"(schéma {exc.detail}). Mettez Guichet à jour.")
    return f"Base {where} : {exc.detail}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guichet", description="Guichet : accueil du centre social. Sans commande, ouvre "
        "la fenêtre (options --demo : démo sur une base vide ; --lang en : en anglais).")
    parser.add_argument("--db", metavar="CHEMIN", help="fichier de base de données (sinon GUICHET_DB, "
                        "sinon le dossier de données de l'utilisateur)")
    sub = parser.add_subparsers(dest="command")
    imp = sub.add_parser("import-roster", help="importer la liste des logements du bailleur")
    imp.add_argument("file", metavar="FICHIER", type=Path)
    imp.add_argument("--sector", metavar="NOM", help="secteur des lignes qui n'en ont pas")
    imp.add_argument("--dry-run", action="store_true", help="vérifier et compter sans rien écrire")
    imp.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None)
    demo = sub.add_parser("demo", help="remplir une base vide avec un centre de démonstration")
    demo.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None)
    backup = sub.add_parser("backup", help="sauvegarde chiffrée dans un dossier (clé USB)")
    backup.add_argument("dest", metavar="DOSSIER", type=Path)
    backup.add_argument("--passphrase-file", metavar="FICHIER", type=Path)
    backup.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None)
    restore = sub.add_parser("restore", help="remplacer la base par une sauvegarde vérifiée")
    restore.add_argument("file", metavar="FICHIER", type=Path)
    restore.add_argument("--passphrase-file", metavar="FICHIER", type=Path)
    restore.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None)
    audit = sub.add_parser("audit", help="journal d'audit")
    audit.add_argument("action", choices=("verify",))
    audit.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None)
    privacy = sub.add_parser("privacy", help="données personnelles (RGPD)")
    privacy.add_argument("action", choices=("export", "erase", "retention"))
    privacy.add_argument("household", metavar="REFERENCE", nargs="?",
                         help="référence logement du foyer (export, erase)")
    privacy.add_argument("--db", metavar="CHEMIN", dest="sub_db", default=None)
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
    from db.engine import open_database

    try:
        db = open_database(settings.db_path)
    except DatabaseError as exc:
        print(describe_database_error(exc), file=err)
        return EXIT_DATABASE
    try:
        handler = {"import-roster": _import_roster, "demo": _demo, "backup": _backup,
                   "audit": _audit, "privacy": _privacy}[args.command]
        return handler(db, args, out, err)
    except DatabaseError as exc:
        print(describe_database_error(exc), file=err)
        return EXIT_DATABASE
    except GuichetError as exc:
        print(describe_error(exc), file=err)
        return EXIT_REJECTED
    finally:
        db.close()


def _import_roster(db, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # type: ignore[no-untyped-def]
    from app.services.context import Actor
    from app.services.roster import import_roster

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"Impossible de lire {args.file} : {exc.strerror or exc}", file=err)
        return EXIT_USAGE
    try:
        report = import_roster(db, Actor.command_line(), data, default_sector=args.sector,
                               dry_run=args.dry_run, source_name=args.file.name)
    except RosterRejected as exc:
        print(f"{args.file.name} : {len(exc.problems)} erreur(s), rien n'a été importé.", file=err)
        for problem in exc.problems:
            print(f"  {describe_problem(problem)}", file=err)
        return EXIT_REJECTED
    title = "Vérification (rien n'a été écrit)" if report.dry_run else "Import terminé"
    print(f"{title} : {args.file.name}", file=out)
    print(f"  logements nouveaux    : {report.dwellings_new}", file=out)
    print(f"  logements mis à jour  : {report.dwellings_updated}", file=out)
    print(f"  logements inchangés   : {report.dwellings_unchanged}", file=out)
    print(f"  absents du fichier    : {report.dwellings_missing}"
          + (" (signalés, non supprimés)" if report.dwellings_missing else ""), file=out)
    print(f"  personnes             : {report.people_in_file} dans le fichier, "
          f"{report.people_new} nouvelles, {report.people_updated} mises à jour, "
          f"{report.people_left} parties", file=out)
    if report.sectors_new:
        print(f"  secteurs créés        : {report.sectors_new}", file=out)
    for ref in report.missing_refs[:20]:
        print(f"    absent : {ref}", file=out)
    if len(report.missing_refs) > 20:
        print(f"    ... et {len(report.missing_refs) - 20} autres", file=out)
    return EXIT_OK


def _demo(db, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # type: ignore[no-untyped-def]
    from app.services import demo
    from app.services.context import Actor

    if not demo.is_empty(db):
        print(f"La base {db.path} contient déjà des données : démo non chargée.", file=err)
        return EXIT_REJECTED
    report = demo.load_demo(db, Actor.command_line())
    print(f"Démo chargée dans {db.path} : {report.dwellings} logements, "
          f"{report.people} personnes, {report.decoders} décodeurs, {report.computers} "
          f"ordinateurs, {report.slots} créneaux de rendez-vous.", file=out)
    print("Comptes de démonstration : Coordination / coordination, Accueil / 1234, "
          "Bénévole / 5678", file=out)
    return EXIT_OK


BACKUP_FAILURES_FR = {
    "disk_full": "le support est plein",
    "removed": "le support a été retiré ou ne répond plus",
    "not_writable": "impossible d'écrire à cet endroit",
    "verify_failed": "la copie relue ne correspond pas",
}
RESTORE_REFUSALS_FR = {
    "unreadable": "fichier illisible",
    "not_a_backup": "ce n'est pas une sauvegarde Guichet",
    "wrong_passphrase": "phrase de passe incorrecte, ou fichier abîmé",
    "passphrase_needed": "cette sauvegarde est chiffrée : donnez sa phrase de passe",
    "damaged": "la sauvegarde est endommagée",
    "newer_schema": "la sauvegarde vient d'une version plus récente de Guichet",
}


def describe_error(exc: GuichetError) -> str:
    if isinstance(exc, BackupFailed):
        return (f"Sauvegarde impossible : {BACKUP_FAILURES_FR.get(exc.reason, exc.reason)} "
                f"({exc.path.parent}). Aucun fichier n'a été laissé ; la base n'a pas été touchée.")
    if isinstance(exc, RestoreRefused):
        return (f"Restauration refusée : {RESTORE_REFUSALS_FR.get(exc.reason, exc.reason)}. "
                "La base actuelle n'a pas été modifiée.")
    if isinstance(exc, UnknownHousehold):
        return f"Aucun logement avec la référence « {exc.key} »."
    if isinstance(exc, PermissionDenied):
        return "Action réservée à la coordination."
    return str(exc)


def _read_passphrase(args: argparse.Namespace, err: TextIO, confirm: bool) -> str | None:
    if args.passphrase_file:
        try:
            return args.passphrase_file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            print(f"Impossible de lire {args.passphrase_file} : {exc.strerror or exc}", file=err)
            return None
    import getpass

    try:
        first = getpass.getpass("Phrase de passe : ")
        if confirm and getpass.getpass("Phrase de passe (à nouveau) : ") != first:
            print("Les deux phrases de passe diffèrent.", file=err)
            return None
    except (EOFError, KeyboardInterrupt):
        print("Aucune phrase de passe donnée (option --passphrase-file).", file=err)
        return None
    return first


MIN_PASSPHRASE = 10


def _backup(db, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # type: ignore[no-untyped-def]
    from app.services import backup, centre
    from app.services.context import Actor

    passphrase = _read_passphrase(args, err, confirm=True)
    if passphrase is None:
        return EXIT_USAGE
    if len(passphrase) < MIN_PASSPHRASE:
        print(f"Phrase de passe trop courte : au moins {MIN_PASSPHRASE} caractères.", file=err)
        return EXIT_USAGE
    info = centre.centre_info(db)
    result = backup.export_backup(db, Actor.command_line(), args.dest, passphrase,
                                  info.name if info else "centre")
    print(f"Sauvegarde chiffrée écrite et vérifiée : {result.path} ({result.size} octets).",
          file=out)
    return EXIT_OK


def _guichet_running(db_path: Path) -> bool:
    """QLockFile's file beside the database: first line is the owner's PID."""
    import os

    try:
        pid = int((db_path.parent / (db_path.name + ".lock")).read_text().split()[0])
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):
        return False
    return True


def _restore(settings: Settings, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from app.services import backup
    from app.services.context import Actor

    if _guichet_running(settings.db_path):
        print("Guichet est ouvert sur cette base : fermez-le avant de restaurer.", file=err)
        return EXIT_DATABASE
    passphrase = None
    if args.file.exists() and args.file.read_bytes()[:32].startswith(b"GUICHET-BACKUP"):
        passphrase = _read_passphrase(args, err, confirm=False)
        if passphrase is None:
            return EXIT_USAGE
    try:
        report = backup.restore_backup(settings.db_path, args.file, passphrase,
                                       Actor.command_line())
    except GuichetError as exc:
        print(describe_error(exc), file=err)
        return EXIT_REJECTED
    print(f"Base restaurée depuis {report.restored_from.name}.", file=out)
    if report.previous_kept_as:
        print(f"L'ancienne base est conservée : {report.previous_kept_as}", file=out)
    if report.migrated_from:
        print(f"Sauvegarde d'une version antérieure (schéma {report.migrated_from}) : "
              "mise à jour faite.", file=out)
    return EXIT_OK


def _audit(db, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # type: ignore[no-untyped-def]
    from app.services import audit

    with db.read() as session:
        report = audit.verify(session)
    if report.ok:
        print(f"Journal d'audit intact : {report.entries} entrées vérifiées.", file=out)
        return EXIT_OK
    print(f"Journal d'audit altéré : l'entrée n° {report.first_bad_id} a été modifiée, ou une "
          "entrée qui la précédait a été supprimée.", file=err)
    return EXIT_REJECTED


def _privacy(db, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # type: ignore[no-untyped-def]
    import json

    from app.services import privacy
    from app.services.context import Actor

    actor = Actor.command_line()
    if args.action == "retention":
        report = privacy.apply_retention(db, actor)
        print(f"Durée de conservation appliquée (contacts antérieurs au "
              f"{report.cutoff:%d/%m/%Y}) : {report.households} foyer(s), {report.people} "
              f"personne(s) anonymisée(s), {report.notes_cleared} note(s) effacée(s).", file=out)
        return EXIT_OK
    if not args.household:
        print("Indiquez la référence logement du foyer.", file=err)
        return EXIT_USAGE
    if args.action == "export":
        data = privacy.export_household(db, actor, args.household)
        print(json.dumps(data, ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    count = privacy.erase_household(db, actor, args.household)
    print(f"Foyer {args.household} : {count} personne(s) anonymisée(s). Les reçus et les "
          "comptes sont conservés.", file=out)
    return EXIT_OK
