"""Poll results as DOMAIN.md defines them; the minutes print these figures."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class PollResults:
    eligible: int  # dwellings invited
    took_part: int  # register entries, both channels
    blank: int
    spoiled: int
    for_: int
    against: int
    quorum_percent: int | None = None  # participation needed for an adoption

    def __post_init__(self) -> None:
        if self.blank + self.spoiled + self.for_ + self.against != self.took_part:
            raise ValueError("ballots do not add up to the register")
        if self.took_part > self.eligible:
            raise ValueError("more voters than dwellings")
        if min(self.blank, self.spoiled, self.for_, self.against) < 0:
            raise ValueError("a negative count")

    @property
    def expressed(self) -> int:
        return self.for_ + self.against

    @property
    def participation(self) -> Fraction:
        return Fraction(self.took_part, self.eligible) if self.eligible else Fraction(0)

    @property
    def share_for(self) -> Fraction:
        """for / expressed: blank and spoiled ballots count in turnout only."""
        return Fraction(self.for_, self.expressed) if self.expressed else Fraction(0)

    @property
    def quorum_reached(self) -> bool:
        return (self.quorum_percent is None
                or self.participation * 100 >= self.quorum_percent)

    @property
    def adopted(self) -> bool:
        """More for than against among the expressed ballots, and the
        participation quorum reached where the poll has one."""
        return self.for_ > self.against and self.quorum_reached


def percent(value: Fraction, decimals: int = 1) -> str:
    """French display: 61,1 %."""
    return f"{float(value) * 100:.{decimals}f}".replace(".", ",") + "\u00a0%"
