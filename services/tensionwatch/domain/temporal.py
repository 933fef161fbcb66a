"""When an act happened, from the time words of its sentence and the article's publication date.

`resolve_timing` takes the first time expression in the sentence that resolves (at the same
position the more specific pattern wins) and returns its date:

- none, or none that resolves: the publication date;
- "2019-04-10", "April 23, 2019", "23 April", "the 23. or 24. April" (the first day);
  a date without a year falls in the most recent such month not after the publication month;
- "in February", "since March", "in February of this year", "in June 2018": the 1st of the
  month ("next April", "until/by April" look forward instead of back);
- "early / mid / late April", "the first / second half of April", "the beginning / middle /
  end of April": the earliest plausible day (1, 11, 21; 1, 16; 1, 11, 21);
- "in 2011", "since 2011": January 1st of that year; but the "since" of a record ("the
  country's first strike since 1982", "its worst year since 2019") dates nothing, and the next
  expression is read;
- "Wednesday", "on Wednesday": the most recent Wednesday on or before publication, because
  news reports the past; "last Wednesday" the one before that day, "next Wednesday" the next;
- "yesterday", "last night", "today", "tonight", "tomorrow", "two days ago", "three weeks ago";
- "last / this / next week, month, year": a week back or ahead, the 1st of the month,
  January 1st of the year.

`background` is True when an explicit calendar expression (a date, a month, a year,
"last year", "... ago") resolves more than `BACKGROUND_DAYS` before publication: the sentence
then recalls earlier history rather than reporting news. It is False without a publication date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Final

from tensionwatch.domain.clause_words import MONTH_NAMES, WEEKDAY_NAMES

BACKGROUND_DAYS: Final = 60
_LOOKBACK: Final = 48


@dataclass(frozen=True, slots=True)
class Timing:
    """When the act of a sentence happened, and whether it is background history."""

    event_date: date | None
    background: bool = False


Resolved = tuple[date, bool]  # the date, and whether it came from an explicit calendar phrase
_Resolver = Callable[[re.Match[str], date | None], Resolved | None]

_PART_DAYS: Final = {
    "early": 1,
    "mid": 11,
    "late": 21,
    "the first half of": 1,
    "first half of": 1,
    "the second half of": 16,
    "second half of": 16,
    "beginning of": 1,
    "the beginning of": 1,
    "middle of": 11,
    "the middle of": 11,
    "end of": 21,
    "the end of": 21,
}
_RELATIVE_DAYS: Final = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tomorrow": 1,
}
_UNIT_DAYS: Final = {"day": 1, "week": 7, "month": 30, "year": 365}
_DIGIT: Final = re.compile(r"\d")
# Every pattern contains one of these. Plain literals only: the regex engine then skips quickly
# over characters no literal starts with: a sentence without time words costs 1-2 us.
_PRECHECK_WORDS: Final = (
    "day night morrow morn evening noon week month year Week Month Year Night Morn Evening"
).split()
# The precheck words lower-cased, each once, in their order
_PRECHECK_LOWER: Final[tuple[str, ...]] = tuple(dict.fromkeys(w.lower() for w in _PRECHECK_WORDS))
# Every expression holds one of these (`_ANCHOR_REACH` characters or fewer after its start),
# read case-blind as `combined` reads them, and so does every precheck hint: a digit, a
# month's first three letters with a capital (case-sensitive, as `combined` reads months) or
# one of these words. No expression starts before the first of them less `_ANCHOR_REACH`.
_ANCHOR_WORDS: Final = (
    "day",
    "night",
    "morrow",
    "morn",
    "noon",
    "evening",
    "week",
    "month",
    "year",
)
# "the second half of April": 19 characters before the month (the longest, then "earlier this
# week" and "coming Wednesday", 13 before "week" and "day")
_ANCHOR_REACH: Final = 19
# The characters re.IGNORECASE takes for an ASCII letter besides its two cases.
_CASE_BLIND_EXTRA: Final = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
# Round 46 (lead): a record's "since": an ordinal or a superlative after a determiner or a
# possessive, then words of the same clause up to "since" (no comma, stop or colon between)
_SINCE: Final = ("since ", "Since ")
_RECORD_REACH: Final = 80
_RECORD_BEFORE: Final = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|['’]s) (?:\w+ )?"
    r"(?:first|second|third|fourth|fifth|sixth|biggest|largest|worst|deadliest|bloodiest|"
    r"highest|lowest|longest|strongest|heaviest|fiercest|greatest|best|busiest|youngest|"
    r"oldest|most \w+)\b[^,.;:]{0,60}$"
)
_YEAR_SHIFT: Final = {"this": 0, "last": -1, "next": 1}
_FORWARD: Final = frozenset({"next", "until", "by"})


def resolve_timing(text: str, published: date | None) -> Timing:
    """The date the act of `text` happened, relative to the article's publication date."""
    if isinstance(published, datetime):
        published = published.date()
    grammar = _grammar()
    # Most sentences hold no precheck literal: a substring test each is cheaper than the
    # precheck's regex, which then finds the first hint (only its position is read). The
    # words are looked for in the lowered text, one test for "week" and "Week" (`literals`
    # less six tests a sentence for one `lower`): a text that holds one only in other cases
    # ("WEEKLY") holds no precheck literal, and the precheck finds none.
    lowered = text.lower()
    if not any(word in lowered for word in _PRECHECK_LOWER) and not any(
        literal in text for literal in grammar.cased_literals
    ):
        return _undated(published)
    hint = grammar.precheck.search(text)
    if hint is None:
        return _undated(published)
    # Every expression holds a precheck word and is shorter than _LOOKBACK characters.
    start = _first_start(text, max(0, hint.start() - _LOOKBACK), hint.end() + 8, grammar)
    combined = grammar.combined
    match = combined.search(text, start)
    while match is not None:
        kind = match.lastgroup or ""
        detail = grammar.patterns[kind].match(text, match.start())
        resolved = _resolve(kind, detail, published) if detail else None
        if resolved is not None and not _record_since(text, match.start()):
            return Timing(resolved[0], _is_background(resolved, published))
        # `finditer`'s next search, from the match's end (no expression is empty); but no
        # expression starts before the next anchor less its reach: the rest of a sentence
        # whose expressions do not resolve is skipped to there, not tried word by word
        match = combined.search(text, _first_start(text, match.end(), len(text), grammar))
    return _undated(published)


