"""One human line for each kind of record the demo prints."""

from __future__ import annotations

from typing import Any


def describe(topic: str, value: dict[str, Any]) -> str:
    """One line for a downstream record: dead letter, alert, index, cluster or event."""
    if "reason" in value:
        return f"[{topic}] DEAD LETTER {value['reason']}: {value['message']}"
    if "alert_id" in value:
        return _alert(topic, value)
    if "as_of" in value:
        return _index(topic, value)
    if "first_event_id" in value:
        return _cluster(topic, value)
    return _event(topic, value)


def _event(topic: str, value: dict[str, Any]) -> str:
    source = _actor_code(value.get("source"))
    target = _actor_code(value.get("target"))
    cluster = value.get("cluster_id")
    story = f"  [{'new ' if value.get('first_report') else ''}story {cluster}]" if cluster else ""
    return (
        f"[{topic}] {value['cameo_code']:>4} {value['plover_type']:<10} "
        f"{source} -> {target}  g={value['goldstein']:+.1f} {value['modality']}  "
        f"«{value['evidence']}» in: {str(value['sentence'])[:90]}{story}"
    )


def _cluster(topic: str, value: dict[str, Any]) -> str:
    return (
        f"[{topic}] STORY {value['cluster_id']} {value['direction']} CAMEO {value['cameo_root']} "
        f"on {value['event_date']}: {value['sources']} source(s), {value['articles']} "
        f"article(s), {value['mentions']} mention(s), weight {value['weight']:.2f}"
    )


def _index(topic: str, value: dict[str, Any]) -> str:
    conflict, tension = value["conflict"], value["tension"]
    state = f"ESCALATED since {value['escalated_since']}" if value["escalated"] else "calm"
    return (
        f"[{topic}] INDEX {value['dyad']} as of {value['as_of']}: conflict 24h "
        f"{conflict['h24']:.2f} 7d {conflict['d7']:.2f} (baseline {value['baseline']:.2f}), "
        f"tension 7d {tension['d7']:+.2f}, {state}"
    )


def _alert(topic: str, value: dict[str, Any]) -> str:
    return (
        f"[{topic}] ALERT {value['status']} {value['severity']} {value['alert_id']}: 24h "
        f"conflict {value['level_before']:.2f} -> {value['level']:.2f} against a baseline of "
        f"{value['baseline']:.2f} (threshold {value['threshold']:.2f}); sources: "
        f"{', '.join(value['sources']) or '-'}"
    )


def _actor_code(actor: object) -> str:
    return str(actor["code"]) if isinstance(actor, dict) else "-"
