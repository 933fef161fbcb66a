"""The records that cross the service's boundaries: articles in, events and dead letters out.

Every record is a small frozen pydantic model. `schemas/*.json` is generated from them
(`tensionwatch schemas`), never written by hand.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any, Final, Literal, Protocol, Self, cast

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
    field_validator,
    model_validator,
)

_SHA1 = hashlib.sha1(usedforsecurity=False)  # empty: event ids copy it


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore", populate_by_name=True)

    @classmethod
    def validated(cls, fields: dict[str, Any]) -> Self:
        """`cls(**fields)`, validated the same way, without `BaseModel.__init__`'s Python frame
        and keyword packing: a third of the cost for the records made per sentence."""
        return cast(Self, cls.__pydantic_validator__.validate_python(fields))


def as_utc(value: datetime | None) -> datetime | None:
    """Naive timestamps from scrapers are taken as UTC, so every time in the output is aware."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


_PUBLISHED_AT_SCHEMA = {
    "anyOf": [
        {
            "type": "string",
            "pattern": r"^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?"
            r"([Zz]|[+-]\d{2}:?\d{2})?)?$",
        },
        {"type": "null"},
    ]
}


class Article(_Record):
    """A news article as a scraper publishes it to the input topic.

    Accepts this service's own field names and those of common scrapers
    (news-please: `maintext`, `date_publish`, `source_domain`; others: `text`, `content`),
    and ignores fields it does not know (news-please's `authors`, `date_download`, ...).
    """

    id: str = Field(
        default="",
        max_length=256,
        validation_alias=AliasChoices("id", "article_id", "uuid"),
        description="Stable article id; derived from the url (or the body) when absent.",
    )
    url: str | None = Field(default=None, max_length=4096)
    source: str | None = Field(
        default=None,
        max_length=256,
        validation_alias=AliasChoices("source", "outlet", "source_domain", "domain"),
        description="Outlet that published the article.",
    )
    title: str | None = Field(
        default=None, max_length=2048, validation_alias=AliasChoices("title", "headline")
    )
    body: str = Field(
        validation_alias=AliasChoices("body", "maintext", "text", "content"),
        description="Full article text.",
    )
    published_at: Annotated[datetime | None, WithJsonSchema(_PUBLISHED_AT_SCHEMA)] = Field(
        default=None,
        validation_alias=AliasChoices(
            "published_at", "date_publish", "published", "publish_date", "date"
        ),
        description="ISO 8601 date and time; a space may stand for the `T` (news-please "
        "writes `2017-02-17 13:56:58`), and a time without an offset is taken as UTC.",
    )
    language: str | None = Field(
        default=None,
        max_length=35,
        description="Declared language (BCP 47, e.g. `en` or `en-GB`); only its primary "
        "subtag is kept. The text's own language is detected and must agree.",
    )

    @field_validator("published_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        return as_utc(value)

    @field_validator("language")
    @classmethod
    def _primary_subtag(cls, value: str | None) -> str | None:
        if value is None:
            return None
        return value.strip().replace("_", "-").split("-", 1)[0].lower() or None

    @model_validator(mode="after")
    def _default_id(self) -> Article:
        if not self.id:
            basis = self.url or self.body
            digest = hashlib.sha1(basis.encode(), usedforsecurity=False).hexdigest()[:16]
            object.__setattr__(self, "id", f"art-{digest}")
        return self


class Sentence(_Record):
    """One sentence of an article, with its exact place in the article body."""

    article_id: str
    index: int = Field(ge=0, description="Position of the sentence in the article, from 0.")
    text: str
    char_start: int = Field(ge=0, description="Offset of the first character in the body.")
    char_end: int = Field(ge=0, description="Offset one past the last character in the body.")
    heading: str | None = Field(default=None, description="Heading the sentence sits under.")
    is_heading: bool = False
    paragraph: int = Field(default=0, ge=0)
    headline: bool = Field(
        default=False,
        description="The article's title: its offsets are into the title, not the body.",
    )


class Actor(_Record):
    """Who acts or is acted upon: the words in the text and their CAMEO-style code."""

    text: str = Field(description="The actor's words as they appear in the sentence.")
    code: str = Field(description="CAMEO-style code: country (ISO alpha-3) or IGO code + sector.")
    country: str | None = Field(default=None, description="ISO 3166 alpha-3 country code.")
    sector: str | None = Field(default=None, description="CAMEO sector: GOV, MIL, REB, IGO, ...")


Modality = Literal["asserted", "intended", "background"]
TextBasis = Literal["body", "html_text"]


class Party(Protocol):
    """What a dyad is keyed by: an actor's country and code (`Actor` here, and the coder's
    `actor.Actor`)."""

    @property
    def country(self) -> str | None: ...

    @property
    def code(self) -> str: ...


class TensionEvent(_Record):
    """One coded act: who did what to whom, where in the article, and how sure the coder is."""

    event_id: str = Field(description="Deterministic id: replays of an article give the same ids.")
    article_id: str
    sentence_index: int = Field(ge=0)
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=0)
    sentence: str
    evidence: str = Field(description="The trigger words the act was coded from.")
    cameo_code: str = Field(pattern=r"^\d{2,4}$")
    cameo_root: str = Field(pattern=r"^\d{2}$")
    plover_type: str
    plover_mode: str | None = None
    quad_class: Annotated[int, Field(ge=1, le=4)]
    penta_class: Annotated[int, Field(ge=0, le=4)]
    goldstein: Annotated[float, Field(ge=-10.0, le=10.0)]
    source: Actor | None
    target: Actor | None
    dyad: str = Field(description="Partition key: the two sides' countries, sorted.")
    modality: Modality = "asserted"
    event_date: date | None
    confidence: Annotated[float, Field(ge=0.0, le=1.0)]
    coder_version: str
    published_at: datetime | None
    relevance: Annotated[float, Field(ge=0.0, le=1.0)] = Field(
        default=1.0,
        description="How surely the sentence reports a political act between political actors "
        "(crime, sport, business, science and culture score low).",
    )
    headline: bool = Field(
        default=False,
        description="Coded from the article's title: `char_start`/`char_end` are into the title.",
    )
    text_basis: TextBasis = Field(
        default="body",
        description="For an event not coded from the title, what `char_start`, `char_end` and "
        "`sentence` refer to: `body`, the article's body as published; or `html_text`, the "
        "text of a body that was HTML, as the service extracted it (selectolax/Lexbor: "
        "scripts and styles dropped, entities decoded, block elements as paragraph breaks, "
        "runs of whitespace as one space).",
    )
    outlet: str | None = Field(default=None, description="The article's outlet (`source`).")
    url: str | None = Field(default=None, description="The article's URL.")
    cluster_id: str | None = Field(
        default=None,
        description="The story cluster the event counts in (tension stage); null when the "
        "event has no date or is older than the lateness bound, or the stage is off.",
    )
    first_report: bool | None = Field(
        default=None, description="Whether this event opened its cluster (first report seen)."
    )

    @staticmethod
    def make_id(
        article_id: str, sentence_index: int, cameo_code: str, dyad: str, headline: bool = False
    ) -> str:
        """Id that depends only on the article, the sentence and the coded act."""
        basis = f"{article_id}\x1f{sentence_index}\x1f{cameo_code}\x1f{dyad}"
        if headline:
            basis += "\x1ftitle"
        digest = _SHA1.copy()  # cheaper than looking the algorithm up for every event
        digest.update(basis.encode())
        return digest.hexdigest()[:24]

    @staticmethod
    def dyad_of(source: Party | None, target: Party | None) -> str:
        """Undirected dyad key: both sides' countries (or codes), sorted; `-` for a missing side
        (of output records or of the coder's own actors, `actor.Actor`)."""
        # Two sides: one comparison, not a sort (called for every scored act).
        left = (source.country or source.code) if source else "-"
        right = (target.country or target.code) if target else "-"
        return f"{left}|{right}" if left <= right else f"{right}|{left}"

    @classmethod
    def coded(cls, fields: dict[str, Any]) -> TensionEvent:
        """The coder's event, made without validation: `fields` name the `CODED_FIELDS` in
        their order (the rest take their defaults), each of its field's type and in its range,
        as the coder makes them. Validating a record of 24 fields is ~20 us an event, about 7%
        of the compiled coder's time; the record is the one `validated` makes, field for field
        and in the same order (`tests/unit/test_coded_events.py` compares the two on coded
        sentences). Anything else builds events with `validated`."""
        event = cls.__new__(cls)
        _set(event, "__dict__", fields | UNCODED)
        _set(event, "__pydantic_fields_set__", set(fields))
        _set(event, "__pydantic_extra__", None)
        _set(event, "__pydantic_private__", None)
        return event


