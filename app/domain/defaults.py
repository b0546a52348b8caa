"""Every setting's default, in one place."""

from __future__ import annotations

RETENTION_MONTHS = 24  # personal data kept after the last contact
IDLE_LOCK_MINUTES = 5  # the counter locks itself after this long without use
MIN_PASSPHRASE_LENGTH = 10  # encrypted backups
DEFAULT_MONTHLY_COST_CENTS = 118  # the collective offer: 1.18 EUR per dwelling and month (2018)
DEFAULT_COMPUTER_PRICES = "4000,7000"  # refurbished computers: 40 or 70 EUR, in cents
DEFAULT_HANDOUT_BRING = "Pièce d'identité\nCarte du bailleur ou quittance de loyer"

# Appointments: what the slip says the appointment is for, and what to bring,
# by kind (AppointmentKind's values; printed data, in French).
APPOINTMENT_PURPOSE = {
    "decoder_pickup": "Retrait de votre décodeur TV",
    "computer_pickup": "Retrait de votre ordinateur reconditionné",
    "help_session": "Permanence d'aide numérique",
    "contract_advice": "Conseil sur un contrat d'opérateur",
    "other": "Rendez-vous au centre social",
}
APPOINTMENT_BRING = {
    "decoder_pickup": ("Pièce d'identité", "Carte du bailleur ou quittance de loyer"),
    "computer_pickup": ("Pièce d'identité", "Carte du bailleur ou quittance de loyer",
                        "Le paiement : 40 € ou 70 € en espèces ou par chèque"),
    "help_session": ("Votre téléphone, tablette ou ordinateur",
                     "Vos identifiants et mots de passe", "Les courriers concernés"),
    "contract_advice": ("Votre contrat ou vos dernières factures", "Pièce d'identité"),
    "other": ("Pièce d'identité",),
}
APPOINTMENT_MINUTES = 30  # a slot's usual length
APPOINTMENT_MAX_MINUTES = 8 * 60
APPOINTMENT_MAX_CAPACITY = 50
APPOINTMENT_MAX_WEEKS = 53  # a weekly series covers a year at most