def _record_since(text: str, start: int) -> bool:
    """Whether the expression at `start` is the "since" of a record ("the country's first
    strike since 1982", "the largest protest in the capital since August", "its worst year
    since 2019"): it measures how long the record stands, and dates no act of the sentence."""
    return text.startswith(_SINCE, start) and (
        _RECORD_BEFORE.search(text, max(0, start - _RECORD_REACH), start) is not None
    )


def _first_start(text: str, start: int, end: int, grammar: _Grammar) -> int:
    """Where the search for expressions from `start` may begin: no expression starts before
    the first anchor (`_ANCHOR_WORDS`, a digit, a month's capitalised three letters) less
    `_ANCHOR_REACH`. The hint is one, and `end` is far enough past it to hold the whole of
    any anchor starting before it. Text other than ASCII is searched from `start` (case-blind
    matching reads more characters as these letters)."""
    window = text[start:end]
    if not window.isascii():
        return start
    lowered = window.lower()
    first = len(window)
    for literal in _ANCHOR_WORDS:
        at = lowered.find(literal, 0, first + len(literal) - 1)
        if at >= 0:
            first = at
    for literal in grammar.months_prefixes:
        at = window.find(literal, 0, first + 2)
        if at >= 0:
            first = at
    digit = _DIGIT.search(window, 0, first)
    if digit is not None:
        first = digit.start()
    return max(start, start + first - _ANCHOR_REACH)


@lru_cache(maxsize=64)
def _undated(published: date | None) -> Timing:
    """The timing of a sentence without time words (few distinct days: one object each)."""
    return Timing(published)