_set = object.__setattr__
# The fields the coder gives an event (`TensionEvent.coded`), in the model's order, and the
# defaults of those after them (the stages after the coder set them).
CODED_FIELDS: Final = tuple(TensionEvent.model_fields)[
    : tuple(TensionEvent.model_fields).index("headline") + 1
]
UNCODED: Final[dict[str, Any]] = {
    name: info.get_default(call_default_factory=True)
    for name, info in TensionEvent.model_fields.items()
    if name not in CODED_FIELDS
}


class DeadLetterReason(StrEnum):
    """Why a record left the main path. A bounded set: it labels a metric."""

    INVALID_JSON = "invalid_json"
    INVALID_SCHEMA = "invalid_schema"
    EMPTY_BODY = "empty_body"
    OVERSIZE = "oversize"
    UNSUPPORTED_LANGUAGE = "unsupported_language"
    UNREADABLE_MARKUP = "unreadable_markup"
    TIMEOUT = "timeout"
    PROCESSING_ERROR = "processing_error"
    OUTPUT_REJECTED = "output_rejected"
    QUARANTINED = "quarantined"


def _from_base64(value: object) -> object:
    """Standard base64 text (RFC 4648, section 4, with padding) to bytes, strictly: a
    character outside the alphabet is an error, not silently dropped."""
    if not isinstance(value, str):
        return value
    try:
        return base64.b64decode(value, validate=True)
    except binascii.Error as error:
        raise ValueError(f"not standard base64: {error}") from error


