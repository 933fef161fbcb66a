"""Round 30, left3: parties left wrong by the round's helpers. Every sentence here was written
for these tests (places outside the round's held-out stories)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, dyad_in, evaluation_coder, in_sentence

coder = evaluation_coder


# A country named only as a neighbour marking where ("near the Ghanaian border") ties with the
# one the story is set "in": the bare sector is of the one it is set in.
@pytest.mark.parametrize(
    ("text", "plover", "want"),
    [
        ("Rebels attacked an army post near the Ghanaian border in Togo.", "ASSAULT", "TGO"),
        ("Gunmen ambushed soldiers near the border with Burkina Faso in Benin.", "ASSAULT", "BEN"),
        ("Militias backed by Chad killed farmers in a village in Niger.", "ASSAULT", "NER"),
    ],
)
def test_the_country_a_story_is_set_in_wins_a_tie(
    coder: Coder, text: str, plover: str, want: str
) -> None:
    source, target = dyad_in(coder, text, 0, plover)
    assert want in (source, target)
    assert source != "GHA" and target != "GHA"


def test_a_neighbour_alone_still_lends_its_country(coder: Coder) -> None:
    # near miss: no place the story is set in, the one country named is still the article's
    _, target = dyad_in(coder, "Rebels attacked soldiers near the Ghanaian border.", 0, "ASSAULT")
    assert target == "GHA"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Police raided a camp near Lima. Among those detained was a former congressman.", "LEG"),
        (
            "Police raided a camp near Lima. Among those arrested were two opposition leaders.",
            "OPP",
        ),
    ],
)
def test_among_those_detained_was_x_is_an_arrest_of_x(coder: Coder, text: str, sector: str) -> None:
    event = in_sentence(coder, text, 1, "COERCE")
    assert event.target is not None and event.target.sector == sector
    assert country(event.target) == "PER"


def test_among_those_detained_without_was_keeps_no_inverted_target(coder: Coder) -> None:
    # near miss: the subject stands before the phrase, as round 26 coded it
    text = "Police raided a camp near Lima. A former congressman was among those detained."
    event = in_sentence(coder, text, 1, "COERCE")
    assert event.target is not None and event.target.sector == "LEG"
