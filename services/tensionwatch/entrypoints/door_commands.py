"""The command lines of the doors: publish, ingest, tail, export.

Parsers only import the standard library; each command imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

Commands = argparse._SubParsersAction  # argparse keeps the type private

DOORS = ("publish", "ingest", "tail", "export")


def add_door_commands(commands: Commands[argparse.ArgumentParser]) -> None:
    """Add the four door subcommands."""
    publish = commands.add_parser(
        "publish", help="send articles from files, folders or stdin to the articles topic"
    )
    publish.add_argument(
        "files", nargs="*", default=["-"], metavar="FILE",
        help="JSON lines, news-please .json files, .txt articles, folders; - or none: stdin",
    )  # fmt: skip
    publish.add_argument("--broker", help="bootstrap servers (default: TENSIONWATCH_BROKER)")
    publish.add_argument("--topic", help="topic (default: TENSIONWATCH_TOPIC_ARTICLES)")
    publish.add_argument("--published-at", help="publication time for .txt inputs (ISO 8601)")

    ingest = commands.add_parser("ingest", help="serve POST /v1/articles alone (no coder)")
    ingest.add_argument("--port", type=int, help="port (default: TENSIONWATCH_WEB_PORT)")

    tail = commands.add_parser("tail", help="follow a topic as readable lines, filtered")
    tail.add_argument("topic", help="events, escalations, alerts, index, clusters, dlq or a name")
    tail.add_argument("--dyad", help="only this pair, either order: PRK|USA")
    tail.add_argument("--actor", help="only records with this actor code (or its prefix)")
    tail.add_argument("--type", action="append", default=[], help="PLOVER type (repeatable)")
    tail.add_argument("--min-intensity", type=float, help="-Goldstein (or level) at least this")
    tail.add_argument("--alerts-only", action="store_true", help="alerts and escalating events")
    tail.add_argument("--json", action="store_true", help="print records as JSON lines")
    tail.add_argument("--from-beginning", action="store_true", help="start at the oldest record")
    tail.add_argument("--last", type=int, default=0, help="start N records before the end")
    tail.add_argument("--exit-at-end", action="store_true", help="stop at the current end")
    tail.add_argument("--broker", help="bootstrap servers (default: TENSIONWATCH_BROKER)")

    export = commands.add_parser("export", help="events, clusters or index to CSV or Parquet")
    export.add_argument("kind", choices=["events", "clusters", "index"])
    export.add_argument("--format", choices=["csv", "parquet", "gdelt"], default="csv")
    export.add_argument("--output", "-o", default="-", help="file (default: stdout)")
    export.add_argument(
        "--no-urls", action="store_true", help="skip reading the articles topic for SOURCEURL"
    )
    export.add_argument("--broker", help="bootstrap servers (default: TENSIONWATCH_BROKER)")


def run_door_command(args: argparse.Namespace) -> int:
    """Run one of the door subcommands."""
    from tensionwatch.entrypoints.configure import load_settings
    from tensionwatch.settings import Settings

    overrides: dict[str, Any] = {}
    if getattr(args, "broker", None):
        overrides["broker"] = args.broker
    if getattr(args, "topic", None) and args.command == "publish":
        overrides["topic_articles"] = args.topic
    settings = load_settings()  # one line and exit 2 on a bad or unknown variable
    if overrides:
        settings = Settings(**overrides)
    runner = {"publish": _publish, "ingest": _ingest, "tail": _tail, "export": _export}
    return runner[args.command](settings, args)


def _publish(settings: Any, args: argparse.Namespace) -> int:
    from tensionwatch.bootstrap import limits_from
    from tensionwatch.entrypoints.publish import publish_paths, summary

    tally = asyncio.run(
        publish_paths(settings, limits_from(settings), args.files, published_at=args.published_at)
    )
    print(summary(tally, settings.topic_articles), file=sys.stderr)
    return 1 if tally.rejected else 0


def _ingest(settings: Any, args: argparse.Namespace) -> int:
    from tensionwatch.entrypoints.ingest import run_ingest

    if args.port is not None:
        settings = settings.model_copy(update={"web_port": args.port})
    return asyncio.run(run_ingest(settings))


def _tail(settings: Any, args: argparse.Namespace) -> int:
    from tensionwatch.adapters.topic_reader import Start
    from tensionwatch.entrypoints.tail import Filters, tail

    filters = Filters(
        dyad=args.dyad,
        actor=args.actor,
        types=frozenset(t.upper() for t in args.type),
        min_intensity=args.min_intensity,
        alerts_only=args.alerts_only,
        escalation_min_intensity=settings.escalation_min_intensity,
    )
    start = Start(from_beginning=args.from_beginning, back=args.last)
    asyncio.run(tail(settings, args.topic, filters, start, as_json=args.json,
                     until_end=args.exit_at_end))  # fmt: skip
    return 0


def _export(settings: Any, args: argparse.Namespace) -> int:
    from tensionwatch.entrypoints.export import ExportOptions, export

    options = ExportOptions(args.kind, args.format, args.output, urls=not args.no_urls)
    rows = asyncio.run(export(settings, options))
    where = "stdout" if args.output == "-" else args.output
    print(f"tensionwatch: exported {rows} {args.kind} row(s) to {where}", file=sys.stderr)
    return 0