Base64Bytes = Annotated[
    bytes,
    BeforeValidator(_from_base64),
    PlainSerializer(lambda raw: base64.b64encode(raw).decode("ascii"), when_used="json"),
    WithJsonSchema({"type": "string", "contentEncoding": "base64"}),
]
"""Bytes that travel in JSON as standard base64 (`+/`, padded), which `base64.b64decode`
reads; pydantic's own `ser_json_bytes="base64"` writes the URL-safe alphabet instead."""


class DeadLetter(_Record):
    """A record the service could not process, kept with its original bytes and the reason.

    Bounded by construction: the handler cuts the message, the key and the original so that
    the whole record fits under the output limit (`TENSIONWATCH_MAX_OUTPUT_RECORD_BYTES`).
    """

    reason: DeadLetterReason
    message: str = Field(description="What was wrong, for a person (cut to 2,000 characters).")
    original: Base64Bytes = Field(
        description="The record's value as consumed, in standard base64 (RFC 4648 section 4); "
        "only its first bytes when `original_truncated`, so the dead letter fits in a record."
    )
    original_size: int = Field(ge=0, description="Size in bytes of the whole original value.")
    original_truncated: bool = False
    original_key: Base64Bytes | None = Field(
        default=None,
        description="The record's key, in standard base64; only its first 1,024 bytes when "
        "`original_key_size` is larger.",
    )
    original_key_size: int | None = Field(
        default=None, ge=0, description="Size in bytes of the whole original key."
    )
    original_key_sha256: str | None = Field(
        default=None, description="SHA-256 (hex) of the whole original key."
    )
    detected_language: str | None = Field(
        default=None,
        description="For `unsupported_language`: the language detected in the text "
        "(ISO 639-1), when one was.",
    )
    source_topic: str
    source_partition: int
    source_offset: int
    failed_at: datetime


class Horizons(_Record):
    """One quantity on three horizons: exponentially weighted daily rates whose half-lives are
    half of 24 hours, 7 days and 30 days."""

    h24: float
    d7: float
    d30: float


