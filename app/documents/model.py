"""What a document says, as stored (JSON) before any rendering."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class Header:
    name: str
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ReceiptLine:
    label: str
    serial: str = ""
    amount_cents: int | None = None


@dataclass(frozen=True)
class ReceiptDoc:
    kind: str  # "handout" or "sale"
    number: str  # "2026-000012"
    issued_at: datetime
    household: str
    landlord_ref: str
    address: str
    lines: tuple[ReceiptLine, ...]
    staff: str
    payment: str = ""
    cancelled: str = ""  # set when rendered, never stored: the receipt's cancellation

    @property
    def total_cents(self) -> int | None:
        amounts = [line.amount_cents for line in self.lines if line.amount_cents is not None]
        return sum(amounts) if amounts else None


@dataclass(frozen=True)
class SlipDoc:
    qr_payload: str  # an opaque token, never personal data
    starts_at: datetime
    place: str
    purpose: str
    household: str  # printed for the tenant; not in the QR code
    landlord_ref: str
    bring: tuple[str, ...] = field(default_factory=tuple)
    code: str = ""  # the QR payload in short digit groups, for typing by hand
    cancelled: str = ""  # set when rendered, never stored: the appointment's cancellation
    # a workshop's slip: its own title, every session's start, where the person stands
    heading: str = ""  # printed instead of « Votre rendez-vous »
    sessions: tuple[datetime, ...] = field(default_factory=tuple)
    standing: str = ""  # « Liste d'attente : 2e » — registered: empty


@dataclass(frozen=True)
class MinutesDoc:
    sector: str
    question: str
    opened_at: datetime
    closed_at: datetime
    eligible: int
    took_part: int
    blank: int
    spoiled: int
    for_: int
    against: int
    at_counter: int
    by_caretakers: int
    # participation by building: (label, eligible, took part), in address order
    buildings: tuple[tuple[str, int, int], ...] = ()
    quorum_percent: int | None = None  # participation needed for an adoption


@dataclass(frozen=True)
class DayListSlot:
    """One slot of the counter's day list: printed data, in French."""

    time: str  # "10:00–10:30"
    what: str  # "Retrait de décodeur"
    place: str
    free: int  # places left
    cancelled: bool
    bookings: tuple[tuple[str, str, str, str], ...]  # household, reference, state, note


@dataclass(frozen=True)
class DayListDoc:
    """The day's appointments for the counter (A4): who comes when."""

    day: date
    slots: tuple[DayListSlot, ...]


@dataclass(frozen=True)
class InvitationLetter:
    """One dwelling's page. The code is the QR payload: digits only, opaque,
    no personal data (app.domain.dwelling_code)."""

    code: str  # 12 digits, check digit last
    address: str  # "3 rue du Languedoc"
    building: str  # "Bâtiment A, entrée 1", or ""
    door: str  # "Étage 2, porte 21"
    landlord_ref: str


@dataclass(frozen=True)
class InvitationSet:
    """The letters of one poll: one A4 page per eligible dwelling."""

    sector: str
    question: str
    blank_allowed: bool
    place: str  # where to vote: the centre's name and address
    until: date  # last day to vote
    hours: str  # the centre's opening hours, free text, may be ""
    caretakers: bool  # the building caretakers also collect ballots
    letters: tuple[InvitationLetter, ...]


@dataclass(frozen=True)
class HandoutDayLetters:
    """A sector's handout-day letters: one A4 page per dwelling that has no
    decoder yet, with the same dwelling lines and code as its vote invitation
    (scanned at the handout desk, the code opens the dwelling)."""

    sector: str
    days: tuple[date, ...]  # one or two handout days, in order
    hours: str  # free text: "de 9 h à 12 h et de 14 h à 17 h"
    place: str  # where: by default the centre's name and address
    bring: str  # what to bring, free text
    letters: tuple[InvitationLetter, ...]


def to_json(doc: ReceiptDoc | SlipDoc | MinutesDoc) -> dict[str, Any]:
    def convert(value: Any) -> Any:
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [convert(v) for v in value]
        return value

    return convert(asdict(doc))


def receipt_from_json(data: dict[str, Any]) -> ReceiptDoc:
    return ReceiptDoc(**{**data, "issued_at": datetime.fromisoformat(data["issued_at"]),
                         "lines": tuple(ReceiptLine(**line) for line in data["lines"])})


def slip_from_json(data: dict[str, Any]) -> SlipDoc:
    return SlipDoc(**{**data, "starts_at": datetime.fromisoformat(data["starts_at"]),
                      "bring": tuple(data.get("bring", ())),
                      "sessions": tuple(datetime.fromisoformat(value)
                                        for value in data.get("sessions", ()))})


def minutes_from_json(data: dict[str, Any]) -> MinutesDoc:
    return MinutesDoc(**{**data, "opened_at": datetime.fromisoformat(data["opened_at"]),
                         "closed_at": datetime.fromisoformat(data["closed_at"]),
                         "buildings": tuple(tuple(b) for b in data.get("buildings", ()))})
