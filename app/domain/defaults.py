"""Every setting's default, in one place."""

from __future__ import annotations

RETENTION_MONTHS = 24  # personal data kept after the last contact
IDLE_LOCK_MINUTES = 5  # the counter locks itself after this long without use
MIN_PASSPHRASE_LENGTH = 10  # encrypted backups
DEFAULT_MONTHLY_COST_CENTS = 118  # the collective offer: 1.18 EUR per dwelling and month (2018)
DEFAULT_COMPUTER_PRICES = "4000,7000"  # refurbished computers: 40 or 70 EUR, in cents
DEFAULT_HANDOUT_BRING = "Pièce d'identité\nCarte du bailleur ou quittance de loyer"
