"""Split an article body into paragraphs, headings and sentences with exact offsets.

Every `Sentence` slices the body exactly: `body[s.char_start:s.char_end] == s.text`, with the
text stripped of surrounding whitespace.

- Paragraphs are separated by blank lines. A body with line breaks but no blank line at all
  (news-please joins paragraphs with single newlines) has one paragraph per line.
- A heading is a paragraph that is one short line without final punctuation and is not the
  last paragraph. It is emitted as a sentence with `is_heading=True`; the sentences after it
  carry its text in `heading` until the next heading.
- A sentence ends at `.`, `!`, `?` or an ellipsis (with any closing quotes) followed by
  whitespace, unless the period belongs to an abbreviation, an initial or a day number
  ("the 23. or 24. April"); word lists are in `data/segmenter_*`. A period glued between two
  words ("negotiations.Reference") also ends a sentence, but not in domains or file names.
- Machine-translated run-on sentences longer than `RUN_ON_LIMIT` characters are further split
  after each "; ".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Final

from tensionwatch.domain.clause_words import MONTH_NAMES
from tensionwatch.domain.models import Sentence

RUN_ON_LIMIT: Final = 400
HEADING_MAX_CHARS: Final = 120
HEADING_MAX_WORDS: Final = 14
TOKEN_MAX_CHARS: Final = 64
SENTENCE_MAX_CHARS: Final[int] = 2_000

Span = tuple[int, int]

_BLANK_LINE: Final = re.compile(r"\n[ \t\r\f\v\xa0]*\n")
_LINE_BREAK: Final = re.compile(r"\n")
# A run of terminators with its closing quotes before whitespace, or a period glued between
# words. Both start with a terminator, matched first: the regex engine then skips to the next
# one in a tight loop instead of trying the pattern at every character of the body. A match
# starts only at the first terminator of a run, and the run and its quotes are taken
# possessively, so a long run ("....", 50,000 of them) is scanned once, not once per
# terminator in it (which was quadratic).
_CANDIDATE: Final = re.compile(
    r"(?<![.!?…])[.!?…](?:[.!?…]*+[”\"'’»)\]]*+(?=\s)|(?<=[^\W\d_]{3}\.)(?=[^\W\d_]{2}))"
)
_NEXT_WORD: Final[re.Pattern[str]] = re.compile(r"\s*[“\"‘'«(\[]*(\w*)")
_GLUED_WORD: Final = re.compile(r"[^\W\d_]+")
_ACRONYM: Final = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_SEMICOLON: Final = re.compile(r";\s+")
_OPENERS: Final = "“\"‘'«(["
_CLOSERS: Final = "”\"'’»)]"
_HEADING_STOPS: Final = frozenset(".!?…:;,-–—")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    kinds: dict[str, str]
    starters: frozenset[str]
    glued: frozenset[str]
    months: frozenset[str]


def _data_lines(name: str) -> list[str]:
    text = resources.files("tensionwatch.domain").joinpath("data", name).read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@cache
def _lexicon() -> _Lexicon:
    rows = (line.split("\t") for line in _data_lines("segmenter_abbreviations.tsv"))
    return _Lexicon(
        kinds={row[0]: row[1] for row in rows},
        starters=frozenset(_data_lines("segmenter_sentence_starters.txt")),
        glued=frozenset(_data_lines("segmenter_glued_suffixes.txt")),
        months=frozenset(MONTH_NAMES).union(
            line.split("\t")[0] for line in _data_lines("temporal_months.tsv")
        ),
    )


def segment(article_id: str, body: str) -> list[Sentence]:
    """The sentences and headings of `body`, in order, indexed from 0."""
    builder = _Builder(article_id, body)
    paragraphs = list(iter_paragraphs(body))
    last = len(paragraphs) - 1
    for number, (start, end) in enumerate(paragraphs):
        if number < last and is_heading(body[start:end]):
            builder.add_heading(start, end, number)
            continue
        for sentence_start, sentence_end in sentence_spans(body, start, end):
            builder.add(sentence_start, sentence_end, number)
    return builder.sentences


def title_sentence(article_id: str, title: str | None) -> Sentence | None:
    """The article's title as one sentence flagged `headline` (offsets into the title, cut
    to SENTENCE_MAX_CHARS), or None for a missing or blank title."""
    if not title or not title.strip():
        return None
    start = len(title) - len(title.lstrip())
    end = min(len(title.rstrip()), start + SENTENCE_MAX_CHARS)
    fields = {
        "article_id": article_id,
        "index": 0,
        "text": title[start:end],
        "char_start": start,
        "char_end": end,
        "headline": True,
    }
    return Sentence.validated(fields)


def iter_paragraphs(body: str) -> Iterator[Span]:
    """Spans of the non-empty paragraphs of `body`, stripped of surrounding whitespace."""
    has_blank_line = _BLANK_LINE.search(body) is not None
    separator = _BLANK_LINE if has_blank_line or "\n" not in body else _LINE_BREAK
    start = 0
    for match in separator.finditer(body):
        yield from _stripped(body, start, match.start())
        start = match.end()
    yield from _stripped(body, start, len(body))


def is_heading(paragraph: str) -> bool:
    """Whether a paragraph reads as a heading: one short line without final punctuation."""
    if "\n" in paragraph or len(paragraph) > HEADING_MAX_CHARS or paragraph[:1] == "(":
        return False
    last = paragraph.rstrip(_CLOSERS)[-1:]
    if not last or last in _HEADING_STOPS:
        return False
    return paragraph.count(" ") < HEADING_MAX_WORDS and any(c.isalpha() for c in paragraph)


def sentence_spans(body: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Spans of the sentences of the paragraph `body[start:end]`, stripped of whitespace."""
    end = len(body) if end is None else end
    cut = start
    for match in _CANDIDATE.finditer(body, start, end):
        if _ends_sentence(body, match, start, end):
            yield from _run_on_parts(body, cut, match.end())
            cut = match.end()
    yield from _run_on_parts(body, cut, end)


