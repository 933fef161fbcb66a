"""Round 46 (roles46): the parties of acts read from attribution, possession and where a story is
set: the country a bare "police" or "the opposition" of a story with no dateline belongs to (the
places it is set in, not the seat of an international body), ... Sentences written for these
tests."""

from __future__ import annotations

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder, _set_there
from tests.unit.coding import (
    actor_index,
    article,
    events,
    first_dyad,
    recommended_coder,
    sides_of,
    undated_in,
)

coder = recommended_coder
index = actor_index


# --- where a story with no dateline is set (coder._set_there) ---

# A site story of Gabon told with no dateline: a UN agency "in Geneva" speaks last. Before
# round 46 Geneva was the only place the story was set "in", so a bare opposition was Swiss.
SEAT_STORY = (
    "Gabonese gendarmes used batons to break up a sit-in by dismissed customs workers.\n"
    "The sit-in had been banned by the interior ministry.\n"
    "Gendarmes arrested 17 union members at the scene, a union official said.\n"
    "The opposition condemned the arrests.\n"
    "The International Labour Organization in Geneva called on the Gabonese authorities to "
    "free the workers."
)


def test_seat_of_an_international_body_sets_no_story(coder: Coder) -> None:
    """ "The International Labour Organization in Geneva": where the agency sits, not where
    the story is set; the opposition is the story's own (Gabon's)."""
    found = undated_in(coder, SEAT_STORY, 0)
    assert found and sides_of(found[0]) == ("GAB", "GAB")
    found = undated_in(coder, SEAT_STORY, 3)
    assert found and sides_of(found[0])[0] == "GAB"


def test_a_place_the_story_is_set_in_still_counts(index: ActorIndex) -> None:
    """Near miss: a place "in" which something happens after an international body's name
    but not right after it still sets the story there; right after it, it is the body's seat."""
    for text, expected in (
        ("The International Labour Organization said dockers had walked out in Geneva.", True),
        ("The International Labour Organization in Geneva said dockers had walked out.", False),
    ):
        found = index.find(text)
        seat = next(m.end for m in found if m.actor.code.startswith("IGO"))
        place = next(m for m in found if m.actor.country == "CHE")
        assert _set_there(text, place, seat) is expected, text


# The same kind of story whose local scene is a body named with its town ("Police in
# Libreville").
BODY_STORY = (
    "Police in Libreville used batons on dockers blocking the port gates.\n"
    "The dockers' union said the blockade would resume every Friday until the contracts were "
    "signed.\n"
    "Police arrested 17 dockers at the gates, a union official said.\n"
    "Exiled opposition leaders gathered in Paris to discuss the arrests."
)


def test_a_body_named_with_its_town_sets_the_story(coder: Coder) -> None:
    """ "Police in Libreville": the story is set in Gabon as surely as "a march in Libreville"
    sets it; a meeting "in Paris" later does not make the bare police France's."""
    found = undated_in(coder, BODY_STORY, 2)
    assert found and sides_of(found[0]) == ("GAB", "GAB")


def test_a_body_without_its_town_sets_nothing(index: ActorIndex) -> None:
    """Near miss: "Gabonese gendarmes" name their country, not a place they act in."""
    for text, expected in (
        ("Police in Libreville used batons.", True),
        ("Gabonese gendarmes used batons.", False),
    ):
        police = next(m for m in index.find(text) if m.actor.sector == "COP")
        assert _set_there(text, police, -1) is expected, text


# --- ", where some threw ...": the place is no party (roles._where_some) ---


def test_part_of_a_crowd_where_acts_for_the_crowd(coder: Coder) -> None:
    """ "marched to the town hall in Tartu, where some threw bottles at the police": the
    marchers throw, not the town (the labelling guide, section 2: places are not parties)."""
    text = (
        "Several thousand farmers marched to the town hall in Tartu, where some threw "
        "bottles at the police."
    )
    riot = [e for e in events(coder, text) if e.cameo_code == "145"]
    assert riot and riot[0].source is not None and riot[0].source.text == "farmers"


def test_where_with_a_subject_of_its_own_keeps_it(coder: Coder) -> None:
    """Near miss: "flew to Tartu, where police detained two farmers": the clause names its
    own doer, the police."""
    text = "The minister flew to Tartu, where police detained two farmers."
    arrest = [e for e in events(coder, text) if e.cameo_code.startswith("17")]
    assert arrest and arrest[0].source is not None and arrest[0].source.sector == "COP"


# --- a passive arrest a foreign service reports (coder._detained_abroad) ---


