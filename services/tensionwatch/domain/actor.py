"""The coder's actor: who acts or is acted upon, as the coder passes it between its layers.

The same four fields as `models.Actor`, the record the coder's events carry, in a plain slotted
class: a pydantic model answers every field read through its `__getattr__` hook (which the
interpreter does not specialise, and which mypyc calls as a generic attribute look-up), while
this class is a native class in the compiled coder, whose fields are read as struct members.
The coder reads actors' fields tens of times an act; it makes an event's `models.Actor` only
when the event is made (`Actor.record`).
"""

from __future__ import annotations

from typing import Final

from tensionwatch.domain import models

# round 40 (align40): docs/labelling.md, section 2: trade unions and their leaders are civilians,
# `CVL`, not `LAB` (13 of the open sets' 14 union labels). The coder keeps `LAB` inside, where it
# tells a union from other civilians ("the union" back to the union named last:
# `references._unions`), and writes `CVL` in the event it emits.
# round 43 (sector43): insurgents, militants and jihadists, `INS` in the actor index (CAMEO's
# sector), are `REB` in the guide (section 2: "rebels, separatists, insurgents and jihadist
# groups"): the open labels code 55 of 78 `INS` parties with the country right `REB`, 3 `INS`.
OUTPUT_SECTORS: Final[dict[str, str]] = {"LAB": "CVL", "INS": "REB"}

# The bare crowd words, one source: `references._crowd` reads them for a crowd of no country
# of its own (of the country it marches in), `coder` for appeals to and fire on a crowd.
BARE_CROWDS: Final[frozenset[str]] = frozenset(
    "protesters protestors demonstrators marchers crowds crowd rioters".split()
)

# round 43 (sector43): docs/labelling.md, section 2: protesters, demonstrators and crowds are
# civilians, `CVL`, unless a party or group is named (point 38: "opposition supporters" are
# `OPP`). The actor index files them under `OPP` (data/agents.tsv), and the coder's rules keep
# reading them so (a crowd is one of a country's domestic critics); the event it emits writes
# `CVL` for an opposition-sector party named only as a crowd: the open labels code 165 of 179
# such parties `CVL` (protesters 134 of 147 outside other sectors' labels). The last word of such
# a party: the bare crowd words, their singulars ("a protester"), a counted crowd ("tens of
# thousands").
CROWD_HEADS: Final[frozenset[str]] = BARE_CROWDS | frozenset(
    "protester protestor demonstrator marcher rioter thousands hundreds".split()
)
CROWD_SECTOR: Final = "OPP"
NAMED_OPPOSITION: Final = "opposition"  # "opposition protesters" stay the opposition's


def shown_sector(text: str, sector: str | None) -> str | None:
    """The sector an event writes for an actor: `LAB` as `CVL`; an opposition-sector party
    named only as a crowd ("protesters", "(protesters)", "tens of thousands") as `CVL`."""
    if sector in OUTPUT_SECTORS:
        return OUTPUT_SECTORS[sector]
    if sector != CROWD_SECTOR:
        return sector
    words = text.lower().split()
    if words and words[-1].strip("()") in CROWD_HEADS and NAMED_OPPOSITION not in words:
        return "CVL"
    return sector


class Actor:
    """The words in the text and their CAMEO-style code (`models.Actor`'s fields: `code` is
    the country (ISO alpha-3) or IGO code plus the sector; `country` the ISO code; `sector` the
    CAMEO sector: GOV, MIL, REB, IGO, ...). Equal and hashed by its fields, as the model is;
    never changed once made."""

    __slots__ = ("text", "code", "country", "sector", "_record")

    def __init__(
        self, text: str, code: str, country: str | None = None, sector: str | None = None
    ) -> None:
        self.text = text
        self.code = code
        self.country = country
        self.sector = sector
        self._record: models.Actor | None = None

    def record(self) -> models.Actor:
        """The output record with these fields (made once: actors are shared through memos)."""
        if self._record is None:
            code, sector = self.code, self.sector
            shown = shown_sector(self.text, sector)
            if sector is not None and shown != sector:
                code = code[: -len(sector)] + (shown or "") if code.endswith(sector) else code
                sector = shown
            fields = {"text": self.text, "code": code, "country": self.country, "sector": sector}
            self._record = models.Actor.validated(fields)
        return self._record

    def _fields(self) -> tuple[str, str, str | None, str | None]:
        return (self.text, self.code, self.country, self.sector)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Actor):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Actor(text={self.text!r}, code={self.code!r}, country={self.country!r}, "
            f"sector={self.sector!r})"
        )
