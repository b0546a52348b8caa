"""The whole domain model as SQLAlchemy 2.0 mapped classes.

Invariants from DOMAIN.md are database constraints as well as service rules:
one register entry per poll and dwelling, one handout per decoder, one decoder
per dwelling unless a replacement, unique receipt numbers per series and year,
money in integer cents, ballots in their own table with nothing linking them to
a dwelling (random key, no timestamp, no agent, no rowid order).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.domain.defaults import (
    DEFAULT_COMPUTER_PRICES,
    DEFAULT_HANDOUT_BRING,
    DEFAULT_MONTHLY_COST_CENTS,
    IDLE_LOCK_MINUTES,
    RETENTION_MONTHS,
)
from app.domain.enums import (
    AppointmentKind,
    AppointmentStatus,
    BatchKind,
    CounterChange,
    EquipmentKind,
    EquipmentState,
    HandoutEnd,
    OfferState,
    PaymentMethod,
    PollState,
    ReceiptSeries,
    Role,
    SignupStatus,
    VisitReason,
    VoteChannel,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _enum_check(column: str, values: type, name: str = "") -> CheckConstraint:
    """`column IN (...)` with the enum's values: the enum is the one list."""
    allowed = ", ".join(f"'{v.value}'" for v in values)  # type: ignore[attr-defined]
    return CheckConstraint(f"{column} IN ({allowed})", name=name or f"{column}_valid")


# --- centre and staff --------------------------------------------------------


class Centre(Base):
    """The social centre running this counter: one row, printed on documents."""

    __tablename__ = "centre"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=IDLE_LOCK_MINUTES)
    retention_months: Mapped[int] = mapped_column(Integer, default=RETENTION_MONTHS)
    # refurbished computers' price tiers, in cents, comma-separated ("4000,7000")
    computer_prices: Mapped[str] = mapped_column(String(100), default=DEFAULT_COMPUTER_PRICES,
                                                 server_default=DEFAULT_COMPUTER_PRICES)
    # what a tenant brings to a handout, one item per line (printed on slips)
    handout_bring: Mapped[str] = mapped_column(Text, default=DEFAULT_HANDOUT_BRING,
                                               server_default=DEFAULT_HANDOUT_BRING)
    # the Ed25519 key signing the centre's anonymous statistics (made at first export)
    stats_key: Mapped[bytes | None] = mapped_column(LargeBinary)


class StaffAccount(Base):
    __tablename__ = "staff_account"
    __table_args__ = (
        _enum_check("role", Role),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    # folded name, so that "Anne" and "anne" cannot both exist
    name_key: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    secret_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime)
    # a civic-service volunteer's last day: no sign-in after it
    active_until: Mapped[date | None] = mapped_column(Date)


# --- territory ---------------------------------------------------------------


