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
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseReadOnly,
    NotADatabase,
    RosterProblem,
    RosterRejected,
    SchemaTooNew,
)
from app.settings import Settings

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_DATABASE = 0, 1, 2, 3

COMMANDS = ("import-roster", "demo")

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
    parser = argparse.ArgumentParser(prog="guichet", description="Guichet : accueil du centre social.")
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
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(out)
        return EXIT_USAGE
    settings = Settings.load(getattr(args, "sub_db", None) or args.db)
    from db.engine import open_database

    try:
        db = open_database(settings.db_path)
    except DatabaseError as exc:
        print(describe_database_error(exc), file=err)
        return EXIT_DATABASE
    try:
        if args.command == "import-roster":
            return _import_roster(db, args, out, err)
        return _demo(db, settings, out, err)
    except DatabaseError as exc:
        print(describe_database_error(exc), file=err)
        return EXIT_DATABASE
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


def _demo(db, settings: Settings, out: TextIO, err: TextIO) -> int:  # type: ignore[no-untyped-def]
    from app.services import demo
    from app.services.context import Actor

    if not demo.is_empty(db):
        print(f"La base {settings.db_path} contient déjà des données : démo non chargée.", file=err)
        return EXIT_REJECTED
    report = demo.load_demo(db, Actor.command_line())
    print(f"Démo chargée dans {settings.db_path} : {report.dwellings} logements, "
          f"{report.people} personnes, {report.decoders} décodeurs, {report.computers} "
          f"ordinateurs, {report.slots} créneaux de rendez-vous.", file=out)
    print("Comptes de démonstration : Coordination / coordination, Accueil / 1234, "
          "Bénévole / 5678", file=out)
    return EXIT_OK
