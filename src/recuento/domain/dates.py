"""Partial dates: a year, a month, a day, a decade, or a range of them, with their bounds.

Text forms (a subset of EDTF): ``1991``, ``1992-07``, ``1992-07-18``, ``198X`` (a decade; ``1980s``
is read too), and ranges ``1980/2000``. A date may also carry not-before / not-after bounds that
narrow it ("in 1992, before the coup in April") and an ``estimated`` flag. Sorting and filtering use
the bounds: ``earliest`` and ``latest`` are the first and last days the date can mean.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import total_ordering

from recuento.errors import ValidationError

PRECISIONS = ("day", "month", "year", "decade")
_POINT = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")
_DECADE = re.compile(r"^(?P<dec>\d{3})(?:X|0s)$")


@dataclass(frozen=True, slots=True)
class DatePoint:
    """One end of a partial date: year, year-month, year-month-day or a decade."""

    year: int
    month: int | None = None
    day: int | None = None
    decade: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValidationError(f"year {self.year} is out of range 1..9999")
        if self.decade and (self.month is not None or self.year % 10):
            raise ValidationError("a decade is written as its first year, with no month or day")
        if self.day is not None and self.month is None:
            raise ValidationError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError(f"month {self.month} is not 1..12")
        if self.day is not None and self.month is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValidationError(f"{self.year}-{self.month:02d} has no day {self.day}")

    @property
    def precision(self) -> str:
        if self.decade:
            return "decade"
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> date:
        if self.decade:
            return date(min(self.year + 9, 9999), 12, 31)
        if self.month is None:
            return date(self.year, 12, 31)
        if self.day is None:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, self.month, self.day)

    def __str__(self) -> str:
        if self.decade:
            return f"{self.year // 10:03d}X"
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    @classmethod
    def parse(cls, text: str) -> DatePoint:
        text = text.strip()
        m = _DECADE.match(text)
        if m:
            return cls(int(m["dec"]) * 10, decade=True)
        m = _POINT.match(text)
        if not m:
            raise ValidationError(
                f"cannot read {text!r} as a date: write YYYY, YYYY-MM, YYYY-MM-DD, a decade "
                "like 198X, or a range like 1980/2000"
            )
        month = int(m["month"]) if m["month"] else None
        day = int(m["day"]) if m["day"] else None
        return cls(int(m["year"]), month, day)


@total_ordering
@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to a precision, possibly a range, possibly narrowed by bounds."""

    start: DatePoint
    end: DatePoint | None = None
    not_before: date | None = None
    not_after: date | None = None
    estimated: bool = False

    def __post_init__(self) -> None:
        if self.end is not None and self.end.latest < self.start.earliest:
            raise ValidationError(f"range {self} ends before it starts")
        if self.not_before and self.not_after and self.not_after < self.not_before:
            raise ValidationError("not_after is before not_before")
        if self.not_before and self.not_before > self._raw_latest:
            raise ValidationError(f"not_before {self.not_before} is after the latest day of {self}")
        if self.not_after and self.not_after < self._raw_earliest:
            raise ValidationError(f"not_after {self.not_after} is before the first day of {self}")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        text = str(text).strip()
        if "/" in text:
            left, _, right = text.partition("/")
            return cls(DatePoint.parse(left), DatePoint.parse(right))
        return cls(DatePoint.parse(text))

    @classmethod
    def of(cls, day: date) -> PartialDate:
        return cls(DatePoint(day.year, day.month, day.day))

    @property
    def precision(self) -> str:
        """The coarser precision of the two ends."""
        if self.end is None:
            return self.start.precision
        a, b = PRECISIONS.index(self.start.precision), PRECISIONS.index(self.end.precision)
        return PRECISIONS[max(a, b)]

    @property
    def is_range(self) -> bool:
        return self.end is not None

    @property
    def _raw_earliest(self) -> date:
        return self.start.earliest

    @property
    def _raw_latest(self) -> date:
        return (self.end or self.start).latest

    @property
    def earliest(self) -> date:
        """The first day this date can mean."""
        lo = self._raw_earliest
        return max(lo, self.not_before) if self.not_before else lo

    @property
    def latest(self) -> date:
        """The last day this date can mean."""
        hi = self._raw_latest
        return min(hi, self.not_after) if self.not_after else hi

    def overlaps(self, start: date | None = None, end: date | None = None) -> bool:
        """Whether this date may fall within [start, end] (open ends allowed)."""
        if start is not None and self.latest < start:
            return False
        return not (end is not None and self.earliest > end)

    def within(self, start: date | None = None, end: date | None = None) -> bool:
        """Whether this date certainly falls within [start, end]."""
        if start is not None and self.earliest < start:
            return False
        return not (end is not None and self.latest > end)

    def _key(self) -> tuple[date, date]:
        return (self.earliest, self.latest)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self._key(), str(self)) < (other._key(), str(other))

    def __str__(self) -> str:
        text = str(self.start)
        if self.end is not None:
            text += f"/{self.end}"
        return text

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"value": str(self), "precision": self.precision}
        if self.not_before:
            out["not_before"] = self.not_before.isoformat()
        if self.not_after:
            out["not_after"] = self.not_after.isoformat()
        if self.estimated:
            out["estimated"] = True
        return out

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> PartialDate:
        base = cls.parse(str(data["value"]))
        nb, na = data.get("not_before"), data.get("not_after")
        prec = data.get("precision")
        if prec is not None and prec != base.precision:
            raise ValidationError(
                f"precision {prec!r} does not match the date {base} (which is {base.precision})"
            )
        return cls(
            base.start,
            base.end,
            not_before=date.fromisoformat(str(nb)) if nb else None,
            not_after=date.fromisoformat(str(na)) if na else None,
            estimated=bool(data.get("estimated", False)),
        )
