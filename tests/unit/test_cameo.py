"""The CAMEO table: lookups, and every scale consistent with the documented schemes."""

from __future__ import annotations

import pytest

from tensionwatch.domain import cameo

PLOVER_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


# The schemes written out root by root (CAMEO_root_table: phoenix_penta, icews_quad_schrodt),
# so the table is checked against the published schemes rather than against its own builder.
PENTA_BY_ROOT = dict(
    zip(
        [f"{n:02d}" for n in range(1, 21)],
        [0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4],
        strict=True,
    )
)
QUAD_BY_ROOT = dict(
    zip(
        [f"{n:02d}" for n in range(1, 21)],
        [1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4],
        strict=True,
    )
)


def expected_quad(root: str, goldstein: float) -> int:
    """Verbal cooperation roots with a negative Goldstein score count as verbal conflict."""
    quad = QUAD_BY_ROOT[root]
    return 3 if quad == 1 and goldstein < 0 else quad


def test_lookup_gives_the_express_intent_to_meet_code() -> None:
    entry = cameo.lookup("036")
    assert entry.root == "03"
    assert entry.plover_type == "AGREE"
    assert entry.penta_class == 1
    assert entry.quad_class == 1
    assert entry.goldstein == pytest.approx(4.0)


def test_unknown_code_raises_a_project_error() -> None:
    with pytest.raises(cameo.UnknownCameoCode):
        cameo.lookup("999")


def test_table_covers_every_root_and_the_four_digit_codes() -> None:
    codes = cameo.table()
    assert {f"{n:02d}" for n in range(1, 21)} <= codes.keys()
    assert {"0874", "1053", "1384", "2042"} <= codes.keys()


def test_every_code_is_consistent_with_the_schemes() -> None:
    for code, entry in cameo.table().items():
        assert entry.code == code
        assert entry.root == code[:2]
        assert entry.penta_class == PENTA_BY_ROOT[entry.root], code
        assert entry.quad_class == expected_quad(entry.root, entry.goldstein), code
        assert entry.plover_type in PLOVER_TYPES, code
        assert -10.0 <= entry.goldstein <= 10.0


def test_statements_and_appeals_have_a_plover_type() -> None:
    assert cameo.lookup("020").plover_type == "REQUEST"
    assert cameo.lookup("0253").plover_type == "REQUEST"
    assert cameo.lookup("012").plover_type == "ACCUSE"
    assert cameo.lookup("012").quad_class == 3  # a pessimistic comment has negative Goldstein


def test_sanctions_are_sanction_and_yielding_splits_concede_and_retreat() -> None:
    assert cameo.lookup("163").plover_type == "SANCTION"
    assert cameo.lookup("081").plover_type == "CONCEDE"
    assert cameo.lookup("0874").plover_type == "RETREAT"
    assert cameo.lookup("0874").plover_mode == "disarm"


def test_demand_codes_follow_gdelt_numbering() -> None:
    assert cameo.lookup("108").name.startswith("Demand meeting")
    assert cameo.lookup("106").goldstein == pytest.approx(-5.0)
