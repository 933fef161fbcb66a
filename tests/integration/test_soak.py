"""A short soak: every input accounted for end to end (the full one: `scripts/soak`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tensionwatch.bench.soak import plan, report, run, soak_settings
from tests.conftest import BrokerInfo


@pytest.mark.slow
async def test_a_short_soak_accounts_for_every_input(broker: BrokerInfo, tmp_path: Path) -> None:
    the_plan = plan(600, hostile_every=15)
    settings = soak_settings(broker.bootstrap, tmp_path)
    result = await run(settings, the_plan, sample_seconds=1.0, log_dir=tmp_path)
    assert result.reconciled, report(result)
    assert result.sent == 600 and result.skipped == 0
    assert result.dead_lettered >= 600 // 15 * 2 // 3, "most hostile records are dead letters"
    assert result.articles_with_events > 500
    assert result.event_ids_duplicated == 0