def _resolve(kind: str, detail: re.Match[str], published: date | None) -> Resolved | None:
    """One expression's date; one that falls outside the calendar (a relative date from a
    publication day near year 1 or 9999) is dropped, not the sentence, and so is one whose
    words the case-blind regex reads but the tables' lower-case keys lack (the dotless "ı" of
    "last nıght" matches "i" but lower-cases to itself)."""
    try:
        return _RESOLVERS[kind](detail, published)
    except (OverflowError, ValueError, KeyError):
        return None


def _is_background(resolved: Resolved, published: date | None) -> bool:
    when, explicit = resolved
    return explicit and published is not None and (published - when).days > BACKGROUND_DAYS


@dataclass(frozen=True, slots=True)
class _Grammar:
    precheck: re.Pattern[str]
    literals: tuple[str, ...]  # the precheck's, "19\d\d" as "19"
    cased_literals: tuple[str, ...]  # those not in `_PRECHECK_LOWER`: months, "19", "20"
    months_prefixes: tuple[str, ...]
    combined: re.Pattern[str]
    patterns: dict[str, re.Pattern[str]]
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]


def _data_table(name: str) -> dict[str, int]:
    text = resources.files("tensionwatch.domain").joinpath("data", name).read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and line[0] != "#")
    return {row[0].strip(): int(row[1]) for row in rows}


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so that "Sept" wins over "Sep"."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _read_grammar() -> _Grammar:
    months = {name: number for number, name in enumerate(MONTH_NAMES, 1)}
    months |= _data_table("temporal_months.tsv")  # the abbreviations
    weekdays = {name: number for number, name in enumerate(WEEKDAY_NAMES)}
    numbers = _data_table("temporal_numbers.tsv")
    sources = _sources(months, weekdays, numbers)
    # One leading \b for all kinds, and every expression starts with a word character: most
    # positions (inside words, before spaces) are then rejected by two quick tests.
    plain = {kind: re.sub(r"\(\?P<\w+>", "(?:", source[2:]) for kind, source in sources.items()}
    alternatives = "|".join(f"(?P<{kind}>{source})" for kind, source in plain.items())
    combined = rf"\b(?=\w)(?:{alternatives})"
    prefixes = _month_prefixes(months)
    return _Grammar(
        precheck=re.compile(_precheck_source(months)),
        literals=(*_PRECHECK_WORDS, *prefixes, "19", "20"),
        cased_literals=(*prefixes, "19", "20"),
        months_prefixes=prefixes,
        # case-blind, spelt case-sensitive: the regex engine's quick test of each branch's
        # first character then applies (a fifth fewer instructions than re.IGNORECASE)
        combined=re.compile(_case_blind(combined)),
        patterns={kind: re.compile(source, re.IGNORECASE) for kind, source in sources.items()},
        months=months,
        weekdays=weekdays,
        numbers=numbers,
    )


_GRAMMAR_ONCE: Final[list[_Grammar]] = []  # `_grammar()`'s table, once read


def _grammar() -> _Grammar:
    # a compiled list, not `functools.cache`: a cached function's call from compiled code
    # costs a few hundred instructions, and the rules ask for the table every sentence
    if not _GRAMMAR_ONCE:
        _GRAMMAR_ONCE.append(_read_grammar())
    return _GRAMMAR_ONCE[0]


@cache
def month_numbers() -> dict[str, int]:
    """Each month name and abbreviation (lower case) to its number, 1 to 12."""
    return dict(_grammar().months)


def _read_month_names() -> frozenset[str]:
    return frozenset(_grammar().months)


_MONTH_NAMES_ONCE: Final[list[frozenset[str]]] = []  # `month_names()`'s table, once read


def month_names() -> frozenset[str]:
    """Month names and their abbreviations, lower case (`clause_words.MONTH_NAMES` and
    `data/temporal_months.tsv`)."""
    # a compiled list, not `functools.cache`: a cached function's call from compiled code
    # costs a few hundred instructions, and the rules ask for the table every sentence
    if not _MONTH_NAMES_ONCE:
        _MONTH_NAMES_ONCE.append(_read_month_names())
    return _MONTH_NAMES_ONCE[0]


