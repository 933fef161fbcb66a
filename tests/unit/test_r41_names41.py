"""Round 41, persons given the wrong name or country (names41), tested on sentences written
for them.

- "Trade Minister Ahn Dok-geun": a person's name after a title ends after the lower-case part
  of a hyphenated given name or surname (`actors._NAME_TAIL`), as Korean and Vietnamese names
  are often spelt, not at the hyphen ("Trade Minister Ahn Dok"); a compound's suffix after a
  name ("Ruto-led", "the Marcos-era") is no part of the name.
- "Peru's defence minister told reporters that his security agencies had accused ...": a bare
  body after "his" or "her" (a lower-case word or two between) belongs to the person the
  pronoun stands for, as one after "its" or "their" already did (`references._possessed`),
  not to the country the article names most; a plural title ("reporters") or a name of no
  known country gives way to the last singular titled party before it
  (`references._titled_owner`).
- "Vice Foreign Minister Ignacio Higueras summoned Chile's ambassador": a person named with a
  bare title borrows the country the story names most; acting on that very state (named
  whole, or its envoy named with it) they are of the other side, as a bare title already was
  (`coder._title_not_of_target`, `_states_envoy`). Not when no other side is known (a story of
  one country) nor for approving or cooperative acts (CAMEO 04-08), which a leader as often
  does at home.
"""

from __future__ import annotations

import pytest

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import actor_index, evaluation_coder, site_first

index = actor_index
coder = evaluation_coder

# a news site's story told from Chile, which it names most, with no dateline
EXPULSION = (
    "Chile on Wednesday ordered two Peruvian consuls to leave Santiago within a week, and "
    "Chile's interior ministry said the pair had met smugglers near Arica. "
)


def _texts(index: ActorIndex, text: str) -> list[str]:
    return [match.actor.text for match in index.find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Trade Minister Ahn Dok-geun flew to Santiago on Monday for talks on copper.",
            "Trade Minister Ahn Dok-geun",
        ),
        (
            "Deputy Prime Minister Tran Luu-quang told reporters in Hanoi that rice exports "
            "would resume.",
            "Deputy Prime Minister Tran Luu-quang",
        ),
        (
            "Defence Minister Shin Won-sik and Foreign Minister Yoon Ji-hye met their Peruvian "
            "counterparts.",
            "Foreign Minister Yoon Ji-hye",
        ),
    ],
)
def test_hyphenated_given_name_is_whole(index: ActorIndex, text: str, name: str) -> None:
    assert name in _texts(index, text)


def test_capitalised_second_part_still_joins(index: ActorIndex) -> None:
    # near miss: a double-barrelled name with a capital after the hyphen was already whole
    text = "Interior Minister Rosa Vidal-Ortega ordered an inquiry into the shooting."
    assert "Interior Minister Rosa Vidal-Ortega" in _texts(index, text)


@pytest.mark.parametrize("suffix", ["led", "era", "backed"])
def test_compound_suffix_is_not_the_name(index: ActorIndex, suffix: str) -> None:
    # near miss: "Minister Odhiambo-led" is the minister and a compound, not a longer name
    text = f"Finance Minister Wekesa Odhiambo-{suffix} reforms were debated in Nairobi."
    found = _texts(index, text)
    assert not any(f"-{suffix}" in name for name in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Peru's defence minister, Walter Astudillo, told reporters that his security agencies "
        "had accused the Chilean government of spying.",
        "Peru's foreign minister, Ana Cecilia Gervasi, told reporters that her security "
        "agencies had accused the Chilean government of spying.",
    ],
)
def test_body_after_his_or_her_is_the_persons(coder: Coder, text: str) -> None:
    assert site_first(coder, EXPULSION + text, 1) == ("112", "PER", "CHL")


def test_body_after_his_follows_its_owner(coder: Coder) -> None:
    # near miss: the owner is of the story's own country, whose body it stays
    text = (
        "Chile's interior minister, Luis Cordero, told reporters that his security agencies had "
        "accused the Peruvian consuls of spying."
    )
    assert site_first(coder, EXPULSION + text, 1) == ("112", "CHL", "PER")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Vice Foreign Minister Ignacio Higueras summoned Chile's ambassador to explain the "
            "expulsions.",
            "114",
        ),
        (
            "Vice Foreign Minister Ignacio Higueras accused Chile of breaking a consular treaty.",
            "112",
        ),
    ],
)
def test_bare_titled_person_is_of_the_other_side(coder: Coder, text: str, code: str) -> None:
    assert site_first(coder, EXPULSION + text, 1) == (code, "PER", "CHL")


def test_bare_titled_person_praising_at_home_keeps_the_story_country(coder: Coder) -> None:
    # near miss: approval is as often a leader's at home
    text = "Interior Minister Luis Cordero praised Chile's handling of the affair on Thursday."
    assert site_first(coder, EXPULSION + text, 1) == ("051", "CHL", "CHL")


def test_bare_titled_person_of_a_one_country_story_keeps_a_maker(coder: Coder) -> None:
    # near miss: a story of one country, no other side is known, and the maker is not dropped
    text = "Interior Minister Luis Cordero accused Chile of failing its border towns."
    assert site_first(coder, text, 0) == ("112", "CHL", "CHL")
