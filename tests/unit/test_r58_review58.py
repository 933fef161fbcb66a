"""Round 58 (review58): guards of round 57's rules that no test failed without.

Each test pins one guard of a round-57 rule (`existence.trailing_charge`,
`existence.recorded_scene`, `existence._hazard_clause`, `existence.deed_relative`,
`relevance._copula_description`), read on the words of a sentence written for it; one pins the
hazard rule after an opening phrase, which a guard with no test had kept from it ("On Friday,
Storm Boris hit Poland, killing four people" was Poland's army killing its people)."""

from __future__ import annotations

from tensionwatch.domain import existence
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import tokenize
from tensionwatch.domain.relevance import (
    _copula_description,
    _done_under_deal,
    _every_opening,
    _own_campaign_launched,
    _since_then,
)
from tests.unit.coding import events, recommended_coder

coder = recommended_coder


def _head(sentence: str, word: str) -> tuple[list[str], int]:
    words = tokenize(sentence).words
    return words, words.index(word)


def test_a_charge_before_the_main_verb_is_no_trailing_charge() -> None:
    assert existence.trailing_charge(
        *_head("Two men were held in Kampala, accused of rioting.", "accused")
    )
    # no comma before it: the subject's own description, not a clause closed by a comma
    words, head = _head("Two men accused of rioting were held in Kampala.", "accused")
    assert not existence.trailing_charge(words, head)


def test_an_accusation_with_its_object_after_a_comma_is_no_trailing_charge() -> None:
    sentence = "Uganda recalled its envoy, accused Kenya of arming rebels and closed the border."
    assert not existence.trailing_charge(*_head(sentence, "accused"))


def test_a_recordings_scene_is_a_participle() -> None:
    assert existence.recorded_scene(*_head("Footage showed police beating students.", "beating"))
    # a past verb after the showing verb is no scene the recording holds
    words, head = _head("Footage showed police arrested dozens of students.", "arrested")
    assert not existence.recorded_scene(words, head)


def test_a_hazards_toll_after_an_opening_phrase_is_no_attack(coder: Coder) -> None:
    sentence = "On Friday, Storm Boris hit Poland, killing four people."
    assert existence._hazard_clause(*_head(sentence, "killing"))
    assert not any(e.cameo_root in ("18", "19", "20") for e in events(coder, sentence))


def test_a_storm_of_protest_is_no_hazard() -> None:
    sentence = "A storm of protest swept the capital, forcing the minister to resign."
    assert not existence._hazard_clause(*_head(sentence, "forcing"))


def test_another_clause_after_the_hazards_phrase_keeps_its_participle() -> None:
    sentence = "After the floods, rebels struck the town, killing two soldiers."
    assert not existence._hazard_clause(*_head(sentence, "killing"))


def test_a_hazard_with_no_verb_of_impact_keeps_the_participle() -> None:
    sentence = "Heavy snow closed the pass, forcing the rebels to surrender to the army."
    assert not existence._hazard_clause(*_head(sentence, "forcing"))


def test_a_deed_relative_is_told_in_the_past() -> None:
    assert existence.deed_relative(
        *_head("The agency, which closed the border, said so.", "closed")
    )
    # the present: what the party does, no deed the story has told
    words, head = _head("The agency, which monitors the border, said troops crossed.", "monitors")
    assert not existence.deed_relative(words, head)


def test_a_sentence_opening_on_a_relative_word_has_no_copula_subject() -> None:
    words, first = _head("The day is the one the army shelled the town.", "shelled")
    assert _copula_description(words, first)
    words, first = _head("That is the day the army shelled the town.", "shelled")
    assert not _copula_description(words, first)


def test_a_number_after_has_is_held_too() -> None:
    words, first = _head("The prosecutor has 48 hours to charge him.", "charge")
    assert _copula_description(words, first)


def test_a_copula_before_no_noun_phrase_is_no_description() -> None:
    words, first = _head("Kenya is the country that will deploy police to Haiti.", "deploy")
    assert _copula_description(words, first)
    # "is expected to": no noun phrase after the copula, the act is told as planned
    words, first = _head("Kenya is expected to deploy police to Haiti.", "deploy")
    assert not _copula_description(words, first)


def test_every_after_an_opening_quote_mark_opens_the_sentence() -> None:
    words, first = _head('"Every week the army shells our village," the mayor said.', "shells")
    assert _every_opening(words, first)


def test_every_and_a_present_copula_is_a_generalisation() -> None:
    words, first = _head("Every refugee is a victim of the war the army wages.", "wages")
    assert _every_opening(words, first)


def test_a_semicolon_closes_the_launchs_sentence() -> None:
    words, first = _head(
        "Israel launched its offensive in May, and its jets struck Rafah.", "struck"
    )
    assert _own_campaign_launched(words, first)
    # another sentence joined by a semicolon: its act is no part of the launch
    words, first = _head("Israel launched its offensive in May; its jets struck Rafah.", "struck")
    assert not _own_campaign_launched(words, first)


def test_a_campaign_launched_without_its_possessive_is_no_launch_of_the_story() -> None:
    sentence = "Israel launched its offensive on Rafah, killing 20 people."
    assert _own_campaign_launched(*_head(sentence, "killing"))
    # "launched an offensive": a new one, the news
    sentence = "Israel launched an offensive on Rafah, killing 20 people."
    assert not _own_campaign_launched(*_head(sentence, "killing"))


def test_since_reads_a_past_year_or_month_not_any_opening() -> None:
    assert _since_then(*_head("Since 2023 the army has shelled the town daily.", "shelled"))
    # an event of the story after "Since": no period of the past named
    words, first = _head("Since the ceasefire the army has shelled the town.", "shelled")
    assert not _since_then(words, first)


def test_a_deal_after_an_opening_phrases_comma_is_no_deal_opening() -> None:
    words, first = _head("Under the deal the rebels freed 40 soldiers.", "freed")
    assert _done_under_deal(words, first)
    # "Under pressure," opens the sentence; the deal named after its comma is another clause's
    words, first = _head(
        "Under pressure, the deal was signed and rebels freed 40 soldiers.", "freed"
    )
    assert not _done_under_deal(words, first)
