"""Enumerations of the domain. Values are stored as text in the database."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COORDINATOR = "coordinator"
    RECEPTION = "reception"
    VOLUNTEER = "volunteer"


class OfferState(StrEnum):
    """State of the collective offer in a sector, decided by the tenant vote."""

    NOT_PROPOSED = "not_proposed"
    VOTE_PENDING = "vote_pending"  # a vote is planned or under way
    ADOPTED = "adopted"
    REJECTED = "rejected"


class CounterChange(StrEnum):
    """What the counter changed in a household member, which a later roster
    import keeps (and reports) instead of overwriting."""

    PHONE = "phone"  # the phone number given at the counter
    ADDED = "added"  # arrived in the household, not yet on the landlord's roster
    LEFT = "left"  # left the household, still on the landlord's roster


class PollState(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class VoteChannel(StrEnum):
    COUNTER = "counter"
    CARETAKER = "caretaker"


class BallotChoice(StrEnum):
    FOR = "for"
    AGAINST = "against"
    BLANK = "blank"
    SPOILED = "spoiled"  # paper ballots only


class BatchKind(StrEnum):
    CARETAKER = "caretaker"  # ballots collected in the buildings
    URN = "urn"  # the centre's paper urn, counted after closing


class EquipmentKind(StrEnum):
    DECODER = "decoder"
    COMPUTER = "computer"


class EquipmentState(StrEnum):
    IN_STOCK = "in_stock"
    HANDED_OUT = "handed_out"
    SOLD = "sold"
    RETURNED = "returned"
    FAULTY = "faulty"


class ReceiptSeries(StrEnum):
    """One gap-free numbering per series and year."""

    HANDOUT = "handout"
    SALE = "sale"
    RETURN = "return"  # a decoder brought back to the centre


class HandoutEnd(StrEnum):
    """How a decoder's handout ended (the decoder's state follows)."""

    RETURNED = "returned"  # brought back: back in stock, may go out again
    REPLACED = "replaced"  # faulty, swapped for another
    CANCELLED = "cancelled"  # recorded by mistake: the decoder never left


class VisitReason(StrEnum):
    DECODER_PICKUP = "decoder_pickup"
    COMPUTER = "computer"
    WORKSHOP = "workshop"
    HELP_SESSION = "help_session"
    CONTRACT_ADVICE = "contract_advice"
    VOTE = "vote"
    INFORMATION = "information"
    OTHER = "other"


class AppointmentKind(StrEnum):
    """What an appointment slot is for (the visit reason follows, at check-in)."""

    DECODER_PICKUP = "decoder_pickup"  # a late decoder pick-up, after the handout days
    COMPUTER_PICKUP = "computer_pickup"  # a refurbished computer
    HELP_SESSION = "help_session"  # a "permanence": individual help
    CONTRACT_ADVICE = "contract_advice"  # advice on an operator contract
    OTHER = "other"

    @property
    def visit_reason(self) -> VisitReason:
        return {
            AppointmentKind.DECODER_PICKUP: VisitReason.DECODER_PICKUP,
            AppointmentKind.COMPUTER_PICKUP: VisitReason.COMPUTER,
            AppointmentKind.HELP_SESSION: VisitReason.HELP_SESSION,
            AppointmentKind.CONTRACT_ADVICE: VisitReason.CONTRACT_ADVICE,
        }.get(self, VisitReason.OTHER)


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    ATTENDED = "attended"  # the slip was scanned (or the household checked in) that day
    NO_SHOW = "no_show"  # the slot went by without them
    CANCELLED = "cancelled"  # cancelled, moved to another slot, or its slot cancelled


class SignupStatus(StrEnum):
    """A person's place in a workshop."""

    REGISTERED = "registered"
    WAITING = "waiting"  # the workshop was full: moved up when a place frees
    CANCELLED = "cancelled"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CHEQUE = "cheque"
    CARD = "card"
