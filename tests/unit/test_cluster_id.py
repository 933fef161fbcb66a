"""Cluster ids for formatting a Kafka broker's storage never start with '-'.

StorageTool's argument parser reads "-t -IJ2f..." as two options and exits 1; one random id
in 64 starts with '-', and CI lost a run to it (the security tests' broker never formatted).
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

from tests.secure_kafka import cluster_id

ROOT = Path(__file__).resolve().parents[2]
# 0xF8 is 111110 00...: its first base64 sextet is 62, which URL-safe base64 writes as '-'.
DASH_FIRST = b"\xf8" * 16


def _draws(*values: bytes) -> Iterator[bytes]:
    yield from values


def test_a_draw_that_encodes_with_a_leading_dash_is_made_again() -> None:
    draws = _draws(DASH_FIRST, b"\x00" * 16)
    found = cluster_id(lambda n: next(draws)[:n])
    assert found == "A" * 22


def test_a_plain_draw_is_kept_as_it_is() -> None:
    found = cluster_id(lambda n: bytes(range(n)))
    assert found == "AAECAwQFBgcICQoLDA0ODw"
    assert len(found) == 22


def test_the_broker_script_draws_again_after_a_leading_dash(tmp_path: Path) -> None:
    # A `head` first in PATH that hands out the dash-first bytes once, then the real thing.
    marker = tmp_path / "served"
    fake = tmp_path / "head"
    fake.write_text(
        "#!/bin/bash\n"
        f'if [[ ! -e "{marker}" ]]; then touch "{marker}"; '
        "printf '\\370%.0s' {1..16}; exit 0; fi\n"
        'PATH="${PATH#*:}" exec head "$@"\n'
    )
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    env = {**os.environ, "PATH": f"{tmp_path}:{os.environ['PATH']}"}
    result = subprocess.run(  # noqa: S603
        ["bash", str(ROOT / "scripts" / "kafka-kraft"), "cluster-id"],  # noqa: S607
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=30,
    )
    found = result.stdout.strip()
    assert marker.exists(), "the fake head was never called"
    assert len(found) == 22
    assert not found.startswith("-")
    assert set(found) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
