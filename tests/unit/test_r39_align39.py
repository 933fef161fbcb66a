"""Round 39, align39: the coder follows the labelling guide's new lines (docs/labelling.md,
commit 094a82d). A watchdog's national section ("Amnesty International Uganda") takes its
country (section 2); a resignation told in a story's body is no act, in agency copy as in a news
site's (point 25); an inquiry in a story's copy is no act (point 24: root 09 is not labelled); a
curfew or state of emergency declared along a border or over an armed group's violence is on the
country's own people, not on the neighbour or the group (point 17); a protest aimed at the
protesters' own side is against the government (section 2: the place is no target). Each has a
near miss that keeps its old reading. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, recommended_coder, sides_of, undated

coder = recommended_coder

LUSAKA = "LUSAKA, March 3 (Reuters) - Zambian police shot dead a marcher in Lusaka on Tuesday. "


def dyads(found: list) -> list[tuple[int, str, str | None, str | None, str | None]]:
    """(sentence, CAMEO code, source country, target country, target sector) of each event."""
    return [
        (e.sentence_index, e.cameo_code, *sides_of(e), e.target.sector if e.target else None)
        for e in found
    ]


def test_a_watchdogs_national_section_takes_its_country(coder: Coder) -> None:
    text = "Amnesty International Uganda accused the police of beating peaceful marchers in Gulu."
    (found,) = events(coder, text)
    assert (found.cameo_code, *sides_of(found)) == ("112", "UGA", "UGA")
    assert found.source is not None and found.source.sector == "NGO"


def test_the_international_watchdog_itself_stays_of_no_country(coder: Coder) -> None:
    text = "Amnesty International accused the Ugandan police of beating peaceful marchers in Gulu."
    (found,) = events(coder, text)
    assert (found.cameo_code, *sides_of(found)) == ("112", None, "UGA")


def test_a_resignation_in_agency_copy_is_no_act(coder: Coder) -> None:
    body = LUSAKA + "The interior minister resigned on Wednesday after the shooting was filmed."
    assert [d[:2] for d in dyads(article(coder, body))] == [(0, "193")]


def test_a_resignation_coded_alone_keeps_its_code(coder: Coder) -> None:
    text = "The Zambian interior minister resigned on Wednesday after the shooting."
    assert [e.cameo_code for e in events(coder, text)] == ["0831"]


def test_a_concession_in_agency_copy_stays(coder: Coder) -> None:
    body = LUSAKA + "The government bowed to the marchers' main demand on Wednesday."
    assert (1, "083") in [d[:2] for d in dyads(article(coder, body))]


def test_an_inquiry_naming_no_suspect_in_a_story_is_no_act(coder: Coder) -> None:
    body = LUSAKA + "The police said they had opened an inquiry into the shooting."
    assert [d[:2] for d in dyads(article(coder, body))] == [(0, "193")]


def test_arrests_over_the_shooting_stay_in_the_story(coder: Coder) -> None:
    body = LUSAKA + "The police said they had arrested two officers over the shooting."
    assert (1, "173") in [d[:2] for d in dyads(article(coder, body))]


def test_an_inquiry_coded_alone_keeps_root_09(coder: Coder) -> None:
    text = "The United Nations sent a team to Zambia to investigate the shooting of a marcher."
    assert "090" in [e.cameo_code for e in events(coder, text)]


def test_an_emergency_along_a_border_is_on_the_countrys_own_people(coder: Coder) -> None:
    body = "Uruguay declared a state of emergency in the towns on the border with Brazil on Monday."
    assert dyads(undated(coder, body)) == [(0, "1724", "URY", "URY", "CVL")]


def test_a_border_closed_to_a_neighbour_stays_aimed_at_it(coder: Coder) -> None:
    body = "MONTEVIDEO, June 4 (Reuters) - Uruguay closed its border with Brazil on Tuesday."
    assert dyads(article(coder, body))[0][:4] == (0, "191", "URY", "BRA")


def test_an_emergency_over_gang_violence_is_on_the_countrys_own_people(coder: Coder) -> None:
    body = (
        "TEGUCIGALPA, June 4 (Reuters) - The Honduran government declared a state of emergency "
        "on Tuesday over the violence of criminal gangs."
    )
    assert dyads(article(coder, body)) == [(0, "1724", "HND", "HND", "CVL")]


def test_a_curfew_put_on_gang_members_stays_on_them(coder: Coder) -> None:
    body = (
        "TEGUCIGALPA, June 4 (Reuters) - Honduran police imposed a curfew on gang members in two "
        "towns on Tuesday."
    )
    assert dyads(article(coder, body)) == [(0, "1723", "HND", "HND", "CRM")]


ZAMBIA_LEAD = (
    "LUSAKA, March 3 (Reuters) - Supporters of Zambia's opposition leader clashed with police in "
    "Lusaka on Tuesday after he was barred from the election. "
)


def test_a_rally_outside_parliament_is_against_the_government(coder: Coder) -> None:
    body = (
        ZAMBIA_LEAD
        + "Hundreds of protesters rallied outside parliament in Lusaka once the result was read."
    )
    assert dyads(article(coder, body))[-1] == (1, "141", "ZMB", "ZMB", "GOV")


def test_an_opposition_march_is_against_the_government(coder: Coder) -> None:
    body = (
        "LUSAKA, March 3 (Reuters) - Several hundred opposition supporters marched in Kitwe to "
        "demand the release of party activists held since May."
    )
    assert dyads(article(coder, body)) == [(0, "141", "ZMB", "ZMB", "GOV")]


def test_a_protest_against_another_side_keeps_it(coder: Coder) -> None:
    body = (
        "LUSAKA, March 3 (Reuters) - Hundreds of farmers protested against the opposition party "
        "in Lusaka on Saturday."
    )
    assert dyads(article(coder, body)) == [(0, "140", "ZMB", "ZMB", "OPP")]
