"""Types in wire copy, third round: which CAMEO root (and so which PentaClass) a verbal act
takes. Phrasings found by coding agency-style reports written for the project before their
errors were read. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(min_confidence=0.0)


def top(coder: Coder, text: str) -> tuple[str, str, int] | None:
    """(PLOVER type, CAMEO root, PentaClass) of the sentence's first event."""
    found = events(coder, text)
    return (found[0].plover_type, found[0].cameo_root, found[0].penta_class) if found else None


# --- an appeal that the target yield is a demand (10, verbal conflict) ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Washington urged Tehran not to escalate the crisis.",
        "The Arab League called on both militias to stop the shelling of the city.",
        "Ankara urged Athens to respect the demilitarised status of the islands.",
        "The OSCE called on Baku to abide by the truce.",
        "Tokyo asked Beijing to refrain from further incursions.",
        "Kenya urged the two generals to exercise restraint.",
        "The African Union called for an immediate halt to the fighting.",
        "Canada urged Caracas to free all political detainees.",
        "Norway called on Israel to lift the blockade of the coastal strip.",
    ],
)
def test_an_appeal_to_yield_is_a_demand(coder: Coder, text: str) -> None:
    assert top(coder, text) == ("REQUEST", "10", 3)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv urged its allies to speed up deliveries of artillery shells.",
        "Haiti's council asked the United Nations to send more police officers.",
        "The minister called on Brussels to help defuse the standoff.",
        "Lebanon called on Washington to press Israel to halt its raids.",
        "The EU called for talks between the two governments.",
    ],
)
def test_an_appeal_for_help_or_talks_stays_an_appeal(coder: Coder, text: str) -> None:
    assert top(coder, text) == ("REQUEST", "02", 0)


def test_the_demand_keeps_its_parties(coder: Coder) -> None:
    event = events(coder, "Seoul urged Pyongyang to stop its missile launches.")[0]
    assert (event.cameo_root, country(event.source), country(event.target)) == ("10", "KOR", "PRK")


def test_wanting_an_attack_is_no_demand_to_yield(coder: Coder) -> None:
    assert top(coder, "The senator wants Moscow to attack the rebels.") != ("REQUEST", "10", 3)
