"""Round 49 (answer49): denials, rejections and other answers to an earlier act, by the
labelling guide's conventions (section 4, points 2, 14, 40 and 46): whether the answer is the
day's act, its root (01 for a charge denied, 12 for what is put to one turned down) and its
target, the maker of what is answered. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, recommended_coder, sides_of, undated_in

coder = recommended_coder


def answer(coder: Coder, body: str, index: int) -> list[tuple[str, str, str | None, str | None]]:
    """(PLOVER type, CAMEO code, source country, target country) of each event of sentence
    `index` of a news site's article."""
    return [(e.plover_type, e.cameo_code, *sides_of(e)) for e in undated_in(coder, body, index)]


# --- a news site's perfect denial that gives its reason is the day's (relevance._site_answer) ---

AIRPORT = (
    "Malawi's opposition has accused President Lazarus Chakwera's government of hiding the "
    "cost of a new airport in Mzuzu. "
)
BALLOONS = "Lithuania has accused Belarus of flying smuggling balloons into its airspace. "
SURVEY = "Estonia has accused a Russian survey ship of mapping undersea cables in its waters. "


def test_site_perfect_rejection_with_reason_is_the_days(coder: Coder) -> None:
    body = AIRPORT + "The government has rejected the accusations, saying every contract was "
    body += "published online."
    found = answer(coder, body, 1)
    assert found[:1] == [("REJECT", "016", "MWI", "MWI")]
    assert undated_in(coder, body, 1)[0].target.sector == "OPP"  # type: ignore[union-attr]


def test_site_perfect_denial_of_a_clause_with_reason(coder: Coder) -> None:
    body = BALLOONS + "Minsk has denied that any of the balloons came from its territory, "
    body += "saying the claims were invented in Vilnius."
    assert answer(coder, body, 1)[:1] == [("REJECT", "016", "BLR", "LTU")]


def test_site_perfect_denial_of_wrongdoing_with_reason(coder: Coder) -> None:
    body = SURVEY + "Moscow has denied any wrongdoing, insisting the vessel was on a routine "
    body += "voyage to Kaliningrad."
    assert answer(coder, body, 1)[:1] == [("REJECT", "016", "RUS", "EST")]


def test_site_perfect_dismissal_as_with_reason(coder: Coder) -> None:
    body = BALLOONS + "The Belarusian foreign ministry has dismissed the allegations as "
    body += "absurd, arguing that no such flights were ever detected by its radars."
    assert answer(coder, body, 1)[:1] == [("REJECT", "016", "BLR", "LTU")]


def test_site_bare_perfect_denial_stays_standing(coder: Coder) -> None:
    """Near miss: "has denied any wrongdoing." with no reason given is the standing position
    (point 2)."""
    assert answer(coder, SURVEY + "Moscow has denied any wrongdoing.", 1) == []


def test_site_perfect_denial_with_habit_stays_standing(coder: Coder) -> None:
    """Near miss: "has long denied ..., saying" is a habit, whatever reason follows."""
    body = SURVEY + "Moscow has long denied any wrongdoing, saying its ships sail lawfully."
    assert answer(coder, body, 1) == []


def test_agency_perfect_denial_with_reason_stays_background(coder: Coder) -> None:
    """Near miss: agency copy (a dateline) keeps its perfect denial background (point 2)."""
    body = (
        "TALLINN, March 4 (Reuters) - " + SURVEY + "Moscow has denied any wrongdoing, saying "
        "the vessel was on a routine voyage."
    )
    assert [e for e in article(coder, body) if e.sentence_index == 1] == []