@dataclass(slots=True)
class _Builder:
    article_id: str
    body: str
    sentences: list[Sentence] = field(default_factory=list)
    heading: str | None = None

    def add(self, start: int, end: int, paragraph: int, is_heading: bool = False) -> None:
        fields = {
            "article_id": self.article_id,
            "index": len(self.sentences),
            "text": self.body[start:end],
            "char_start": start,
            "char_end": end,
            "heading": self.heading,
            "is_heading": is_heading,
            "paragraph": paragraph,
        }
        self.sentences.append(Sentence.validated(fields))

    def add_heading(self, start: int, end: int, paragraph: int) -> None:
        self.heading = None
        self.add(start, end, paragraph, is_heading=True)
        self.heading = self.body[start:end]


def _stripped(body: str, start: int, end: int) -> Iterator[Span]:
    piece = body[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        yield start + lead, start + lead + len(stripped)


def _run_on_parts(body: str, start: int, end: int) -> Iterator[Span]:
    """The sentence, or after each "; " of a run-on sentence longer than RUN_ON_LIMIT."""
    if end - start <= RUN_ON_LIMIT:
        yield from _stripped(body, start, end)
        return
    cut = start
    for match in _SEMICOLON.finditer(body, start, end):
        yield from _bounded(body, cut, match.start() + 1)
        cut = match.end()
    yield from _bounded(body, cut, end)


def _bounded(body: str, start: int, end: int) -> Iterator[Span]:
    """The piece, cut into parts of at most SENTENCE_MAX_CHARS at the last whitespace before
    the bound (or at the bound, in text without any): no sentence the coder sees, and no text
    an event carries, grows with the body."""
    while end - start > SENTENCE_MAX_CHARS:
        bound = start + SENTENCE_MAX_CHARS
        space = _last_space(body, start + SENTENCE_MAX_CHARS // 2, bound)
        cut = space if space > start else bound
        yield from _stripped(body, start, cut)
        start = cut
    yield from _stripped(body, start, end)


def _ends_sentence(body: str, match: re.Match[str], start: int, end: int) -> bool:
    after = match.end()
    if after < end and not body[after].isspace():
        return _glued_ends(body, match, start, end)
    mark = match.group().rstrip(_CLOSERS)
    next_word = _next_word(body, after, end)
    if "…" in mark or ".." in mark:
        return next_word[:1].isupper()
    if mark != ".":
        return not next_word[:1].islower()
    return _period_ends(_left_token(body, match.start(), start), next_word)


def _period_ends(left: str, next_word: str) -> bool:
    lexicon = _lexicon()
    kind = lexicon.kinds.get(left.lower())
    if kind is None and "-" in left:  # "(R-Fla.)": the abbreviation after the party letter
        kind = lexicon.kinds.get(left.rsplit("-", 1)[1].lower())
    if kind == "title":
        return False
    if kind == "num":
        return not next_word[:1].isdigit()
    if kind == "abbr" or _is_initials(left):
        return next_word in lexicon.starters
    if left[-1:].isdigit():
        return not (next_word[:1].islower() or next_word.lower() in lexicon.months)
    return True


def _glued_ends(body: str, match: re.Match[str], start: int, end: int) -> bool:
    """A period glued between words ends a sentence unless it sits in a domain or file name."""
    left = _left_token(body, match.start(), start)
    lexicon = _lexicon()
    if not left.isalpha() or left.lower() in lexicon.kinds:
        return False
    word = _GLUED_WORD.match(body, match.end(), end)
    if word is None or word.group().lower() in lexicon.glued:
        return False
    tail = body[word.end() : word.end() + 2]
    return not (tail[:1] in ("/", "@") or (tail[:1] == "." and tail[1:].isalpha()))


def _left_token(body: str, index: int, start: int) -> str:
    """The word before `index`, back to the previous whitespace, without opening quotes."""
    # Looked for within TOKEN_MAX_CHARS only: no abbreviation is longer, and a body without
    # whitespace would otherwise be scanned back to its start at every period (quadratic).
    start = max(start, index - TOKEN_MAX_CHARS)
    space = _last_space(body, start, index)
    return body[max(start, space + 1) : index].lstrip(_OPENERS)


def _last_space(body: str, start: int, index: int) -> int:
    """Offset of the last space, newline, tab or no-break space in body[start:index], or -1."""
    rfind = body.rfind  # the four spaces spelt out: a generator here ran for every period
    space = max(rfind(" ", start, index), rfind("\n", start, index), rfind("\t", start, index))
    return max(space, rfind("\xa0", start, index))


def _next_word(body: str, index: int, end: int) -> str:
    match = _NEXT_WORD.match(body, index, end)
    return match.group(1) if match else ""


def _is_initials(token: str) -> bool:
    return (len(token) == 1 and token.isalpha()) or _ACRONYM.fullmatch(token) is not None
