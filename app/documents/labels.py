"""The wording of printed documents (French administrative papers)."""

from __future__ import annotations

from datetime import datetime

DUPLICATE = "DUPLICATA"
RECEIPT_TITLE = {"handout": "Reçu de remise de décodeur", "sale": "Reçu de vente d'ordinateur"}
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
MINUTES_SECRECY = ("Le registre d'émargement et l'urne sont tenus séparément : "
                   "aucun bulletin ne peut être rattaché à un logement.")
MINUTES_SIGNATURES = ("Le ou la coordinateur·rice", "Un·e représentant·e des locataires")
PRINTED_ON = "Imprimé le {when}"


def date_time(value: datetime) -> str:
    return value.strftime("%d/%m/%Y à %H:%M")


def long_date(value: datetime) -> str:
    days = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    months = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
    return f"{days[value.weekday()]} {value.day} {months[value.month - 1]} {value.year}"