def test_foreign_ministry_reporting_arrests_abroad_is_no_doer(coder: Coder) -> None:
    """ "Three aid workers were detained in Dushanbe, Kyrgyzstan's foreign ministry said": the
    ministry reports; the arrest is the police's of the state it was made in."""
    text = "Three aid workers were detained in Dushanbe, Kyrgyzstan's foreign ministry said."
    assert first_dyad(coder, text) == ("COERCE", "173", "TJK", "TJK")


def test_interior_ministry_reporting_its_own_arrests_is_the_doer(coder: Coder) -> None:
    """Near miss: "..., Tajikistan's interior ministry said": a body that arrests reports its
    own arrests (the labelling guide, point 21)."""
    text = "Three aid workers were detained in Dushanbe, Tajikistan's interior ministry said."
    found = events(coder, text)
    assert found and found[0].source is not None
    assert found[0].source.text == "Tajikistan's interior ministry"


# --- a party owned by a named state (references._owners_party) ---

# Filed from one state of a pair; the other state's opposition party speaks.
OWNED_PARTY_STORY = (
    "SUVA, March 3 (Reuters) - New Zealand and Fiji signed a fisheries pact on Monday.\n"
    "New Zealand's opposition Greens condemned the pact as a giveaway."
)


def test_party_after_its_states_opposition_is_that_states(coder: Coder) -> None:
    """ "New Zealand's opposition Greens" in a story filed from Suva: New Zealand's party, not
    the dateline's."""
    found = article(coder, OWNED_PARTY_STORY)
    condemned = [e for e in found if e.sentence_index == 1]
    assert condemned and sides_of(condemned[0])[0] == "NZL"


def test_party_after_a_foreign_speaker_keeps_its_story(coder: Coder) -> None:
    """Near miss: "Fiji's opposition Greens" in the same story: the owner is the dateline's
    state, and its party stays that state's."""
    story = OWNED_PARTY_STORY.replace(
        "New Zealand's opposition Greens condemned the pact as a giveaway.",
        "Fiji's opposition Greens condemned the pact as a giveaway.",
    )
    found = article(coder, story)
    condemned = [e for e in found if e.sentence_index == 1]
    assert condemned and sides_of(condemned[0])[0] == "FJI"


# --- a possessive surname that is also a capital (references._states_own, _surname_of) ---


def test_possessive_surname_is_the_person_not_the_capital(coder: Coder) -> None:
    """ "Lima's former chief of staff" after "Governor Renata Lima": hers (Brazil's), not
    Peru's capital's."""
    body = (
        "Hundreds marched in Brasilia against Governor Renata Lima.\n"
        "Lima's former chief of staff was arrested by police."
    )
    found = undated_in(coder, body, 1)
    assert found and sides_of(found[0]) == ("BRA", "BRA")


def test_possessive_capital_with_no_such_person_stays_the_state(coder: Coder) -> None:
    """Near miss: with no Lima named before, "Lima's former chief of staff" is Peru's."""
    body = (
        "Hundreds marched in Brasilia against the governor.\n"
        "Lima's former chief of staff was arrested by police."
    )
    found = undated_in(coder, body, 1)
    assert found and sides_of(found[0])[1] == "PER"


# --- the maker of an offer named inside the trigger (coder._maker_in_trigger) ---

OFFER_STORY = (
    "TBILISI, June 4 (Reuters) - Georgia's president accused Russia on Tuesday of cutting "
    "power to the country's north.\n"
    "The Kremlin rejected the accusation.\n"
    "The breakaway region's leader Arkady Shelia turned down an offer from Tbilisi to help "
    "the region buy diesel, calling it a stunt.\n"
)


def test_offer_from_a_capital_is_aimed_at_its_maker(coder: Coder) -> None:
    """ "turned down an offer from Tbilisi to help": the offer's maker is the target, though
    it is the rejecter's own country (a breakaway region's leader), not the story's other
    state (Russia)."""
    found = [e for e in article(coder, OFFER_STORY) if e.sentence_index == 2]
    assert found and found[0].cameo_code == "122"
    assert found[0].target is not None and found[0].target.text == "Tbilisi"


def test_offer_with_no_maker_goes_to_the_counterpart(coder: Coder) -> None:
    """Near miss: "turned down an offer to help" names no maker; the target is left to the
    article (the last act's other side)."""
    story = OFFER_STORY.replace("an offer from Tbilisi to help", "an offer to help")
    found = [e for e in article(coder, story) if e.sentence_index == 2]
    assert found and found[0].target is not None and found[0].target.text != "Tbilisi"
