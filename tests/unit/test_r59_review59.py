"""Round 59 (review59): guards of round 57's rules that no test failed without.

Round 58's review listed them and left them: the lead's `not headline` at four callers of
`relevance._aside` (`_copula_description`, `_every_opening`, `_own_campaign_launched`,
`_done_under_deal`), `_since_period`'s comma, `references._names_it`'s word start and the
capitals of `actors._ship_named_for_place`'s prefix. Each test pins one guard on a sentence
written for it, and fails with that guard removed (checked by mutation). Sentences written for
these tests (none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import tokenize
from tensionwatch.domain.references import _names_it
from tensionwatch.domain.relevance import _since_then, agency_aside
from tests.unit.coding import actor_index, coded_as, evaluation_coder, sides_of, undated_in

index = actor_index
coder = evaluation_coder


def _aside(code: str, sentence: str, word: str, headline: bool) -> bool:
    words = tokenize(sentence).words
    head = words.index(word)
    return agency_aside(code, words, head, head, True, None, headline)


def test_a_copula_description_in_the_lead_is_its_news() -> None:
    sentence = "Chad is the region's largest troop contributor, having deployed soldiers to Niger."
    assert _aside("190", sentence, "deployed", headline=False)
    assert not _aside("190", sentence, "deployed", headline=True)


def test_an_every_opening_in_the_lead_is_its_news() -> None:
    sentence = "Every Friday, farmers protest outside the ministry of agriculture."
    assert _aside("145", sentence, "protest", headline=False)
    assert not _aside("145", sentence, "protest", headline=True)


def test_a_campaign_launched_in_the_lead_is_its_news() -> None:
    sentence = "The army launched its offensive after rebels killed 20 villagers."
    assert _aside("190", sentence, "killed", headline=False)
    assert not _aside("190", sentence, "killed", headline=True)


def test_a_deed_done_under_a_deal_in_the_lead_is_its_news() -> None:
    sentence = "Under the ceasefire the rebels freed 40 prisoners."
    assert _aside("081", sentence, "freed", headline=False)
    assert not _aside("081", sentence, "freed", headline=True)


def test_since_reads_its_period_before_the_opening_phrases_comma() -> None:
    words = tokenize("Since March police have arrested 300 people.").words
    assert _since_then(words, words.index("arrested"))
    # the month after the comma is the main clause's, no period the opening phrase names
    words = tokenize("Since the truce, police in March have arrested 300 people.").words
    assert not _since_then(words, words.index("arrested"))


def test_what_it_called_starts_a_word() -> None:
    text = "Kenya denounced what it called an assault."
    at = text.index(" it ") + 1
    assert _names_it(text, at, at + 2)
    # "somewhat it ...": "what" ends another word, no naming of a thing
    text = "The reform went somewhat it called too far."
    at = text.index(" it ") + 1
    assert not _names_it(text, at, at + 2)


def test_a_ships_prefix_is_written_in_capitals(index: ActorIndex) -> None:
    found = [(m.actor.text, m.actor.code) for m in index.find("HMAS Adelaide left Perth.")]
    assert found[0] == ("HMAS Adelaide", "AUSMIL")
    # an office of one country before a one-word place: the place stays a party of its own
    found = [(m.actor.text, m.actor.code) for m in index.find("The Taoiseach Cork visit ended.")]
    assert found == [("Taoiseach", "IRLGOV"), ("Cork", "IRL")]


# coder._pact_welcomed reads the participles targets.CHARGING lists (", charging X with" as
# ", accusing X of"), no longer a copy of them without "charging"
def test_an_agreement_criticised_charging_a_party_aims_at_it(coder: Coder) -> None:
    body = (
        "Fiji's prime minister met Samoa's prime minister in Nadi on Monday, and the two leaders "
        "signed an accord on joint fisheries patrols. Russia's embassy in Suva criticised the "
        "patrol agreement, charging Australia with drawing Pacific nations into a military bloc."
    )
    found = [event for event in undated_in(coder, body, 1) if event.cameo_code == "111"]
    assert found and sides_of(found[0]) == ("RUS", "AUS"), coded_as(found)
