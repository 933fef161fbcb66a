"""Round 35, feedrel23: false events on lines of news-site copy that report no act (sentences
written for these tests; docs/labelling.md, section 1). A perfect act with an adverb of
repetition ("has repeatedly accused"), a habit in news-site copy as in agency copy; the act's
noun as the subject of a verb of origin ("The protests began over ..."); a disease, a flood,
fallen trees or wild animals as the subject of deaths, flight, blocked roads or damage
(data/triggers.tsv discards); an act in a clause that names a past period ("Last month",
"last year", "earlier this year"), as agency copy reads it; a perfect act, a describing
participle or a purpose in a sentence dated years back, and a standing attitude ("remained
committed to"); telephone calls told by their record ("recordings of telephone
conversations") and telephone links restored; a protest a party "said it would hold"; a fire
investigated; "Protest organisers" as a title; a judge's deadline to the prosecutors; each with
a near miss that keeps its act."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import recommended_coder, undated_in

coder = recommended_coder

LEAD = "Thousands of people marched in Lima on Sunday against the new mining law. "


def _body(coder: Coder, text: str, lead: str = LEAD) -> list[TensionEvent]:
    """The events of `text` as the second sentence of an undated news-site report."""
    return undated_in(coder, lead + text, 1)


def _roots(found: list[TensionEvent]) -> list[str]:
    return [event.cameo_code[:2] for event in found]


# --- a perfect act done repeatedly (relevance._background, relevance._perfect_habit) ---


def test_a_repeated_perfect_accusation_is_a_habit(coder: Coder) -> None:
    for text in (
        "President Dina Boluarte, who took office in 2022, has repeatedly accused Bolivia of "
        "stirring up the protests.",
        "The prime minister has often accused the opposition of paying protesters.",
        "Police have repeatedly fired tear gas at the marchers.",
    ):
        assert _body(coder, text) == [], text


def test_a_perfect_accusation_without_the_adverb_keeps_the_act(coder: Coder) -> None:
    # near miss: "has accused" with no adverb of repetition is the story's accusation
    text = "President Dina Boluarte has accused Bolivia of stirring up the protests."
    assert _roots(_body(coder, text)) == ["11"]


def test_a_repeated_accusation_on_a_day_named_keeps_the_act(coder: Coder) -> None:
    # near miss: a day of the story named makes it the day's accusation
    text = (
        "President Dina Boluarte has repeatedly accused Bolivia on Monday of stirring up the "
        "protests."
    )
    assert _roots(_body(coder, text)) == ["11"]


def test_a_past_act_keeps_the_act(coder: Coder) -> None:
    # near miss: the simple past is the day's act
    assert _roots(_body(coder, "Riot police used tear gas on the striking dockers.")) == ["17"]


# --- how an unrest began (relevance._origin_subject) ---

MARCH = "Thousands of people marched in Quito on Sunday against the government. "


def test_the_protests_that_began_are_background(coder: Coder) -> None:
    for text in (
        "The protests began over a yearly bonus for ministers that is nearly twenty times the "
        "average wage.",
        "The street protests started among pupils at two schools in Quito, who refused to pay "
        "the new fares.",
        "The protests erupted over a bonus for ministers that is twenty times the average wage.",
    ):
        assert _body(coder, text, MARCH) == [], text


def test_protests_that_erupted_without_an_article_keep_the_act(coder: Coder) -> None:
    # near miss: "Protests erupted in Quito" is a lead's news, no unrest already told
    text = (
        "Protests erupted in Quito over a bonus for ministers that is twenty times the "
        "average wage."
    )
    assert _roots(_body(coder, text, MARCH)) == ["14"]


# --- a disease or nature as the subject (data/triggers.tsv discards) ---

SACKING = "President Lazarus Chakwera sacked his health minister on Monday. "


def test_deaths_flight_and_damage_from_nature_are_no_act(coder: Coder) -> None:
    for text in (
        "Malawi's last big cholera outbreak, in 2022 and 2023, killed around 1,200 people.",
        "Malawi's measles outbreak killed 12 children in the south.",
        "Malawi's worst floods in years have forced 20,000 people from their homes.",
        "Fallen trees blocked roads across Malawi, and flights were cancelled.",
        "Malawi has about 2,000 elephants, and officials say the animals destroy crops, damage "
        "houses and have killed five people.",
    ):
        assert _body(coder, text, SACKING) == [], text


def test_the_same_deeds_by_people_keep_the_act(coder: Coder) -> None:
    # near misses: soldiers, police and farmers as the subjects
    for text, root in (
        ("Malawian soldiers killed 12 villagers during the cholera outbreak.", "19"),
        ("Police forced 200 people from their homes in Lilongwe.", "17"),
        ("Farmers blocked roads with fallen trees across Malawi.", "14"),
        ("Malawian soldiers destroyed crops in the village, residents said.", "17"),
    ):
        assert _roots(_body(coder, text, SACKING)) == [root], text


# --- a past period named in the act's clause (relevance._period_named in news-site copy) ---

SUMMONS = "Zimbabwe's foreign minister summoned the Zambian ambassador on Tuesday. "
OFFER = (
    "{} the Zambian foreign minister offered to send 500 police officers to Harare after "
    "Zimbabwean lawmakers backed a bill on border controls."
)
CASE = (
    "Harare says the farm is part of its embassy, and {} it took Zambia to the International "
    "Court of Justice over the case."
)


def test_an_act_of_a_past_period_is_background(coder: Coder) -> None:
    for text in (
        OFFER.format("Last month"),
        CASE.format("last year"),
        "The Zimbabwean government proposed earlier this year to tighten border rules, a step "
        "that farmers had long demanded.",
    ):
        assert _body(coder, text, SUMMONS) == [], text


def test_an_act_of_the_story_s_days_keeps_the_act(coder: Coder) -> None:
    # near misses: "earlier this week" and a day named may be the story's own time ("last
    # week" is before it since round 40: docs/labelling.md, section 4, point 30)
    assert _roots(_body(coder, OFFER.format("Earlier this week"), SUMMONS)) == ["03"]
    assert _roots(_body(coder, CASE.format("on Monday"), SUMMONS)) == ["11"]


# --- dated years back, or a stance (relevance._dated_or_standing in news-site copy) ---

VISIT = "Rwanda's president met Mozambique's president in Kigali on Tuesday. "


def test_acts_dated_years_back_or_standing_are_background(coder: Coder) -> None:
    for text in (
        "Rwanda sent troops to Mozambique in 2021, and units of its army have pushed the "
        "insurgents back in Cabo Delgado.",
        "Mr. Okonjo was re-elected in 2019 in a poll that the main rival parties shunned.",
        "Tajikistan, which joined the court in 2000, is obliged under the treaty to arrest "
        "anyone the court has indicted.",
        "Malawi's foreign ministry said the nation remained loyal to the one-China policy but "
        "had every right to seek business ties with Taiwan.",
    ):
        assert _body(coder, text, VISIT) == [], text


def test_the_same_acts_of_the_day_keep_the_act(coder: Coder) -> None:
    # near misses: no year, a day named, the act itself in the past, an offer made
    for text, root in (
        ("Units of the Rwandan army pushed the insurgents back in Cabo Delgado on Monday.", "19"),
        ("Most of the opposition boycotted the vote on Monday.", "14"),
        ("Tajik police arrested a man the court has indicted.", "17"),
        ("Malawi's foreign ministry offered to restore business ties with Taiwan.", "03"),
    ):
        assert root in _roots(_body(coder, text, VISIT)), text


# --- calls told by their record, telephone links (data/triggers.tsv discards) ---


def test_recorded_calls_and_telephone_links_are_no_call(coder: Coder) -> None:
    for text in (
        "For the past two weeks an anonymous account calling itself Kamuzu Leaks has posted "
        "recordings of telephone conversations apparently involving politicians, police "
        "officers and lawyers.",
        "A newspaper in Lilongwe published transcripts of phone calls between the minister and "
        "police officers.",
        "Under the accord the neighbours will reopen consulates, restore telephone lines and "
        "restart direct flights.",
    ):
        assert _body(coder, text, SACKING) == [], text


def test_a_call_held_keeps_the_act(coder: Coder) -> None:
    # near misses: a call the story reports
    for text in (
        "Malawi's president held a telephone conversation with his Zambian counterpart on Monday.",
        "Malawi's president spoke by telephone with the Zambian president on Monday.",
    ):
        assert _roots(_body(coder, text, SACKING)) == ["04"], text


# --- a protest announced (relevance._protest_announced in news-site copy) ---

ARRESTS = "Police in Blantyre arrested two opposition leaders on Sunday. "


def test_a_protest_said_to_come_is_a_plan(coder: Coder) -> None:
    text = (
        "The United Transformation Movement, which leads the ruling party in most polls, said "
        "it would hold further protests every evening until the election."
    )
    assert _body(coder, text, ARRESTS) == []


def test_a_protest_warned_of_or_held_keeps_the_act(coder: Coder) -> None:
    # near misses: a warning is a threat; a protest held is the news
    warned = (
        "The United Transformation Movement warned it would hold further protests every "
        "evening if the leaders were not freed."
    )
    assert "13" in _roots(_body(coder, warned, ARRESTS))
    held = "The United Transformation Movement held further protests in Blantyre."
    assert _roots(_body(coder, held, ARRESTS)) == ["14"]


# --- a fire investigated (data/triggers.tsv discards) ---


def test_a_fire_investigated_is_no_investigation_between_parties_codes_nothing(
    coder: Coder,
) -> None:
    text = (
        "Police said they were investigating whether the fire, which began near a market in "
        "Zomba, had been started deliberately."
    )
    assert _body(coder, text, SACKING) == []
    suspects = (
        "A magistrate in Mzuzu ordered three charcoal sellers to be kept in custody while they "
        "are investigated on suspicion of lighting the bush fires."
    )
    assert _roots(_body(coder, suspects, SACKING)) == []


def test_a_killing_or_an_official_investigated_keeps_the_act(coder: Coder) -> None:
    # near misses: what is investigated is a party's act or a party
    for text in (
        "The United Nations said it was investigating the killing of two aid workers in Zomba.",
        "Malawi's anti-corruption bureau is investigating the health minister over a contract.",
    ):
        assert _roots(_body(coder, text, SACKING)) == ["09"], text


# --- the act's noun in a title (relevance._title_noun in news-site copy) ---


def test_protest_organisers_are_a_title(coder: Coder) -> None:
    for text in (
        "Protest organisers had said before the arrests that they would leave the square on "
        "Friday afternoon.",
        "Protest leaders said on Friday that they would leave the square.",
    ):
        assert _body(coder, text, ARRESTS) == [], text


def test_protest_organisers_who_march_keep_the_act(coder: Coder) -> None:
    # near misses: the organisers' own march or rally is the act
    for text in (
        "Protest organisers staged a march to parliament on Friday.",
        "Protest leaders marched to parliament on Friday.",
    ):
        assert _roots(_body(coder, text, ARRESTS)) == ["14"], text


# --- a judge's deadline to the prosecutors (relevance.court_procedure) ---

CUSTODY = "A court in Lilongwe ordered two officials held in custody on Monday. "


def test_a_deadline_to_the_prosecutors_is_procedure(coder: Coder) -> None:
    text = "The judge gave prosecutors 90 days to complete their investigation."
    assert _body(coder, text, CUSTODY) == []


def test_a_court_s_deadline_or_warning_to_the_government_keeps_the_act(coder: Coder) -> None:
    # near misses: the court's deadline (a demand since round 48: docs/labelling.md, section 3)
    # or threat aimed at a party outside the court
    deadline = "The judge gave the government 30 days to release the detainees."
    assert _roots(_body(coder, deadline, CUSTODY)) == ["10"]
    warned = "The High Court warned the interior minister that it would hold him in contempt."
    assert _roots(_body(coder, warned, CUSTODY)) == ["13"]
