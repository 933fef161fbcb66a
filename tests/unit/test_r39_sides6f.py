"""Round 39, wrong parties in news-site copy (sides6f), tested on sentences written for them.

- "Foreign embassies, including those of Japan and Germany, asked all sides": the list
  after "including" names the countries of a body that is no country's, and its first-named
  party acts for it, as in a listed subject ("Britain, France and Germany warned";
  `roles._included` in `roles._first_conjunct`), not the one nearest the verb; a country
  heading the list ("Germany and several allies, including Japan, ...") stays the subject.
- "Two party leaders were given long prison terms", "Several of them were bundled into vans":
  a term or sentence a legal act's phrase names is the courts' of the article's country as
  "sentenced" is, and people bundled away in the passive are held by its police
  (`roles.SENTENCED`, `roles.ARRESTED`). "They were released two hours later": people of the
  article's country set free in the passive with no agent are released by its state
  (`roles._passive_release` in `roles.sentenced_here`); released by a party named, or of
  another country than the article's, they stay as they were.
- "Chancellor X asked President Y to call an election. Mr Y agreed": an agreement with no
  object answers the asker of the sentence before (`coder._agreed_to`) also when both are
  people of one state's organ, coded alike, each named (`coder._two_named`); the asker
  agreeing, or a pronoun, still answers no one.
- "Opposition foreign affairs spokesman Kenji Sato": a portfolio spokesman's title ("defence
  spokesman", "foreign affairs spokesman", `data/agents.tsv`) joins the name as "Opposition
  spokesman X" does. Such a figure, with no country but the story's borrowed, pressing or
  reproaching a state named with its own country is of that state's opposition
  (`coder._own_opposition`); a bare "the opposition", or a state with no country of its own
  named ("the government"), keeps the story's.
- "Islamic State claimed the raid. Chadian troops clashed with the insurgents": a bare armed
  sector that stands for the international group named before (CAMEO's `IMG` codes) is the
  group of the country the story is set in, as the group is when a dateline or the sentence
  places it (`references._named`; docs/labelling.md, section 2: armed groups take the
  country they act in); a story that names no country leaves it with none.
"""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import actor_index, coded_as, codes, evaluation_coder, sides_of, undated_in

coder = evaluation_coder
index = actor_index

CLASH = "Protesters clashed with police in Lusaka on Tuesday after a disputed vote count. "


def _first(coder: Coder, body: str, at: int) -> tuple[str, str | None, str | None]:
    event = undated_in(coder, body, at)[0]
    return (event.cameo_code, *sides_of(event))


def test_the_first_party_of_an_including_list_acts_for_its_body(coder: Coder) -> None:
    body = CLASH + (
        "Foreign embassies in Lusaka, including those of Japan and Germany, issued a statement "
        "asking all sides to avoid violence."
    )
    assert _first(coder, body, 1)[1] == "JPN"
    listed = (
        CLASH + "Several governments, including Canada, Norway and Japan, urged the Zambian "
        "authorities to show restraint."
    )
    assert _first(coder, listed, 1)[1:] == ("CAN", "ZMB")


def test_a_country_heading_the_list_stays_the_subject(coder: Coder) -> None:
    # the list names the allies' countries; Germany, named before it, heads the subject
    body = (
        CLASH + "Germany and several allies, including Japan and Canada, urged the Zambian "
        "authorities to show restraint."
    )
    assert _first(coder, body, 1)[1:] == ("DEU", "ZMB")


RALLY = "Police in Lusaka broke up an opposition rally on Saturday. "


def test_a_term_given_in_the_passive_is_the_court_s(coder: Coder) -> None:
    body = RALLY + "Two senior members of the party were given long prison terms on Monday."
    event = undated_in(coder, body, 1)[0]
    assert event.cameo_root == "17"
    assert event.source is not None and event.source.code == "ZMBJUD"
    # a term with no legal act is no court's: "given the terms of the deal" codes no 17
    offer = RALLY + "The opposition was given the terms of the deal on Monday."
    assert all(e.cameo_root != "17" for e in undated_in(coder, offer, 1))


def test_people_bundled_away_in_the_passive_are_held_by_the_police(coder: Coder) -> None:
    body = RALLY + "Several of the lawmakers were bundled into police vans and driven away."
    event = undated_in(coder, body, 1)[0]
    assert event.cameo_root == "17"
    assert event.source is not None and event.source.code == "ZMBCOP"


DETAINED = RALLY + "Several of the lawmakers were detained. "


def test_people_released_in_the_passive_are_released_by_their_state(coder: Coder) -> None:
    event = undated_in(coder, DETAINED + "They were released late on Sunday.", 2)[0]
    assert event.cameo_code == "0841"
    assert sides_of(event) == ("ZMB", "ZMB")
    assert event.source is not None and event.source.code == "ZMBGOV"


