"""Counts with uncertainty, durations (sentence terms), ages and places.

Counts keep the words they came from. Vague words get a documented range, the same everywhere
(``VAGUE_COUNTS``): "hundreds" means at least 200 and fewer than 1,000, with no best guess, because
the text does not give one and recuento must not invent it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recuento.errors import ValidationError

# words -> (best, low, high). One table, documented in docs/coding-format.md.
VAGUE_COUNTS: dict[str, tuple[int | None, int | None, int | None]] = {
    "a couple": (2, 2, 2),
    "a few": (None, 2, 5),
    "several": (None, 3, 9),
    "a half-dozen": (6, 6, 6),
    "a dozen": (12, 12, 12),
    "dozens": (None, 24, 99),
    "scores": (None, 40, 99),
    "hundreds": (None, 200, 999),
    "thousands": (None, 2000, 9999),
    "several thousand": (None, 3000, 9999),
    "tens of thousands": (None, 20000, 99999),
    "several tens of thousands": (None, 20000, 99999),
    "hundreds of thousands": (None, 200000, 999999),
    "decenas": (None, 20, 99),
    "cientos": (None, 200, 999),
    "centenares": (None, 200, 999),
    "miles": (None, 2000, 9999),
    "decenas de miles": (None, 20000, 99999),
}


def _norm_words(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


@dataclass(frozen=True, slots=True)
class Count:
    """How many, as best / low / high, with the unit counted and the original words."""

    best: int | None = None
    low: int | None = None
    high: int | None = None
    text: str | None = None
    unit: str = "individual"

    def __post_init__(self) -> None:
        nums = [v for v in (self.best, self.low, self.high) if v is not None]
        for v in nums:
            if isinstance(v, bool) or not isinstance(v, int):
                raise ValidationError(f"counts are whole numbers, not {v!r}")
            if v < 0:
                raise ValidationError(f"a count cannot be negative ({v})")
        if not nums and not self.text:
            raise ValidationError("a count needs a number (best, low or high) or the words used")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValidationError(f"low {self.low} is above high {self.high}")
        if self.best is not None:
            if self.low is not None and self.best < self.low:
                raise ValidationError(f"best {self.best} is below low {self.low}")
            if self.high is not None and self.best > self.high:
                raise ValidationError(f"best {self.best} is above high {self.high}")

    @classmethod
    def exact(cls, n: int, text: str | None = None) -> Count:
        return cls(best=n, low=n, high=n, text=text)

    @classmethod
    def from_words(cls, text: str) -> Count:
        """A count from vague words ("hundreds") by the documented conventions, or digits."""
        key = _norm_words(text)
        if key in VAGUE_COUNTS:
            best, low, high = VAGUE_COUNTS[key]
            return cls(best=best, low=low, high=high, text=text)
        digits = key.replace(",", "").replace(".", "")
        if digits.isdigit():
            return cls.exact(int(digits), text=text)
        known = ", ".join(sorted(VAGUE_COUNTS))
        raise ValidationError(f"no convention for the words {text!r}; known words: {known}")

    def lower_bound(self) -> int | None:
        """The smallest number this count allows, if any."""
        if self.low is not None:
            return self.low
        return self.best

    def contains(self, n: int) -> bool:
        if self.low is not None and n < self.low:
            return False
        if self.high is not None and n > self.high:
            return False
        return not (
            self.best is not None and self.low is None and self.high is None and n != self.best
        )

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name in ("best", "low", "high", "text"):
            v = getattr(self, name)
            if v is not None:
                out[name] = v
        if self.unit != "individual":
            out["unit"] = self.unit
        return out

    @classmethod
    def from_value(cls, value: object) -> Count:
        """Read a count from a coding value: an integer, words, or a mapping."""
        if isinstance(value, bool):
            raise ValidationError(f"a count is a number or a mapping, not {value!r}")
        if isinstance(value, int):
            return cls(best=value)
        if isinstance(value, str):
            return cls.from_words(value)
        if isinstance(value, dict):
            unknown = set(value) - {"best", "low", "high", "text", "unit"}
            if unknown:
                raise ValidationError(f"unknown count keys: {', '.join(sorted(unknown))}")
            if set(value) <= {"text", "unit"} and value.get("text"):
                words = str(value["text"])
                try:
                    base = cls.from_words(words)
                except ValidationError:
                    return cls(text=words, unit=str(value.get("unit", "individual")))
                return cls(
                    base.best, base.low, base.high, words, str(value.get("unit", "individual"))
                )
            return cls(
                best=_opt_int(value.get("best")),
                low=_opt_int(value.get("low")),
                high=_opt_int(value.get("high")),
                text=None if value.get("text") is None else str(value["text"]),
                unit=str(value.get("unit", "individual")),
            )
        raise ValidationError(f"a count is a number, words or a mapping, not {value!r}")


def _opt_int(v: object) -> int | None:
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValidationError(f"counts are whole numbers, not {v!r}")
    return v


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time as written (years, months, days) or a life term."""

    years: int = 0
    months: int = 0
    days: int = 0
    life: bool = False
    text: str | None = None

    def __post_init__(self) -> None:
        for name in ("years", "months", "days"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                raise ValidationError(f"{name} must be a whole number ≥ 0, not {v!r}")
        if self.life and (self.years or self.months or self.days):
            raise ValidationError("a life term has no years, months or days")
        if not self.life and not (self.years or self.months or self.days) and not self.text:
            raise ValidationError("a duration needs years, months, days, life, or the words used")

    def in_years(self) -> float | None:
        """Length in years (months as 1/12, days as 1/365.25); None for life."""
        if self.life:
            return None
        return self.years + self.months / 12 + self.days / 365.25

    def to_dict(self) -> dict[str, object]:
        if self.life:
            out: dict[str, object] = {"life": True}
        else:
            out = {k: getattr(self, k) for k in ("years", "months", "days") if getattr(self, k)}
        if self.text:
            out["text"] = self.text
        return out

    @classmethod
    def from_value(cls, value: object) -> Duration:
        if isinstance(value, dict):
            unknown = set(value) - {"years", "months", "days", "life", "text"}
            if unknown:
                raise ValidationError(f"unknown duration keys: {', '.join(sorted(unknown))}")
            return cls(
                years=value.get("years", 0) or 0,
                months=value.get("months", 0) or 0,
                days=value.get("days", 0) or 0,
                life=bool(value.get("life", False)),
                text=None if value.get("text") is None else str(value["text"]),
            )
        if isinstance(value, str) and value.strip().lower() in ("life", "cadena perpetua"):
            return cls(life=True)
        raise ValidationError(
            f"a duration is a mapping like {{years: 25}} or {{life: true}}, not {value!r}"
        )


@dataclass(frozen=True, slots=True)
class Place:
    """Where: a name, what it lies within, a country code, a precision, optional coordinates."""

    name: str | None = None
    within: tuple[str, ...] = ()
    country: str | None = None
    precision: str | None = None
    lat: float | None = None
    lon: float | None = None

    def __post_init__(self) -> None:
        if not (self.name or self.within or self.country):
            raise ValidationError("a place needs a name, what it lies within, or a country")
        if self.country is not None and not re.fullmatch(r"[A-Z]{2}", self.country):
            raise ValidationError(
                f"country must be an ISO 3166 two-letter code, not {self.country!r}"
            )
        if (self.lat is None) != (self.lon is None):
            raise ValidationError("give both lat and lon, or neither")
        if self.lat is not None and not -90 <= self.lat <= 90:
            raise ValidationError(f"latitude {self.lat} is out of range")
        if self.lon is not None and not -180 <= self.lon <= 180:
            raise ValidationError(f"longitude {self.lon} is out of range")

    def is_within(self, name: str) -> bool:
        """Whether this place is, or lies within, the named place (case-insensitive)."""
        target = name.strip().casefold()
        names = [self.name or "", *self.within]
        return any(n.casefold() == target for n in names)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.name:
            out["name"] = self.name
        if self.within:
            out["within"] = list(self.within)
        for k in ("country", "precision", "lat", "lon"):
            v = getattr(self, k)
            if v is not None:
                out[k] = v
        return out

    @classmethod
    def from_value(cls, value: object) -> Place:
        if isinstance(value, str):
            return cls(name=value)
        if not isinstance(value, dict):
            raise ValidationError(f"a place is a name or a mapping, not {value!r}")
        unknown = set(value) - {"name", "within", "country", "precision", "lat", "lon"}
        if unknown:
            raise ValidationError(f"unknown place keys: {', '.join(sorted(unknown))}")
        within = value.get("within") or ()
        if isinstance(within, str):
            within = (within,)
        lat, lon = value.get("lat"), value.get("lon")
        return cls(
            name=None if value.get("name") is None else str(value["name"]),
            within=tuple(str(w) for w in within),
            country=None if value.get("country") is None else str(value["country"]),
            precision=None if value.get("precision") is None else str(value["precision"]),
            lat=None if lat is None else float(lat),
            lon=None if lon is None else float(lon),
        )
