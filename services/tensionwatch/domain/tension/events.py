"""A coded event as the tension stage reads it: its dyad, direction, act, day and outlet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from tensionwatch.domain.errors import InputError
from tensionwatch.domain.models import DeadLetterReason

#: Outlet of an article that names none and has no URL: all such articles count as one source.
UNKNOWN_OUTLET = "unknown"
#: An event may be dated this long after its article (time zones); later dates are taken as
#: the coder's error and replaced by the publication date.
FUTURE_SLACK = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class CodedEvent:
    """The fields of a published TensionEvent that the clusters and the index use."""

    event_id: str
    article_id: str
    dyad: str
    direction: str
    cameo_code: str
    cameo_root: str
    quad_class: int
    goldstein: float
    modality: str
    day: int | None  # proleptic ordinal of the event's day (`date.toordinal`)
    published_at: datetime | None
    outlet: str
    url: str | None
    sentence: str
    deaths: bool


def coded_event(fields: dict[str, Any]) -> CodedEvent:
    """Read a TensionEvent's JSON fields; InputError (invalid_schema) when one is unusable."""
    try:
        return _coded_event(fields)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        message = f"not a coded event: {type(error).__name__}: {error}"
        raise InputError(DeadLetterReason.INVALID_SCHEMA, message) from error


def _coded_event(fields: dict[str, Any]) -> CodedEvent:
    published = _datetime(fields.get("published_at"))
    quad, code = int(fields["quad_class"]), str(fields["cameo_code"])
    sentence = str(fields.get("sentence") or "")
    return CodedEvent(
        event_id=str(fields["event_id"]),
        article_id=str(fields["article_id"]),
        dyad=str(fields["dyad"]),
        direction=direction_of(fields.get("source"), fields.get("target")),
        cameo_code=code,
        cameo_root=str(fields["cameo_root"]),
        quad_class=quad,
        goldstein=float(fields["goldstein"]),
        modality=str(fields.get("modality") or "asserted"),
        day=event_day(_date(fields.get("event_date")), published),
        published_at=published,
        outlet=outlet_key(fields.get("outlet"), fields.get("url")),
        url=fields.get("url"),
        sentence=sentence,
        deaths=quad == 4 and reports_deaths(code, sentence),
    )


def direction_of(source: dict[str, Any] | None, target: dict[str, Any] | None) -> str:
    """`SRC>TGT`: who acted on whom, with the same codes as the dyad (`-` for a missing side)."""
    return f"{_side(source)}>{_side(target)}"


def _side(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    return str(actor.get("country") or actor["code"])


def event_day(event_date: date | None, published_at: datetime | None) -> int | None:
    """The day an event counts on: its own date, else its article's; None when neither is
    known. A date after the publication (beyond a day of slack) is taken as the coder's error."""
    published_day = published_at.date() if published_at else None
    if event_date is None or (published_day and event_date > published_day + FUTURE_SLACK):
        event_date = published_day
    return event_date.toordinal() if event_date else None


@lru_cache(maxsize=8192)
def outlet_key(outlet: object, url: object) -> str:
    """The outlet a report counts as: its name, else its URL's host, lowercased, without
    `www.`; articles with neither all count as one unknown outlet."""
    name = str(outlet or "").strip().lower()
    if not name and url:
        name = (urlsplit(str(url)).hostname or "").lower()
    if name.startswith("www."):
        name = name[4:]
    return name or UNKNOWN_OUTLET


def reports_deaths(cameo_code: str, sentence: str) -> bool:
    """Whether the act is a killing, or its sentence reports deaths."""
    codes, words = _casualties()
    return cameo_code in codes or words.search(sentence) is not None


@cache
def _casualties() -> tuple[frozenset[str], re.Pattern[str]]:
    text = resources.files("tensionwatch.domain").joinpath("data/casualties.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    codes = frozenset(value for kind, value in rows if kind == "code")
    words = sorted(value for kind, value in rows if kind == "word")
    return codes, re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


# An article's events share its publication time, outlet and URL, and a batch has a few days:
# parsed once each (bounded caches, the values are immutable).
@lru_cache(maxsize=8192)
def _datetime(value: object) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(str(value))


@lru_cache(maxsize=4096)
def _date(value: object) -> date | None:
    if value is None:
        return None
    return date.fromisoformat(str(value))


@lru_cache(maxsize=4096)
def iso_day(day: int) -> str:
    """`YYYY-MM-DD` of a day ordinal."""
    return date.fromordinal(day).isoformat()


def day_from_iso(text: str) -> int:
    """The day ordinal of `YYYY-MM-DD`."""
    return date.fromisoformat(text).toordinal()
