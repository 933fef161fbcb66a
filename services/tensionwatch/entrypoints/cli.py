"""The `tensionwatch` command: worker, demo, code, evaluate, schemas, bench, and the doors
(publish, ingest, tail, export)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path

from tensionwatch import __version__
from tensionwatch.adapters.logs import LEVELS
from tensionwatch.domain.errors import TensionwatchError
from tensionwatch.entrypoints.configure import SettingsError, load_settings


def build_parser() -> argparse.ArgumentParser:
    """The command line, one subcommand per job."""
    parser = argparse.ArgumentParser(prog="tensionwatch", description=__doc__)
    parser.add_argument("--version", action="version", version=__version__)
    commands = parser.add_subparsers(dest="command", required=True)

    worker = commands.add_parser("worker", help="run the Faust worker (settings from env)")
    worker.add_argument("--loglevel", default="info", type=str.lower, choices=LEVELS)
    worker.add_argument(
        "--no-create-topics", action="store_true", help="do not create missing topics at start"
    )

    demo = commands.add_parser("demo", help="embedded broker + worker + sample articles")
    demo.add_argument(
        "--once",
        action="store_true",
        help="exit once every input record is accounted for; print JSON lines",
    )
    demo.add_argument(
        "--input", type=Path, help="JSON lines, a .json document (news-please) or a .txt article"
    )
    demo.add_argument("--broker", help="use this broker (host:port) instead of the embedded one")
    demo.add_argument("--web-port", type=int, default=6066, help="probe/metrics port (0: any)")
    demo.add_argument("--published-at", help="publication time for a .txt input (ISO 8601)")

    code = commands.add_parser("code", help="code JSON lines {id, text[, published_at]}")
    code.add_argument("file", nargs="?", type=Path, help="input file (stdin when absent)")

    evaluate = commands.add_parser(
        "evaluate",
        help="score the coder on a labelled JSONL file, or a folder of labelled articles",
    )
    evaluate.add_argument(
        "dataset", type=Path, help="labelled sentences (.jsonl) or a folder with gold.json"
    )
    evaluate.add_argument(
        "--min-confidence",
        type=_share,
        default=None,
        help="confidence threshold (default: the settings' min_confidence)",
    )
    evaluate.add_argument(
        "--wire-min-confidence",
        type=_share,
        default=None,
        help="threshold in articles that open with a dateline, when it keeps fewer events "
        "(agency copy has its own confidence map; default: the settings' "
        "wire_min_confidence; 0 turns it off)",
    )

    schemas = commands.add_parser("schemas", help="write JSON Schemas generated from the models")
    schemas.add_argument("--dir", type=Path, default=Path("schemas"))
    schemas.add_argument("--check", action="store_true", help="fail if the files have drifted")
    _add_bench(commands)
    from tensionwatch.entrypoints.door_commands import add_door_commands

    add_door_commands(commands)
    return parser


def _share(text: str) -> float:
    """A confidence threshold from the command line: a number from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return value


def _add_bench(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bench = commands.add_parser("bench", help="measure baselines, throughput, latency, scaling")
    bench.add_argument(
        "--broker", default="embedded", help="embedded, kafka (scripts/kafka-kraft) or HOST:PORT"
    )
    bench.add_argument("--articles", type=int, default=5000, help="backlog size per drain")
    bench.add_argument("--quick", action="store_true", help="shorter latency and coder runs")
    bench.add_argument("--out", type=Path, default=Path("bench-results"))
    bench.add_argument(
        "--skip",
        nargs="+",
        default=[],
        choices=["raw", "faust", "pipeline", "tension", "latency", "coder", "scaling", "delivery"],
        metavar="SCENARIO",
        help="leave out: raw, faust, pipeline, tension, latency, coder, scaling, delivery",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; errors of ours print one clear line and exit 1 (2 for settings)."""
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except SettingsError as error:
        print(f"tensionwatch: error: {error}", file=sys.stderr)
        return 2
    except TensionwatchError as error:
        print(f"tensionwatch: error: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # a missing or unreadable input file, an unbindable port
        print(f"tensionwatch: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    from tensionwatch.entrypoints.door_commands import DOORS, run_door_command

    if args.command in DOORS:
        return run_door_command(args)
    if args.command == "worker":
        from tensionwatch.entrypoints.worker import run_worker

        settings = load_settings()
        run_worker(settings, loglevel=args.loglevel, create_topics=not args.no_create_topics)
        return 0
    if args.command == "demo":
        from tensionwatch.entrypoints.demo import DemoOptions, run_demo

        load_settings()  # the demo sets its own broker and topics; the rest comes from here
        options = DemoOptions(args.once, args.input, args.broker, args.web_port, args.published_at)
        return asyncio.run(run_demo(options))
    if args.command == "code":
        from tensionwatch.entrypoints.offline import code_lines

        source = args.file.open(encoding="utf-8") if args.file else sys.stdin
        with source:
            return code_lines(source, sys.stdout)
    if args.command == "evaluate":
        return _evaluate(args.dataset, args.min_confidence, args.wire_min_confidence)
    if args.command == "bench":
        from tensionwatch.bench.run import run_bench
        from tensionwatch.bench.scenarios import Options

        skip = frozenset(args.skip)
        run_bench(Options(args.broker, args.articles, args.quick, args.out, skip))
        return 0
    return _schemas(args.dir, args.check)


def _evaluate(dataset: Path, threshold: float | None, wire: float | None) -> int:
    from tensionwatch.bootstrap import build_coder
    from tensionwatch.domain.evaluate import render, run_evaluation

    given = {"min_confidence": threshold, "wire_min_confidence": wire}
    settings = load_settings().model_copy(
        update={name: value for name, value in given.items() if value is not None}
    )
    coder = build_coder(settings)
    if dataset.is_dir():
        from tensionwatch.domain.article_eval import evaluate_articles, render_articles

        print(render_articles(evaluate_articles(dataset, coder)))
        return 0
    print(render(run_evaluation(dataset, coder=coder)))
    return 0


def _schemas(directory: Path, check: bool) -> int:
    from tensionwatch.entrypoints.schemas import drifted, write_schemas

    if check:
        stale = drifted(directory)
        if stale:
            print(
                f"tensionwatch: schemas out of date: {', '.join(stale)}; "
                "run `tensionwatch schemas`",
                file=sys.stderr,
            )
            return 1
        return 0
    for path in write_schemas(directory):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