class Sector(Base):
    __tablename__ = "sector"
    __table_args__ = (
        _enum_check("offer_state", OfferState),
        CheckConstraint("monthly_cost_cents >= 0", name="cost_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    offer_state: Mapped[str] = mapped_column(String(20), default=OfferState.VOTE_PENDING.value)
    monthly_cost_cents: Mapped[int] = mapped_column(Integer,
                                                    default=DEFAULT_MONTHLY_COST_CENTS)

    buildings: Mapped[list[Building]] = relationship(back_populates="sector")


class Building(Base):
    """An entrance of a building: what a caretaker looks after."""

    __tablename__ = "building"
    __table_args__ = (UniqueConstraint("sector_id", "address", "name", "entrance"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sector_id: Mapped[int] = mapped_column(ForeignKey("sector.id"), index=True)
    address: Mapped[str] = mapped_column(String(300))
    name: Mapped[str] = mapped_column(String(50), default="")
    entrance: Mapped[str] = mapped_column(String(50), default="")
    caretaker_name: Mapped[str | None] = mapped_column(String(100))

    sector: Mapped[Sector] = relationship(back_populates="buildings")
    dwellings: Mapped[list[Dwelling]] = relationship(back_populates="building")


class Dwelling(Base):
    """The unit of voting, subscription and decoder handout."""

    __tablename__ = "dwelling"

    id: Mapped[int] = mapped_column(primary_key=True)
    landlord_ref: Mapped[str] = mapped_column(String(50), unique=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    floor: Mapped[str] = mapped_column(String(20), default="")
    door: Mapped[str] = mapped_column(String(20), default="")
    # False once a roster import no longer lists it: reported, never deleted.
    on_roster: Mapped[bool] = mapped_column(Boolean, default=True)
    last_contact_at: Mapped[datetime | None] = mapped_column(DateTime)
    # a note about the household, written at the counter (personal data: erased
    # with the household, by retention, and exported on request)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    building: Mapped[Building] = relationship(back_populates="dwellings")
    members: Mapped[list[Person]] = relationship(back_populates="dwelling")


class Person(Base):
    """A member of the household living in a dwelling."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    dwelling_id: Mapped[int] = mapped_column(ForeignKey("dwelling.id"), index=True)
    family_name: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str | None] = mapped_column(String(40))
    # folded "family given", the key that matches a member across imports
    name_key: Mapped[str] = mapped_column(String(200))
    on_roster: Mapped[bool] = mapped_column(Boolean, default=True)
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)
    # set by a correction at the counter, kept by later imports (CounterChange)
    counter_change: Mapped[str | None] = mapped_column(String(10))

    dwelling: Mapped[Dwelling] = relationship(back_populates="members")

    __table_args__ = (UniqueConstraint("dwelling_id", "name_key"),
                      _enum_check("counter_change", CounterChange))


# --- counter -----------------------------------------------------------------


class Visit(Base):
    """A check-in at the counter; no dwelling for an anonymous walk-in."""

    __tablename__ = "visit"
    __table_args__ = (
        _enum_check("reason", VisitReason),
        Index("ix_visit_arrived_at", "arrived_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dwelling_id: Mapped[int | None] = mapped_column(ForeignKey("dwelling.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    reason: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    arrived_at: Mapped[datetime] = mapped_column(DateTime)
    served_at: Mapped[datetime | None] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    # taken back the same day: kept, so that its number (in the audit log) is
    # never given to another visit; left out of every list and count
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)


# --- vote --------------------------------------------------------------------


class Poll(Base):
    """A sector's vote. Draft, then open (eligible dwellings frozen, the ballot
    box's key made), then closed; counted once (the totals replace the sealed
    ballots and the key is erased)."""

    __tablename__ = "poll"
    __table_args__ = (
        _enum_check("state", PollState),
        # the database keeps one open poll per sector
        Index("uq_poll_one_open_per_sector", "sector_id", unique=True,
              sqlite_where=text("state = 'open'"), postgresql_where=text("state = 'open'")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sector_id: Mapped[int] = mapped_column(ForeignKey("sector.id"), index=True)
    question: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10), default=PollState.DRAFT.value)
    opened_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # frozen at opening (the dwellings in poll_eligible)
    eligible_count: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime | None] = mapped_column(DateTime)
    blank_allowed: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    # the counter's ballots go in the centre's paper urn: no choice on screen
    paper_urn: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    caretakers: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    quorum_percent: Mapped[int | None] = mapped_column(Integer, CheckConstraint(
        "quorum_percent BETWEEN 1 AND 100", name="quorum_valid"))
    closes_on: Mapped[date | None] = mapped_column(Date)  # last day, printed on invitations
    place: Mapped[str] = mapped_column(Text, default="", server_default="")
    hours: Mapped[str] = mapped_column(Text, default="", server_default="")
    # the commission's names, one per line; its passphrases open the key
    commission: Mapped[str] = mapped_column(Text, default="", server_default="")
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    sealed_key: Mapped[str | None] = mapped_column(Text)  # JSON; erased at the count
    counted_at: Mapped[datetime | None] = mapped_column(DateTime)
    for_count: Mapped[int | None] = mapped_column(Integer)
    against_count: Mapped[int | None] = mapped_column(Integer)
    blank_count: Mapped[int | None] = mapped_column(Integer)
    spoiled_count: Mapped[int | None] = mapped_column(Integer)


class PollEligible(Base):
    """The dwellings invited to a poll, frozen when it opens."""

    __tablename__ = "poll_eligible"
    __table_args__ = ({"sqlite_with_rowid": False},)

    poll_id: Mapped[int] = mapped_column(ForeignKey("poll.id"), primary_key=True)
    dwelling_id: Mapped[int] = mapped_column(ForeignKey("dwelling.id"), primary_key=True)


class VoteBatch(Base):
    """Paper ballots counted by hand: a caretaker's (with the dwellings that
    signed his list, in vote_register) or the centre's urn (counted after
    closing, against the counter's signatures)."""

    __tablename__ = "vote_batch"
    __table_args__ = (
        _enum_check("kind", BatchKind),
        CheckConstraint("for_count >= 0 AND against_count >= 0 AND blank_count >= 0 "
                        "AND spoiled_count >= 0", name="counts_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("poll.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    bearer: Mapped[str] = mapped_column(String(100), default="")  # the caretaker
    for_count: Mapped[int] = mapped_column(Integer)
    against_count: Mapped[int] = mapped_column(Integer)
    blank_count: Mapped[int] = mapped_column(Integer)
    spoiled_count: Mapped[int] = mapped_column(Integer)
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    entered_by: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class VoteRegister(Base):
    """Emargement: who has voted, by which channel. Never what they voted."""

    __tablename__ = "vote_register"
    __table_args__ = (
        UniqueConstraint("poll_id", "dwelling_id"),
        _enum_check("channel", VoteChannel),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("poll.id"))
    dwelling_id: Mapped[int] = mapped_column(ForeignKey("dwelling.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("vote_batch.id"), index=True)
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))  # who signed


class Ballot(Base):
    """Urne: one ballot cast on screen, sealed to the poll's public key (a
    libsodium sealed box: same length whatever the choice). Nothing but the
    commission's key opens it; nothing links it to the register."""

    __tablename__ = "ballot"
    __table_args__ = ({"sqlite_with_rowid": False},)

    id: Mapped[bytes] = mapped_column(LargeBinary(16), primary_key=True)  # random
    poll_id: Mapped[int] = mapped_column(ForeignKey("poll.id"), index=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class DwellingCode(Base):
    """The opaque code printed on a dwelling's letters (digits, a Verhoeff
    check digit last). Reissuing replaces it: the old one is kept, refused."""

    __tablename__ = "dwelling_code"
    __table_args__ = (
        Index("uq_dwelling_code_current", "dwelling_id", unique=True,
              sqlite_where=text("replaced_at IS NULL"), postgresql_where=text("replaced_at IS NULL")),
    )

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    dwelling_id: Mapped[int] = mapped_column(ForeignKey("dwelling.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    replaced_at: Mapped[datetime | None] = mapped_column(DateTime)


# --- equipment, handouts, sales, receipts ----------------------------------------


class Equipment(Base):
    __tablename__ = "equipment"
    __table_args__ = (
        _enum_check("kind", EquipmentKind),
        _enum_check("state", EquipmentState),
        CheckConstraint("price_cents IS NULL OR price_cents > 0", name="price_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    serial: Mapped[str] = mapped_column(String(80), unique=True)
    model: Mapped[str] = mapped_column(String(100), default="")
    price_cents: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20), default=EquipmentState.IN_STOCK.value)
    received_at: Mapped[datetime] = mapped_column(DateTime)


class ReceiptCounter(Base):
    """Last number issued per series and year; bumped in the same transaction
    as the receipt, so numbers are never skipped nor reused."""

    __tablename__ = "receipt_counter"

    series: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Receipt(Base):
    """Append-only where it counts (triggers: numbers in sequence, never
    changed, never deleted). A mistaken act's receipt is cancelled, never
    removed: it keeps its number, with when, who and why."""

    __tablename__ = "receipt"
    __table_args__ = (
        UniqueConstraint("series", "year", "number"),
        _enum_check("series", ReceiptSeries),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("cancelled_at IS NULL OR length(trim(coalesce(cancel_reason, ''))) > 0",
                        name="cancel_has_reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_by: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    cancel_reason: Mapped[str | None] = mapped_column(Text)


class Handout(Base):
    """A decoder handed to a dwelling, active until it ends: returned to the
    centre (a receipt of the return series), replaced (the decoder was
    faulty; the new handout says which one it replaces) or cancelled (a
    mistake). The database keeps one active decoder per dwelling and per
    decoder, and the decoder's state follows its handouts (triggers)."""

    __tablename__ = "handout"
    __table_args__ = (
        CheckConstraint(
            "(replaces_id IS NULL AND replacement_reason IS NULL) OR (replaces_id IS NOT NULL "
            "AND length(trim(coalesce(replacement_reason, ''))) > 0)",
            name="replacement_has_reason",
        ),
        CheckConstraint("(ended_at IS NULL) = (end_reason IS NULL)", name="end_has_reason"),
        _enum_check("end_reason", HandoutEnd),
        Index("uq_handout_active_per_dwelling", "dwelling_id", unique=True,
              sqlite_where=text("ended_at IS NULL"), postgresql_where=text("ended_at IS NULL")),
        Index("uq_handout_active_per_equipment", "equipment_id", unique=True,
              sqlite_where=text("ended_at IS NULL"), postgresql_where=text("ended_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id"), unique=True)
    dwelling_id: Mapped[int] = mapped_column(ForeignKey("dwelling.id"), index=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"), index=True)
    handed_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("handout.id"), unique=True)
    replacement_reason: Mapped[str | None] = mapped_column(Text)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    end_reason: Mapped[str | None] = mapped_column(String(10))
    # the receipt of a return (its own series)
    end_receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipt.id"), unique=True)


class Sale(Base):
    """A refurbished computer sold to a dwelling. A sale recorded by mistake is
    cancelled, never deleted (its receipt is marked cancelled too): the
    computer goes back to the stock and may be sold again. The database keeps
    one standing sale per computer, lets only `cancelled_at` change, once, and
    moves the computer's state with its sales (triggers, migration 0007)."""

    __tablename__ = "sale"
    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        _enum_check("payment_method", PaymentMethod, "payment_valid"),
        Index("uq_sale_active_per_equipment", "equipment_id", unique=True,
              sqlite_where=text("cancelled_at IS NULL"), postgresql_where=text("cancelled_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id"), unique=True)
    dwelling_id: Mapped[int] = mapped_column(ForeignKey("dwelling.id"), index=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id"), index=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    payment_method: Mapped[str] = mapped_column(String(10))
    sold_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)


class DailyClosing(Base):
    """The count of the cash box at the end of a handout day, against what the
    day's sales say it should hold. Append-only (triggers): a later count the
    same day is a new row, the latest is the day's closing, the earlier ones
    stay. A count that differs from the expected figures carries a note."""

    __tablename__ = "daily_closing"
    __table_args__ = (
        CheckConstraint("expected_cash_cents >= 0 AND counted_cash_cents >= 0 AND "
                        "expected_cheque_cents >= 0 AND counted_cheque_cents >= 0 AND "
                        "cheques_expected >= 0 AND cheques_counted >= 0",
                        name="amounts_not_negative"),
        CheckConstraint("(counted_cash_cents = expected_cash_cents AND counted_cheque_cents = "
                        "expected_cheque_cents AND cheques_counted = cheques_expected) OR "
                        "length(trim(coalesce(note, ''))) > 0", name="difference_has_note"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    closed_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    expected_cash_cents: Mapped[int] = mapped_column(Integer)
    counted_cash_cents: Mapped[int] = mapped_column(Integer)
    expected_cheque_cents: Mapped[int] = mapped_column(Integer)
    counted_cheque_cents: Mapped[int] = mapped_column(Integer)
    cheques_expected: Mapped[int] = mapped_column(Integer)  # how many cheques
    cheques_counted: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


# --- appointments and workshops ------------------------------------------------


class AppointmentSlot(Base):
    """A time at a place for a kind of appointment, with room for `capacity`
    households. A weekly series shares its `series_id` (its first slot's id).
    Cancelled, never deleted. The database refuses two slots of one place
    that overlap, and a capacity under the slot's bookings (triggers,
    migration 0008)."""

    __tablename__ = "appointment_slot"
    __table_args__ = (
        CheckConstraint("capacity >= 1", name="capacity_positive"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        _enum_check("kind", AppointmentKind),
        Index("ix_appointment_slot_starts_at", "starts_at"),
        Index("ix_appointment_slot_place_starts_at", "place", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    place: Mapped[str] = mapped_column(String(200), default="")
    series_id: Mapped[int | None] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)


class Appointment(Base):
    """A booking. The slip's QR code carries only the opaque `code` (13
    digits, app.domain.appointment_code). A move books the new slot with
    `moved_from_id` naming the old booking, which is cancelled. The database
    keeps a slot's active bookings within its capacity and refuses a booking
    in a cancelled slot (triggers, migration 0008)."""

    __tablename__ = "appointment"
    __table_args__ = (
        _enum_check("status", AppointmentStatus),
        CheckConstraint("status != 'attended' OR attended_at IS NOT NULL",
                        name="attended_has_time"),
        CheckConstraint("status != 'cancelled' OR cancelled_at IS NOT NULL",
                        name="cancelled_has_time"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("appointment_slot.id"), index=True)
    dwelling_id: Mapped[int] = mapped_column(ForeignKey("dwelling.id"), index=True)
    # 13 digits; a booking made before 0008 keeps its old token here
    code: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(20), default=AppointmentStatus.BOOKED.value)
    # personal data (said at the counter): never in the audit log
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # why a second pending booking of one kind was allowed
    pending_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    moved_from_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), unique=True)
    attended_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancel_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class Topic(Base):
    """A topic of the needs survey, also a workshop's theme. The built-in ones
    have a code (the report's columns); the coordinator adds, renames and
    retires topics, never deletes them."""

    __tablename__ = "topic"
    __table_args__ = (CheckConstraint("length(trim(label)) > 0", name="label_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)


class Workshop(Base):
    """A free workshop: one session or a series, for `capacity` people.
    Cancelled, never deleted; its registered people never exceed its capacity
    (triggers, migration 0009)."""

    __tablename__ = "workshop"
    __table_args__ = (CheckConstraint("capacity >= 1", name="capacity_positive"),
                      CheckConstraint("length(trim(title)) > 0", name="title_not_blank"))

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id"))
    place: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int] = mapped_column(Integer, default=8)
    facilitator: Mapped[str] = mapped_column(String(120), default="", server_default="")
    created_at: Mapped[datetime | None] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)


class WorkshopSession(Base):
    __tablename__ = "workshop_session"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="ends_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)


class WorkshopSignup(Base):
    """A person signed up to a workshop (all its sessions), registered or on
    the waiting list (in the order of `created_at`). The slip's QR code
    carries only the opaque `code` (14 digits). One active sign-up per
    person and workshop (partial unique index)."""

    __tablename__ = "workshop_signup"
    __table_args__ = (
        _enum_check("status", SignupStatus),
        CheckConstraint("status != 'cancelled' OR cancelled_at IS NOT NULL",
                        name="cancelled_has_time"),
        Index("uq_workshop_signup_active_per_person", "workshop_id", "person_id", unique=True,
              sqlite_where=text("status != 'cancelled'"), postgresql_where=text("status != 'cancelled'")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    promoted_at: Mapped[datetime | None] = mapped_column(DateTime)  # off the waiting list
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    # personal data (said at the counter): never in the audit log
    cancel_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class WorkshopAttendance(Base):
    """A registered person present at one session."""

    __tablename__ = "workshop_attendance"
    __table_args__ = (UniqueConstraint("session_id", "signup_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("workshop_session.id"))
    signup_id: Mapped[int] = mapped_column(ForeignKey("workshop_signup.id"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))


class PersonNeed(Base):
    """A topic a person would like help with (the needs survey)."""

    __tablename__ = "person_need"
    __table_args__ = (UniqueConstraint("person_id", "topic_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))


# --- Visa Internet -----------------------------------------------------------


class VisaSkill(Base):
    """One basic skill of the Visa Internet grid (the coordinator edits it:
    adds, renames, retires; never deletes)."""

    __tablename__ = "visa_skill"
    __table_args__ = (CheckConstraint("length(trim(label)) > 0", name="label_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)


class VisaValidation(Base):
    """A skill validated for a person on a date by a facilitator. Kept once a
    certificate is issued (trigger)."""

    __tablename__ = "visa_validation"
    __table_args__ = (
        CheckConstraint("length(trim(facilitator)) > 0", name="facilitator_named"),
        UniqueConstraint("person_id", "skill_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    skill_id: Mapped[int] = mapped_column(ForeignKey("visa_skill.id"))
    validated_on: Mapped[date] = mapped_column(Date)
    facilitator: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))


class VisaCertificate(Base):
    """The Visa Internet of a person, once the grid is complete: one per
    person, its printable record a stored document (reprints: DUPLICATA)."""

    __tablename__ = "visa_certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    issued_on: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("printed_document.id"), unique=True)


# --- the city's statistics ---------------------------------------------------


class CityStats(Base):
    """A centre's anonymous statistics file, imported by the city's Guichet:
    counts only, signed by the centre's key (`centre_key`, hex)."""

    __tablename__ = "city_stats"
    __table_args__ = (
        CheckConstraint("period_end >= period_start", name="period_in_order"),
        UniqueConstraint("centre_key", "period_start", "period_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_key: Mapped[str] = mapped_column(String(64))
    centre_name: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    exported_at: Mapped[datetime] = mapped_column(DateTime)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    payload: Mapped[str] = mapped_column(Text)


# --- audit -------------------------------------------------------------------


class AuditEntry(Base):
    """Append-only (triggers forbid UPDATE and DELETE on SQLite). Each entry
    chains the hash of the previous one, so an edited or deleted row shows."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    actor_label: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


# --- documents ---------------------------------------------------------------


class PrintedDocument(Base):
    """A document as stored before any rendering (JSON), with its printing
    history. The kept PDF is a file beside the database (path relative)."""

    __tablename__ = "printed_document"
    __table_args__ = (
        CheckConstraint("kind IN ('receipt', 'slip', 'minutes', 'closing', 'certificate')", name="kind_valid"),
        Index("ix_printed_document_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    data: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id"))
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipt.id"), unique=True)
    kept_pdf: Mapped[str | None] = mapped_column(String(500))
    prints: Mapped[int] = mapped_column(Integer, default=0)
    last_printed_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_printer: Mapped[str | None] = mapped_column(String(200))
    last_error: Mapped[str | None] = mapped_column(Text)