def test_a_release_by_a_party_named_keeps_its_maker(coder: Coder) -> None:
    event = undated_in(coder, DETAINED + "Police released them late on Sunday.", 2)[0]
    assert event.cameo_code == "0841"
    assert event.source is not None and event.source.code == "ZMBCOP"


def test_foreigners_released_are_not_given_the_story_s_state(coder: Coder) -> None:
    body = DETAINED + "Two Danish journalists were released late on Sunday."
    found = undated_in(coder, body, 2)
    assert coded_as(found) == [("RETREAT", "0841", None, "DNKMED")]


ASKED = (
    "Prime Minister Andrej Plenkovic asked President Zoran Milanovic to call an early election. "
)


def test_an_agreement_answers_another_named_person_of_the_same_organ(coder: Coder) -> None:
    body = ASKED + "Mr Milanovic agreed, and said the vote would be held in June."
    event = undated_in(coder, body, 1)[0]
    assert event.cameo_code == "030"
    assert event.target is not None and event.target.text == "Prime Minister Andrej Plenkovic"


def test_an_agreement_by_the_asker_or_a_pronoun_of_its_organ_has_no_target(
    coder: Coder,
) -> None:
    # the asker agreeing, or "He" (one of the two, either of them): no party to answer
    for agreer in ("Plenkovic", "He"):
        body = ASKED + agreer + " agreed, and said the vote would be held in June."
        event = undated_in(coder, body, 1)[0]
        assert event.cameo_code == "030"
        assert event.target is None


BOMBERS = (
    "Two Russian bombers flew close to Hokkaido on Monday, Russia's defence ministry said. "
    "Moscow called the flights routine and said Russian crews had kept to international rules. "
)


def test_a_portfolio_spokesman_of_the_opposition_is_one_actor(index: ActorIndex) -> None:
    found = codes(index, "Opposition foreign affairs spokesman Kenji Sato spoke.", date(2024, 5, 1))
    assert found == {"Opposition foreign affairs spokesman Kenji Sato": "OPP"}


def test_a_named_opposition_figure_is_of_the_state_it_reproaches(coder: Coder) -> None:
    body = BOMBERS + (
        "Opposition foreign affairs spokesman Kenji Sato accused the Japanese government of a "
        "weak response."
    )
    event = undated_in(coder, body, 2)[0]
    assert event.source is not None and event.source.code == "JPNOPP"
    assert sides_of(event) == ("JPN", "JPN")


def test_a_bare_opposition_or_a_bare_government_keeps_the_story_s_country(coder: Coder) -> None:
    bare = BOMBERS + "The opposition accused the Japanese government of a weak response."
    assert sides_of(undated_in(coder, bare, 2)[0]) == ("RUS", "JPN")
    unnamed = BOMBERS + (
        "Opposition foreign affairs spokesman Kenji Sato accused the government of a weak response."
    )
    assert sides_of(undated_in(coder, unnamed, 2)[0]) == ("RUS", "RUS")


def test_an_opposition_figure_of_its_own_country_or_a_meeting_or_a_people_stays(
    coder: Coder,
) -> None:
    # a known figure keeps the country the index gives him
    known = BOMBERS + "Opposition leader Peter Dutton accused the Japanese government of delays."
    assert sides_of(undated_in(coder, known, 2)[0]) == ("AUS", "JPN")
    # a meeting is no pressing of a state; fishermen are no state
    met = BOMBERS + "Opposition foreign affairs spokesman Kenji Sato met the Japanese ambassador."
    assert sides_of(undated_in(coder, met, 2)[0])[0] == "RUS"
    people = BOMBERS + (
        "Opposition foreign affairs spokesman Kenji Sato accused Japanese fishermen of lying."
    )
    assert sides_of(undated_in(coder, people, 2)[0])[0] == "RUS"


def test_insurgents_standing_for_an_international_group_are_of_the_story_s_country(
    coder: Coder,
) -> None:
    body = (
        "Jihadists stormed an army post in Niger's Tillaberi region on Sunday. Islamic State "
        "claimed the raid in a statement. Chadian troops clashed with the insurgents on Monday."
    )
    event = undated_in(coder, body, 2)[0]
    assert event.target is not None and event.target.code.startswith("IMG")
    assert sides_of(event) == ("TCD", "NER")


def test_an_international_group_in_a_story_of_no_country_keeps_none(coder: Coder) -> None:
    body = "Al-Qaeda claimed the bombing in a statement. Troops clashed with the militants."
    event = undated_in(coder, body, 1)[0]
    assert event.target is not None and event.target.code.startswith("IMG")
    assert event.target.country is None
