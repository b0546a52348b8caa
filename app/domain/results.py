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

    def __post_init__(self) -> None:
        if self.blank + self.spoiled + self.for_ + self.against != self.took_part:
            raise ValueError("ballots do not add up to the register")
        if self.took_part > self.eligible:
            raise ValueError("more voters than dwellings")

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
    def adopted(self) -> bool:
        return self.share_for > Fraction(1, 2)


def percent(value: Fraction, decimals: int = 1) -> str:
    """French display: 61,1 %."""
    return f"{float(value) * 100:.{decimals}f}".replace(".", ",") + "\u00a0%"
