"""Round 47 (lead): an appeal or demand for a release is aimed at who holds the prisoners, not
at the prisoners the sentence names as whose release it is ("demanded the sailors' immediate
release", "called for the release of 12 students"): the maker of the last arrest the article
told, else, when none was told and the prisoners are the speaker's compatriots, their own
government (coder._release_asked). Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, in_sentence, recommended_coder

__all__ = ["recommended_coder"]

SEIZED = (
    "DAKAR, Mar 3 (Reuters) - Guinea-Bissau's navy detained nine Senegalese sailors off the "
    "Casamance coast on Saturday, Senegal's foreign ministry said. "
)


def _target(
    coder: Coder, body: str, index: int, plover: str = "REQUEST"
) -> tuple[str | None, str | None, str]:
    event = in_sentence(coder, body, index, plover)
    target = event.target
    return country(event.source), country(target), target.sector if target else ""


def test_a_demand_for_the_prisoners_release_is_aimed_at_their_holder(
    recommended_coder: Coder,
) -> None:
    body = SEIZED + "Foreign Minister Yassine Fall demanded the sailors' immediate release."
    assert _target(recommended_coder, body, 1)[:2] == ("SEN", "GNB")


def test_the_release_of_named_prisoners_is_asked_of_the_holder(recommended_coder: Coder) -> None:
    body = SEIZED + "The Senegalese government demanded the release of the nine fishermen."
    assert _target(recommended_coder, body, 1)[:2] == ("SEN", "GNB")


def test_with_no_arrest_told_the_prisoners_own_government_is_asked(
    recommended_coder: Coder,
) -> None:
    body = (
        "MALABO, Jun 9 (AP) - Equatorial Guinea's main opposition party, Convergence for Social "
        "Democracy, demanded the release of 30 party activists it said were being held without "
        "charge."
    )
    assert _target(recommended_coder, body, 0) == ("GNQ", "GNQ", "GOV")


def test_an_addressee_named_before_the_release_keeps_the_appeal(
    recommended_coder: Coder,
) -> None:
    body = SEIZED + "Senegal's president urged the Bissau authorities to release the sailors."
    assert _target(recommended_coder, body, 1)[:2] == ("SEN", "GNB")
    body = SEIZED + "Amnesty International urged Senegal to secure the release of its citizens."
    assert _target(recommended_coder, body, 1)[1] == "SEN"
