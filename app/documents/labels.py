"""The wording of printed documents (French administrative papers)."""

from __future__ import annotations

from datetime import date, datetime

DUPLICATE = "DUPLICATA"
CANCELLED = "ANNULÉ"  # a mistaken act's receipt, reprinted
RECEIPT_TITLE = {"handout": "Reçu de remise de décodeur", "sale": "Reçu de vente d'ordinateur",
                 "return": "Reçu de retour de décodeur"}
RECEIPT_NUMBER = "Reçu n°"
DATE = "Date"
HOUSEHOLD = "Foyer"
REFERENCE = "Référence logement"
ADDRESS = "Adresse"
SERIAL = "n° de série"
TOTAL = "Total payé"
PAYMENT = {"cash": "espèces", "cheque": "chèque", "card": "carte"}
STAFF = "Remis par"
TENANT_COPY = "Exemplaire du locataire"
CENTRE_COPY = "Exemplaire du centre"
CUT_HERE = "✂  découper ici"
SIGNATURE_TENANT = "Signature du locataire"

SLIP_TITLE = "Votre rendez-vous"
SLIP_WHEN = "Le"
SLIP_WHERE = "Lieu"
SLIP_WHAT = "Pour"
SLIP_BRING = "À apporter"
SLIP_SCAN = "Présentez ce papier à l'accueil : il sera scanné."
SLIP_CODE = "Code"
DAY_LIST_TITLE = "Rendez-vous du"
DAY_LIST_EMPTY = "Aucun rendez-vous ce jour."
DAY_LIST_FREE = "places libres\u00a0: {free}"
DAY_LIST_CANCELLED = "créneau annulé"

MINUTES_TITLE = "Procès-verbal du vote des locataires"
MINUTES_SECTOR = "Secteur"
MINUTES_QUESTION = "Question posée"
MINUTES_PERIOD = "Vote ouvert du {opened} au {closed}"
MINUTES_ROWS = (
    ("eligible", "Logements invités à voter"),
    ("took_part", "Logements ayant voté"),
    ("participation", "Participation"),
    ("at_counter", "dont bulletins recueillis à l'accueil"),
    ("by_caretakers", "dont bulletins recueillis par les gardiens"),
    ("blank", "Bulletins blancs"),
    ("spoiled", "Bulletins nuls"),
    ("expressed", "Suffrages exprimés"),
    ("for_", "Pour"),
    ("against", "Contre"),
    ("share_for", "Part des « pour » parmi les exprimés"),
)
MINUTES_OUTCOME = {True: "L'offre est adoptée.", False: "L'offre n'est pas adoptée."}
MINUTES_OUTCOME_NO_QUORUM = ("L'offre n'est pas adoptée : le quorum de participation "
                             "n'est pas atteint.")
MINUTES_QUORUM = "Quorum de participation : {percent}, {reached}"
MINUTES_QUORUM_REACHED = {True: "atteint", False: "non atteint"}
MINUTES_BUILDINGS = "Participation par bâtiment"
MINUTES_BUILDINGS_MORE = "Participation par bâtiment (suite)"
MINUTES_BUILDING_COLUMNS = ("Bâtiment", "Invités", "Votants", "Participation")
MINUTES_BUILDINGS_TOTAL = "Ensemble du secteur"
MINUTES_SIGN_NAME = "Nom :"
MINUTES_SIGN_HERE = "Signature :"
MINUTES_PAGE = "Page {page} / {pages}"
MINUTES_SECRECY = ("Le registre d'émargement et l'urne sont tenus séparément : "
                   "aucun bulletin ne peut être rattaché à un logement.")
MINUTES_SIGNATURES = ("Le ou la coordinateur·rice", "Représentant·e des locataires n° 1",
                      "Représentant·e des locataires n° 2")
# the figures as CSV for a spreadsheet (Excel in French: semicolons, decimal commas)
CSV_OVERALL = ("indicateur", "valeur")
CSV_BUILDINGS = ("bâtiment", "invités", "votants", "participation")
CSV_SECTOR = "Secteur"
CSV_QUESTION = "Question posée"
CSV_OPENED = "Ouverture du vote"
CSV_CLOSED = "Clôture du vote"
CSV_QUORUM = "Quorum de participation"
CSV_QUORUM_REACHED = "Quorum atteint"
CSV_YES_NO = {True: "oui", False: "non"}
CSV_OUTCOME = "Résultat"

# invitation letters: one A4 page per dwelling, read by every tenant, some of
# them elderly: short sentences, large type, no jargon, no personal names
INVITATION_DOC_TITLE = "Lettres d'invitation au vote des locataires"
INVITATION_TITLE = "Vote des locataires"
INVITATION_SUBTITLE = "Votre avis sur l'offre Internet et TV"
INVITATION_SECTOR = "Secteur : {sector}"
INVITATION_DWELLING = "Votre logement"
INVITATION_REFERENCE = "Référence bailleur : {ref}"
INVITATION_QUESTION = "La question posée :"
INVITATION_ANSWERS = "Vous pourrez répondre :"
INVITATION_ANSWER_WORDS = ("Pour", "Contre")
INVITATION_BLANK = "Blanc"
INVITATION_WHERE = "Où et quand voter\u00a0?"
INVITATION_PLACE = "Lieu : {place}"
INVITATION_UNTIL = "Vous pouvez voter {until} inclus."
INVITATION_HOURS = "Horaires : {hours}"
INVITATION_CARETAKERS = ("Vous pouvez aussi remettre votre bulletin au gardien ou à la "
                         "gardienne de votre immeuble.")
INVITATION_SECRET = "Le vote est secret. Un seul vote par logement."
INVITATION_SCAN = "Présentez cette lettre à l'accueil du centre social : elle sera scannée."
PRINTED_ON = "Imprimé le {when}"


def date_time(value: datetime) -> str:
    return value.strftime("%d/%m/%Y à %H:%M")


DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")


def long_date(value: date) -> str:
    """« lundi 14 décembre 2026 », « mardi 1er décembre 2026 »: written out in
    French whatever the machine's locale (none is installed)."""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{DAYS[value.weekday()]} {day} {MONTHS[value.month - 1]} {value.year}"


def hour(value: datetime) -> str:
    """« 14 h 30 », « 9 h »: the time as a French slip writes it."""
    return f"{value.hour} h {value.minute:02d}" if value.minute else f"{value.hour} h"


def until(value: date) -> str:
    """« jusqu'au lundi 14 décembre 2026 »: the last day to vote."""
    return f"jusqu'au {long_date(value)}"


def code_groups(code: str) -> str:
    """A dwelling code as printed, in groups of four digits: « 4821 0937 5526 »."""
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
