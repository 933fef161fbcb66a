"""Round 55 (roles55f): parties in news-site copy. People of no country named right after a
meeting held or offered ("held talks with leaders of the union", "willing to meet the
organisers' representatives") or after an appeal by the opposition, a party or a group no word
gave a sector ("the outlawed group X urged workers to ...") are the people of the story's own
country, when the source is of that country (docs/labelling.md section 2: people "take the
country they act in or belong to, from the story"; the addressee of an appeal and the side met
are the target): `roles._met_at_home`, read by `roles._people_acted_on`. Near misses: a foreign
envoy meeting such people, a meeting with a party of another country, an armed group's appeal.
Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, undated_in

coder = recommended_coder

OPENING = (
    "Police in Lesotho arrested 40 people at a rally against the new electricity tariffs "
    "in Maseru on Saturday. "
)


def _second(coder: Coder, sentence: str) -> tuple[str, str | None, str | None, str | None]:
    """(CAMEO code, source country, target country, target sector) of the second sentence's
    first event."""
    found = undated_in(coder, OPENING + sentence, 1)
    assert found, sentence
    event = found[0]
    source, target = event.source, event.target
    return (
        event.cameo_code,
        source.country if source is not None else None,
        target.country if target is not None else None,
        target.sector if target is not None else None,
    )


def test_talks_held_with_the_leaders_of_a_body_of_no_country(coder: Coder) -> None:
    sentence = "The prime minister held talks with leaders of the union on Thursday."
    assert _second(coder, sentence) == ("040", "LSO", "LSO", "CVL")


def test_a_meeting_after_a_fronted_time_phrase(coder: Coder) -> None:
    sentence = "On Thursday the prime minister met leaders of the association behind the rally."
    assert _second(coder, sentence) == ("040", "LSO", "LSO", "CVL")


def test_an_offer_to_meet_the_representatives_of_people(coder: Coder) -> None:
    sentence = (
        "The government said it was willing to meet the organisers' representatives next week."
    )
    assert _second(coder, sentence) == ("036", "LSO", "LSO", "CVL")


def test_an_offer_to_meet_reported_in_the_past_perfect(coder: Coder) -> None:
    sentence = (
        "Organisers said the interior minister had agreed to meet their representatives on Friday."
    )
    assert _second(coder, sentence) == ("036", "LSO", "LSO", "CVL")


def test_an_opposition_appeal_to_workers_is_to_its_own_people(coder: Coder) -> None:
    sentence = "The opposition Basotho Unity Front urged workers to stay home on Monday."
    assert _second(coder, sentence) == ("020", "LSO", "LSO", "CVL")


def test_an_appeal_by_a_group_no_word_gave_a_sector(coder: Coder) -> None:
    sentence = "The outlawed group LECAWU has urged workers to down tools on Monday."
    assert _second(coder, sentence) == ("020", "LSO", "LSO", "CVL")


def test_a_foreign_envoy_meeting_leaders_does_not_meet_his_own_people(coder: Coder) -> None:
    sentence = (
        "South Africa's high commissioner met leaders of the association in Maseru on Tuesday."
    )
    code, source, target, _sector = _second(coder, sentence)
    assert (code, source) == ("040", "ZAF")
    assert target != "ZAF"


def test_a_meeting_with_another_countrys_party_keeps_that_party(coder: Coder) -> None:
    sentence = "The minister met leaders of South Africa's ruling party on Tuesday."
    assert _second(coder, sentence)[:3] == ("040", "LSO", "ZAF")


def test_an_armed_groups_appeal_is_read_as_before(coder: Coder) -> None:
    sentence = "The rebels urged villagers to leave the area."
    assert _second(coder, sentence) == ("025", "LSO", "LSO", "CVL")