def _full_names(months: dict[str, int]) -> list[str]:
    """The longest name of each month: "February", not "Feb"."""
    longest: dict[int, str] = {}
    for name, number in months.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    return [name.capitalize() for name in longest.values()]


def _month_prefixes(months: dict[str, int]) -> tuple[str, ...]:
    return tuple(sorted({name[:3].capitalize() for name in months}))


def _precheck_source(months: dict[str, int]) -> str:
    return "|".join([*_PRECHECK_WORDS, *_month_prefixes(months), r"19\d\d", r"20\d\d"])


def _case_blind(source: str) -> str:
    """`source`, read with re.IGNORECASE, as a pattern read case-sensitively that matches the
    same: each ASCII letter outside `(?-i:...)` becomes the class of the characters the engine
    takes for it (its two cases, and `_CASE_BLIND_EXTRA`). Only the syntax `_sources` writes is
    read: escapes, classes without letters, counted repeats, `(?:`, `(?=`, `(?P<name>` and
    `(?-i:` groups (ValueError otherwise)."""
    out: list[str] = []
    sensitive: list[bool] = []  # per open group: whether it reads case-sensitively
    at = 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            out.append(source[at : at + 2])
            at += 2
        elif char in "[{":
            close = source.index("]" if char == "[" else "}", at + 2)
            if any(c.isalpha() for c in source[at:close]):
                raise ValueError(f"a letter in a class or count: {source[at : close + 1]!r}")
            out.append(source[at : close + 1])
            at = close + 1
        elif char == "(":
            opening = re.match(r"\(\?(?:-i:|:|=|P<\w+>)", source[at:])
            if opening is None:
                raise ValueError(f"a group case_blind does not read: {source[at : at + 8]!r}")
            sensitive.append(opening.group() == "(?-i:")
            out.append("(?:" if sensitive[-1] else opening.group())
            at += opening.end()
        elif char == ")":
            sensitive.pop()
            out.append(char)
            at += 1
        elif char.isascii() and char.isalpha() and not any(sensitive):
            low = char.lower()
            out.append(f"[{low.upper()}{low}{_CASE_BLIND_EXTRA.get(low, '')}]")
            at += 1
        else:
            out.append(char)
            at += 1
    return "".join(out)


def _sources(
    months: dict[str, int], weekdays: dict[str, int], numbers: dict[str, int]
) -> dict[str, str]:
    """Pattern source per kind, in order of preference at the same position."""
    full = _alternatives(_full_names(months))
    month = rf"(?-i:{_alternatives(name.capitalize() for name in months)})\b\.?"
    year = r"(?:,? (?P<year>(?:19|20)\d\d)\b)?"
    day = r"(?:st|nd|rd|th)?\b\.?"
    return {
        "iso": r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b",
        "part": rf"\b(?P<part>{_alternatives(_PART_DAYS)})[- ](?P<month>(?-i:{full}))\b{year}",
        "month_day": rf"\b(?P<month>{month}) (?P<day>[0-3]?\d){day}{year}",
        "day_month": rf"\b(?P<day>[0-3]?\d){day}(?:(?: or | and | to |[-–/])[0-3]?\d{day})?"
        rf" (?:of )?(?P<month>{month}){year}",
        "month": r"\b(?:(?P<prep>in|since|during|from|until|by|last|next|this)"
        rf" (?:the month of )?)?(?P<month>(?-i:{full}))\b"
        r"(?:(?: of)? (?:(?P<year>(?:19|20)\d\d)\b|(?P<rel>this|last|next) year\b))?",
        "year": r"\b(?:in|since|during|from|of|until|by) (?P<year>(?:19|20)\d\d)\b",
        "weekday": rf"\b(?:(?P<rel>next|last|this|past|coming|on) )?(?P<weekday>"
        rf"{_alternatives(weekdays)})\b",
        "relative_day": rf"\b(?P<word>{_alternatives(_RELATIVE_DAYS)})\b",
        "ago": rf"\b(?P<count>\d{{1,3}}|{_alternatives(numbers)}) (?P<unit>day|week|month|year)s?"
        r" ago\b",
        "period": r"\b(?P<rel>last|past|previous|this|next|coming|earlier this|later this)"
        r" (?P<unit>week|month|year)\b",
    }


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _recent_year(month: int, published: date | None) -> int | None:
    """The year of the most recent such month not after the publication month."""
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _month_number(match: re.Match[str]) -> int:
    return _grammar().months[match["month"].rstrip(".").lower()]


