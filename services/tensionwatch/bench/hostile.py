"""Hostile input: the records a red team sends, and what each must end as.

Shared by the integration test (`tests/integration/test_hostile.py`, each case through a real
broker) and `scripts/hostile` (per-case processing time). Every case ends as events (or a
coded article with none), or as a dead letter with a reason and the original bytes.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass
from functools import cache
from typing import Any

#: Outcomes a case may end as: `events` (one or more), `coded` (accepted, any number of events,
#: zero included), or a dead-letter reason.
CODED = "coded"
EVENTS = "events"

GOOD_BODY = (
    "Russian troops attacked Ukrainian positions near Kharkiv on Tuesday, Kyiv said. "
    "The Kremlin threatened to retaliate against any strike on Russian territory.\n\n"
    "Foreign ministers of France and Germany met in Berlin to discuss the crisis."
)
#: One short news paragraph per script (written for this project).
OTHER_SCRIPTS = {
    "ru": "Министерство обороны заявило, что войска ночью были переброшены ближе к границе. "
    "Переговоры между двумя правительствами сорвались во вторник после ухода посланника.",
    "ar": "قالت وزارة الدفاع إن القوات نقلت خلال الليل إلى مواقع أقرب من الحدود. "
    "انهارت المحادثات بين الحكومتين يوم الثلاثاء بعد أن غادر المبعوث القاعة.",
    "zh": "国防部表示，部队已于夜间被调往更靠近边境的地区。两国政府之间的谈判于周二破裂，"
    "特使随后离开了会场。",
    "hi": "रक्षा मंत्रालय ने कहा कि रात में सैनिकों को सीमा के और करीब ले जाया गया। "
    "मंगलवार को दूत के बैठक छोड़ने के बाद दोनों सरकारों के बीच बातचीत टूट गई।",
    "el": "Το υπουργείο Άμυνας ανακοίνωσε ότι τα στρατεύματα μετακινήθηκαν τη νύχτα πιο κοντά "
    "στα σύνορα. Οι συνομιλίες μεταξύ των δύο κυβερνήσεων κατέρρευσαν την Τρίτη.",
}
GERMAN = (
    "Russische Truppen haben am Dienstag ukrainische Stellungen bei Charkiw angegriffen, "
    "teilte Kiew mit. Der Kreml drohte mit Vergeltung für jeden Angriff auf russisches Gebiet."
)
HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Clashes</title><script>var x = 1;</script></head>"
    "<body><h1>Border clashes</h1><p>Russian troops <b>attacked</b> Ukrainian positions near "
    "Kharkiv on Tuesday, Kyiv said.</p><p>Foreign ministers of France and Germany met in "
    "Berlin to discuss the crisis.</p></body></html>"
)


@dataclass(frozen=True)
class Case:
    """Records to send, in order, and the outcomes each may end as."""

    name: str
    records: tuple[bytes, ...]
    outcomes: frozenset[str]
    #: For `unsupported_language`: the language the dead letter must name.
    language: str | None = None


def article(body: object, article_id: str = "hostile", **fields: object) -> bytes:
    """An article record with `body` (of any JSON type) and extra fields."""
    return json.dumps({"id": article_id, "body": body} | fields).encode()


def padded(size: int, article_id: str) -> bytes:
    """A good article padded (with an ignored field) to exactly `size` bytes."""
    base = article(GOOD_BODY, article_id, padding="")
    return article(GOOD_BODY, article_id, padding="x" * (size - len(base)))


def _case(name: str, records: bytes | tuple[bytes, ...], *outcomes: str) -> Case:
    batch = records if isinstance(records, tuple) else (records,)
    return Case(name, batch, frozenset(outcomes))


def _language(name: str, text: str, code: str) -> Case:
    return Case(name, (article(text, code),), frozenset({"unsupported_language"}), code)


@cache
def cases(max_record_bytes: int = 500_000) -> tuple[Case, ...]:
    """The matrix of issue 12, for a worker whose record limit is `max_record_bytes`."""
    return (
        _case("not JSON", b"this is not JSON {", "invalid_json"),
        _case("wrong shape: a JSON array", b"[" + article(GOOD_BODY) + b"]", "invalid_schema"),
        _case("wrong shape: a JSON string", b'"an article"', "invalid_schema"),
        _case("missing body", b'{"id": "m", "title": "no body"}', "invalid_schema"),
        _case("body of the wrong type", article(42), "invalid_schema"),
        _case("id of the wrong type", b'{"id": ["a"], "body": "x"}', "invalid_schema"),
        _case("date of the wrong type", article(GOOD_BODY, published_at=True), "invalid_schema"),
        _case("empty body", article(""), "empty_body"),
        _case("whitespace-only body", article(" \n\t\u00a0\u2003" * 1_000), "empty_body"),
        _case("oversize body (250,000 characters)", article("a " * 125_000), "oversize"),
        _case("record just under the limit", padded(max_record_bytes, "under"), EVENTS),
        _case("record just over the limit", padded(max_record_bytes + 1, "over"), "oversize"),
        _case("bytes that are not UTF-8", b'{"body": "Troops \xff\xfe."}', "invalid_json"),
        _case("a NUL byte in a string", b'{"id": "n", "body": "a\x00b"}', "invalid_json"),
        _case("a NUL escape in the body", article(GOOD_BODY.replace(" ", "\0 ", 3)), EVENTS),
        _case("a byte order mark", b"\xef\xbb\xbf" + article(GOOD_BODY, "bom"), EVENTS),
        _case("a lone surrogate", b'{"body": "Troops \\ud800 shelled."}', "invalid_json"),
        _case("JSON nested 10,000 deep", b"[" * 10_000 + b"]" * 10_000, "invalid_json"),
        _case(
            "JSON nested 10,000 deep in a field",
            b'{"body": "x", "n": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
            "invalid_json",
        ),
        _case("a number with 100,000 digits", b'{"n": ' + b"9" * 100_000 + b"}", "invalid_json"),
        _case("HTML", article(HTML_PAGE, "html"), EVENTS),
        _case("markup 20,000 deep", article("<div>" * 20_000 + GOOD_BODY), "unreadable_markup"),
        *(_language(f"script of {code}", text, code) for code, text in OTHER_SCRIPTS.items()),
        _language("German", GERMAN, "de"),
        _case("the same article id twice", (article(GOOD_BODY, "twice"),) * 2, EVENTS),
        _case("capitalised words", article("Alpha Beta Gamma Delta " * 7_000), CODED, "timeout"),
        _case('"A. A. A." 50,000 times', article("A. " * 50_000), CODED, "timeout"),
        _case("50,000 dots", article("." * 50_000), CODED),
        _case("50,000 spaces", article(" " * 50_000), "empty_body"),
        _case("900 KB with no sentence end", article("word " * 180_000), "oversize"),
    )  # fmt: skip


def long_cases() -> tuple[Case, ...]:
    """Cases that take the coder's whole path on large input, for a worker whose limits admit
    ~1 MB records: 50,000 dots, and 900 KB with no sentence end (under the default limits the
    latter is an `oversize` dead letter before any work is done)."""
    return (
        _case("50,000 dots", article("." * 50_000, "dots"), CODED, "timeout"),
        _case("900 KB with no sentence end", article("word " * 180_000, "noend"), CODED, "timeout"),
    )


def measure(repeats: int = 5) -> list[tuple[str, int, str, float, int]]:
    """Each case's records through the real handler (coder and language detector), in this
    process: (case, record bytes, outcome, median seconds, largest output bytes)."""
    from tensionwatch.bootstrap import build_coder, build_detector, limits_from
    from tensionwatch.service.handler import ArticleHandler, RecordMeta
    from tensionwatch.service.ports import NullMetrics
    from tensionwatch.settings import Settings

    settings = Settings()
    limits = limits_from(settings)
    detector = build_detector(settings)
    handler = ArticleHandler(build_coder(settings), NullMetrics(), limits, detector=detector)
    rows = []
    for case in cases(settings.max_record_bytes):
        for raw in case.records:
            times = []
            for _ in range(repeats):
                started = time.perf_counter()
                outputs = handler.handle(raw, RecordMeta("hostile", 0, 0))
                times.append(time.perf_counter() - started)
            largest = max((len(o.key) + len(o.value) for o in outputs), default=0)
            rows.append((case.name, len(raw), _outcome(outputs), statistics.median(times), largest))
    return rows


def _outcome(outputs: list[Any]) -> str:
    if len(outputs) == 1 and outputs[0].kind == "dead_letter":
        return f"dead letter: {json.loads(outputs[0].value)['reason']}"
    events = sum(1 for output in outputs if output.kind == "event")
    return f"{events} event(s)" if events else "coded, no event"


def main() -> None:
    """Print the per-case table (`scripts/hostile`)."""
    rows = measure()
    print(f"{'case':<38} {'bytes':>9}  {'outcome':<34} {'ms':>8}  {'largest out':>11}")
    for name, size, outcome, seconds, largest in rows:
        print(f"{name:<38} {size:>9,}  {outcome:<34} {seconds * 1000:>8.2f}  {largest:>11,}")
    slowest = max(rows, key=lambda row: row[3])
    print(f"\n{len(rows)} records in {len(cases())} cases; slowest {slowest[3] * 1000:.0f} ms")
    print(f"({slowest[0]}); largest output {max(row[4] for row in rows):,} bytes")


if __name__ == "__main__":
    main()