class DyadIndex(_Record):
    """A dyad's tension as of its newest event day (`tension.index`, compacted, key = dyad)."""

    dyad: str = Field(description="The unordered pair, sorted: `RUS|UKR`.")
    as_of: date = Field(description="The dyad's newest event day; every value is as of it.")
    conflict: Horizons = Field(description="Conflict intensity (QuadClass 3-4), per day.")
    cooperation: Horizons = Field(description="Cooperation intensity (QuadClass 1-2), per day.")
    tension: Horizons = Field(description="Conflict minus cooperation.")
    conflict_by_direction: dict[str, float] = Field(
        description="`SRC>TGT` -> conflict on the 7-day horizon."
    )
    baseline: float = Field(description="Mean daily conflict of the 28 days before `as_of`.")
    ratio: float | None = Field(description="conflict.h24 / baseline; null for a 0 baseline.")
    escalated: bool
    escalated_since: date | None = Field(description="Day of the rise still running.")
    quad_clusters_7d: list[int] = Field(description="Clusters by QuadClass 1-4, last 7 days.")
    quad_clusters_30d: list[int] = Field(description="Clusters by QuadClass 1-4, last 30 days.")
    quad_mentions_30d: list[int] = Field(description="Mentions by QuadClass 1-4, last 30 days.")


class IndexPoint(_Record):
    """A dyad's index on one day of its history."""

    day: date
    conflict: Horizons
    cooperation: Horizons
    baseline: float
    escalated: bool


class Cluster(_Record):
    """One act and its reports (`tension.clusters`, key = dyad, published as it changes)."""

    cluster_id: str
    dyad: str
    direction: str = Field(description="`SRC>TGT`, the codes of the dyad's sides.")
    cameo_root: str = Field(pattern=r"^\d{2}$")
    quad_class: Annotated[int, Field(ge=1, le=4)]
    modality: Modality
    event_date: date
    goldstein: Annotated[float, Field(ge=-10.0, le=10.0)] = Field(
        description="The most intense Goldstein score among the reports."
    )
    deaths: bool = Field(description="A report is of a killing or mentions deaths.")
    mentions: int = Field(ge=1, description="Distinct coded events (like GDELT NumMentions).")
    articles: int = Field(ge=1, description="Distinct articles (like NumArticles).")
    sources: int = Field(ge=1, description="Distinct outlets (like NumSources).")
    source_names: list[str]
    saturated: bool = Field(description="A count reached its cap: counts are lower bounds.")
    weight: float = Field(description="|goldstein| × (1 + log2 sources): its index weight.")
    first_seen: datetime | None = Field(description="Earliest publication among its reports.")
    last_seen: datetime | None
    first_event_id: str = Field(description="The earliest report's event.")
    first_url: str | None
    first_outlet: str
    first_sentence: str


AlertSeverity = Literal["elevated", "high", "critical"]
AlertStatus = Literal["raised", "updated", "withdrawn"]


class AlertDriver(_Record):
    """A cluster that drove an alert."""

    cluster_id: str
    direction: str
    cameo_root: str
    quad_class: int
    sources: int
    mentions: int
    weight: float
    deaths: bool


class Alert(_Record):
    """A dyad's rise against its own baseline (`tension.alerts`, compacted, key = alert_id)."""

    alert_id: str = Field(description="`DYAD@DAY`: one per rise, the same on every replay.")
    dyad: str
    day: date = Field(description="The day the dyad rose.")
    status: AlertStatus = Field(
        description="`raised` once; `updated` when later reports of that day change it; "
        "`withdrawn` when late events show there was no rise that day."
    )
    severity: AlertSeverity
    level_before: float = Field(description="24 h conflict level on the day before.")
    level: float = Field(description="24 h conflict level on the day.")
    baseline: float = Field(description="Mean daily conflict of the 28 days before.")
    threshold: float = Field(description="The level the rise had to reach.")
    deaths: bool
    sources: list[str] = Field(description="Outlets reporting the day's conflict.")
    clusters: list[AlertDriver] = Field(description="The day's heaviest conflict clusters.")
    events: list[str] = Field(description="Event ids of those clusters.")