def _on_day(match: re.Match[str], published: date | None, day: int) -> Resolved | None:
    month = _month_number(match)
    year = int(match["year"]) if match["year"] else _recent_year(month, published)
    when = _safe_date(year, month, day) if year is not None else None
    return (when, True) if when else None


def _iso(match: re.Match[str], published: date | None) -> Resolved | None:
    when = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
    return (when, True) if when else None


def _calendar_day(match: re.Match[str], published: date | None) -> Resolved | None:
    return _on_day(match, published, int(match["day"]))


def _part(match: re.Match[str], published: date | None) -> Resolved | None:
    return _on_day(match, published, _PART_DAYS[" ".join(match["part"].lower().split())])


def _month_year(month: int, match: re.Match[str], published: date | None) -> int | None:
    if match["year"]:
        return int(match["year"])
    if published is None or not (match["rel"] or match["prep"]):
        return None
    if match["rel"]:
        return published.year + _YEAR_SHIFT[match["rel"].lower()]
    prep = match["prep"].lower()
    if prep in _FORWARD:
        ahead = month > published.month or (month == published.month and prep != "next")
        return published.year if ahead else published.year + 1
    before = month < published.month or (month == published.month and prep != "last")
    return published.year if before else published.year - 1


def _month(match: re.Match[str], published: date | None) -> Resolved | None:
    month = _month_number(match)
    year = _month_year(month, match, published)
    return (date(year, month, 1), True) if year is not None else None


def _year(match: re.Match[str], published: date | None) -> Resolved | None:
    return date(int(match["year"]), 1, 1), True


def _weekday(match: re.Match[str], published: date | None) -> Resolved | None:
    if published is None:
        return None
    weekday = _grammar().weekdays[match["weekday"].lower()]
    rel = (match["rel"] or "").lower()
    if rel in ("next", "coming"):
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7), False
    back = (published.weekday() - weekday) % 7
    if rel in ("last", "past"):
        back = back or 7
    return published - timedelta(days=back), False


def _relative_day(match: re.Match[str], published: date | None) -> Resolved | None:
    if published is None:
        return None
    offset = _RELATIVE_DAYS[" ".join(match["word"].lower().split())]
    return published + timedelta(days=offset), False


def _ago(match: re.Match[str], published: date | None) -> Resolved | None:
    if published is None:
        return None
    count = match["count"].lower()
    number = int(count) if count.isdigit() else _grammar().numbers[count]
    return published - timedelta(days=number * _UNIT_DAYS[match["unit"].lower()]), True


def _period(match: re.Match[str], published: date | None) -> Resolved | None:
    if published is None:
        return None
    rel, unit = match["rel"].lower(), match["unit"].lower()
    step = -1 if rel in ("last", "past", "previous") else 1 if rel in ("next", "coming") else 0
    if unit == "week":
        return published + timedelta(days=7 * step), False
    if unit == "year":
        return (date(published.year + step, 1, 1) if step else published), step < 0
    if not step:
        return published, False
    month_index = published.year * 12 + published.month - 1 + step
    return date(month_index // 12, month_index % 12 + 1, 1), False


_RESOLVERS: Final[dict[str, _Resolver]] = {
    "iso": _iso,
    "part": _part,
    "month_day": _calendar_day,
    "day_month": _calendar_day,
    "month": _month,
    "year": _year,
    "weekday": _weekday,
    "relative_day": _relative_day,
    "ago": _ago,
    "period": _period,
}
