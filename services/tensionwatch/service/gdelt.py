"""Events as rows of GDELT 2.0's event table (the `.export.CSV` files), where the fields map.

The 61 columns keep GDELT's names and order, so tools written for GDELT read the rows; this
service's own fields that GDELT has no column for follow them (`TW_*`), and are left out of the
`gdelt` format (tab-separated, no header, exactly GDELT's files). The README's mapping table
says where each column comes from.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
    )),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
    )),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

EXTRA_COLUMNS: tuple[str, ...] = (
    "TW_EVENT_ID", "TW_ARTICLE_ID", "TW_SENTENCE_INDEX", "TW_PLOVER_TYPE", "TW_PLOVER_MODE",
    "TW_PENTA_CLASS", "TW_MODALITY", "TW_CONFIDENCE", "TW_DYAD", "TW_EVIDENCE", "TW_SENTENCE",
    "TW_CLUSTER_ID", "TW_CODER_VERSION",
)  # fmt: skip

#: Known-group codes (GDELT's Actor*KnownGroupCode): IGOs and armed groups whose CAMEO code
#: is not a country.
KNOWN_GROUP_SECTORS = frozenset({"IGO", "NGO", "REB", "INS", "UAF", "MNC"})


def global_event_id(event_id: str) -> int:
    """GDELT's id is an integer: the first 15 hex digits of the event id (60 bits), as
    deterministic as the event id itself."""
    return int(event_id[:15], 16)


def event_day(value: Mapping[str, Any]) -> date | None:
    """The event's date, else its article's publication date."""
    if value.get("event_date"):
        return date.fromisoformat(str(value["event_date"])[:10])
    if value.get("published_at"):
        return datetime.fromisoformat(str(value["published_at"])).date()
    return None


def _actor(prefix: str, actor: Any) -> dict[str, Any]:
    if not isinstance(actor, dict):
        return {}
    sector = actor.get("sector") or ""
    code = actor.get("code") or ""
    # CAMEO puts a group's own code last (IGOEUREEC: EEC, the European Union).
    known = code[-3:] if sector in KNOWN_GROUP_SECTORS and not actor.get("country") else ""
    return {
        f"{prefix}Code": code,
        f"{prefix}Name": str(actor.get("text") or "").upper(),
        f"{prefix}CountryCode": actor.get("country") or "",
        f"{prefix}KnownGroupCode": known,
        f"{prefix}Type1Code": sector,
    }


def _dates(day: date | None, added_ms: int | None) -> dict[str, Any]:
    row: dict[str, Any] = {}
    if day is not None:
        start = date(day.year, 1, 1)
        row |= {
            "SQLDATE": int(day.strftime("%Y%m%d")),
            "MonthYear": int(day.strftime("%Y%m")),
            "Year": day.year,
            "FractionDate": round(day.year + (day - start).days / 365.0, 4),
        }
    if added_ms is not None:
        added = datetime.fromtimestamp(added_ms / 1000, UTC)
        row["DATEADDED"] = int(added.strftime("%Y%m%d%H%M%S"))
    return row


def event_row(
    value: Mapping[str, Any],
    added_ms: int | None = None,
    url: str | None = None,
    counts: tuple[int, int, int] | None = None,
) -> dict[str, Any]:
    """One event as a GDELT row (plus the `TW_*` columns); unmapped columns are empty.

    `counts` is (mentions, sources, articles) of the event's story cluster; one report of one
    article by one source when the cluster is not known.
    """
    code = str(value["cameo_code"])
    mentions, sources, articles = counts or (1, 1, 1)
    row: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS + EXTRA_COLUMNS, None)
    row |= {
        "GLOBALEVENTID": global_event_id(str(value["event_id"])),
        **_dates(event_day(value), added_ms),
        **_actor("Actor1", value.get("source")),
        **_actor("Actor2", value.get("target")),
        "IsRootEvent": 1 if int(value.get("sentence_index", 1)) == 0 else 0,
        "EventCode": code,
        "EventBaseCode": code[:3],
        "EventRootCode": str(value["cameo_root"]),
        "QuadClass": int(value["quad_class"]),
        "GoldsteinScale": float(value["goldstein"]),
        "NumMentions": mentions,
        "NumSources": sources,
        "NumArticles": articles,
        "SOURCEURL": url or value.get("url") or value.get("article_url"),
    }
    return row | _extras(value)


def _extras(value: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "TW_EVENT_ID": value["event_id"],
        "TW_ARTICLE_ID": value["article_id"],
        "TW_SENTENCE_INDEX": value.get("sentence_index"),
        "TW_PLOVER_TYPE": value.get("plover_type"),
        "TW_PLOVER_MODE": value.get("plover_mode"),
        "TW_PENTA_CLASS": value.get("penta_class"),
        "TW_MODALITY": value.get("modality"),
        "TW_CONFIDENCE": value.get("confidence"),
        "TW_DYAD": value.get("dyad"),
        "TW_EVIDENCE": value.get("evidence"),
        "TW_SENTENCE": value.get("sentence"),
        "TW_CLUSTER_ID": value.get("cluster_id"),
        "TW_CODER_VERSION": value.get("coder_version"),
    }
