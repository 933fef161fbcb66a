"""Round 34, feedrel22: false events on lines of news-site copy that report no act (sentences
written for these tests; docs/labelling.md, section 1). History dated by a year in an opening
phrase, "once" before the verb, a crowd one is told to keep away from, a market's rally, a plan
in the pluperfect, a poll's finding, an act the body weighs ("The expulsions mark ..."), and
"conceded" of an admission or a game's score; each with a near miss that keeps its act."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import events, recommended_coder, undated_in

coder = recommended_coder

LEAD = "Police in Lima fired tear gas at protesters on Monday. "
APOLOGY = "The government of Ruritania apologised on Monday for abuses in its former colony. "
EXPULSION = "Ruritania expelled six Freedonian diplomats on Monday. "


def _body(coder: Coder, text: str, lead: str = LEAD) -> list[TensionEvent]:
    """The events of `text` as the second sentence of an undated news-site report."""
    return undated_in(coder, lead + text, 1)


def _roots(found: list[TensionEvent]) -> list[str]:
    return [event.cameo_code[:2] for event in found]


# --- an opening phrase that spans years (relevance._years_opening) ---


def test_history_after_a_span_of_years_is_background(coder: Coder) -> None:
    for opening in ("Between 1911 and 1914,", "From 1911 to 1914,"):
        text = f"{opening} colonial troops killed thousands of people in the territory."
        assert _body(coder, text, APOLOGY) == [], opening


def test_a_single_year_opening_keeps_the_act(coder: Coder) -> None:
    # near miss: the article set codes an act dated by one year in a news site's copy
    text = "In 2018, the court jailed two opposition leaders over the protests."
    assert _roots(_body(coder, text, APOLOGY)) == ["17"]


def test_an_opening_place_keeps_the_act(coder: Coder) -> None:
    # near miss: the opening names a place, not a year
    text = "In Cusco, hundreds of farmers blocked roads to demand the minister's resignation."
    assert _roots(_body(coder, text)) == ["14"]


def test_an_opening_week_keeps_the_act(coder: Coder) -> None:
    # near miss: "This week," is the story's time
    assert "17" in _roots(_body(coder, "This week, the government arrested three union leaders."))


# --- "once" before the verb (existence._once_done) ---


def test_once_before_the_verb_is_a_former_time(coder: Coder) -> None:
    assert events(coder, "The general once threatened to invade the neighbouring island.") == []
    text = (
        "Nordlys, the Norwegian solar start-up once praised as the region's reply to Asian "
        "rivals, has closed its last factory."
    )
    assert events(coder, text) == []


def test_once_again_keeps_the_act(coder: Coder) -> None:
    # near miss: "once again" puts "again" before the verb
    found = events(coder, "The general once again threatened to invade the neighbouring island.")
    assert _roots(found) == ["13"]


# --- a crowd one is told to keep away from (existence._kept_away) ---


def test_demonstrations_to_stay_away_from_are_no_protest(coder: Coder) -> None:
    text = (
        "Several governments advised their citizens to stay away from demonstrations in Thai "
        "cities."
    )
    assert _roots(events(coder, text)) == []
    # the rallies to avoid are no protest either; round 49 (false49): an embassy's advice to
    # citizens is safety advice (docs/labelling.md point 33), no appeal coded
    assert _roots(events(coder, "The embassy urged citizens to avoid the rallies.")) == []
    assert _roots(events(coder, "The union urged its members to avoid the rallies.")) == ["02"]


def test_staying_somewhere_to_protest_keeps_the_protest(coder: Coder) -> None:
    # near miss: no "away from"; the protest is the party's own
    found = events(coder, "The opposition stayed in the capital to protest against the bill.")
    assert _roots(found) == ["14"]


# --- a market's rally (data/triggers.tsv discards) ---


def test_a_rally_that_lifted_shares_is_the_market(coder: Coder) -> None:
    text = (
        "The Danish drugmaker overtook a French luxury group on Friday to become the most "
        "valuable company in Europe, capping a rally that has lifted its shares fivefold."
    )
    assert events(coder, text) == []
    assert (
        events(coder, "The Kenyan shilling extended its rally against the dollar on Tuesday.") == []
    )


def test_a_crowd_rally_stays(coder: Coder) -> None:
    # near miss: people join the rally against a bill
    text = "Thousands of Kenyans joined a rally against the tax bill in Nairobi on Tuesday."
    assert _roots(events(coder, text)) == ["14"]


# --- a plan in the pluperfect (relevance._plan_overtaken) ---


def test_a_plan_events_overtook_is_no_act(coder: Coder) -> None:
    assert _body(coder, "The boxer had been due to fight the Mexican champion in June.") == []
    text = "The minister had been due to visit Chile in June before the trip was cancelled."
    assert _body(coder, text) == []


def test_a_vow_to_fight_stays(coder: Coder) -> None:
    # near miss: a vow made now, not a fight on the calendar
    found = _body(coder, "The rebels vowed to fight the army until the end.")
    assert _roots(found) == ["13"]


# --- what a poll showed (relevance._report_finding) ---


def test_what_polls_showed_is_a_finding(coder: Coder) -> None:
    text = "Polls have consistently shown that most Chileans opposed the measure."
    assert _body(coder, text, "Chile's congress passed the pension law on Tuesday. ") == []


def test_opposition_in_the_street_stays(coder: Coder) -> None:
    # near miss: no poll; people opposed the measure in protests
    text = "Thousands of Chileans opposed the measure in street protests, police said."
    found = _body(coder, text, "Chile's congress passed the pension law on Tuesday. ")
    assert found


# --- an act the body weighs (relevance._act_marks) ---


def test_expulsions_that_mark_a_low_are_weighed(coder: Coder) -> None:
    text = "These expulsions mark the worst moment for ties between the neighbours in a decade."
    assert _body(coder, text, EXPULSION) == []


def test_a_government_marking_a_day_by_arrests_stays(coder: Coder) -> None:
    # near miss: the subject is a party, and the arrests are its act
    text = "The government marked the anniversary by arresting 20 activists."
    assert "17" in _roots(_body(coder, text, EXPULSION))


# --- "conceded" of an admission or a game's score (data/triggers.tsv discards) ---


def test_conceded_that_and_conceded_goals_yield_nothing(coder: Coder) -> None:
    assert _body(coder, "The minister conceded that the plan had not worked.") == []
    assert _body(coder, "Peru conceded two goals in the second half.") == []
    assert (
        _body(coder, "The defence, which has conceded only once in five matches, held firm.") == []
    )


def test_conceding_to_demands_stays(coder: Coder) -> None:
    # near miss: yielding to the protesters' demands
    found = _body(coder, "The government conceded to the protesters' demands on Tuesday.")
    assert _roots(found) == ["08"]


# --- an investigator's call for evidence (data/triggers.tsv discards) ---

STABBING = "Two teenagers were charged on Sunday after a shopkeeper was stabbed in Cork. "


def test_a_call_for_witnesses_is_no_appeal(coder: Coder) -> None:
    for text in (
        "Police are appealing for witnesses after two parked cars were set alight.",
        "Police have appealed for information about a grey van seen near the shop.",
        "Detectives urged anyone who saw the attack to contact them.",
    ):
        assert _body(coder, text, STABBING) == [], text


def test_police_urging_protesters_stays(coder: Coder) -> None:
    # near miss: the police appeal to a party of the story
    found = _body(coder, "Police urged protesters to leave the square.", LEAD)
    assert _roots(found) == ["02"]


def test_any_witnesses_and_people_with_information_are_no_appeal(coder: Coder) -> None:
    # the shapes relevance._public_appeal read for the appeal itself, now discards, in a crime
    # story and in a protest story alike
    for lead in (STABBING, LEAD):
        for text in (
            "Police urged any witnesses to contact the station.",
            "Detectives called for witnesses to come forward.",
            "Officers asked people with information to ring a hotline.",
        ):
            assert _body(coder, text, lead) == [], text


def test_calls_for_calm_or_on_protesters_stay_appeals(coder: Coder) -> None:
    # near misses: "called for" and "urged any" of a party or a thing asked for
    assert _roots(_body(coder, "The mayor called for calm in the city.")) == ["02"]
    text = "The mayor urged any protesters still in the square to go home."
    assert _roots(_body(coder, text)) == ["02"]


# --- police patrols in a crime story (relevance._ordinary) ---

CRIME = (
    "Two teenagers were charged on Sunday after a shopkeeper, 54, was stabbed in Cork. "
    "The boys, aged 16 and 17, will appear before magistrates on Monday. "
)


def test_patrols_after_a_crime_are_the_beat(coder: Coder) -> None:
    assert (
        undated_in(coder, CRIME + "Extra officers stepped up patrols near the shop overnight.", 2)
        == []
    )


def test_patrols_around_a_protest_stay(coder: Coder) -> None:
    # near miss: a protest story, no crime frame
    body = (
        "Thousands of protesters marched on parliament in Lima on Monday. "
        "Police fired tear gas at the crowd. "
        "Police stepped up patrols around the congress building."
    )
    assert _roots(undated_in(coder, body, 2)) == ["15"]


# --- what experts say (relevance._expert_view) ---

PESO = "The peso fell 4 percent on Monday. "


def test_experts_criticising_is_commentary(coder: Coder) -> None:
    assert _body(coder, "Economists criticised the government's spending plans.", PESO) == []
    text = "Some analysts accused the central bank of acting too late."
    assert _body(coder, text, PESO) == []


def test_lawmakers_and_un_experts_criticising_stay(coder: Coder) -> None:
    # near misses: a party criticises; experts of a body speak as the body
    text = "Opposition lawmakers criticised the government's spending plans."
    assert _roots(_body(coder, text, PESO)) == ["11"]
    found = _body(coder, "U.N. experts accused the military of war crimes.", EXPULSION)
    assert _roots(found) == ["11"]


# --- a poll's share (data/triggers.tsv discards) ---

ELECTION = "The conservatives won the election in Chile on Sunday. "


def test_support_that_fell_in_a_poll_is_no_backing(coder: Coder) -> None:
    text = "Support for the president fell to 30 percent in the latest poll."
    assert _body(coder, text, ELECTION) == []


def test_support_expressed_stays(coder: Coder) -> None:
    # near miss: a state gives its backing
    text = "The United States expressed its support for the new government."
    assert _roots(_body(coder, text, ELECTION)) == ["05"]


# --- an act hung on a clause dated years back, in a news site's copy (relevance) ---


def test_an_arrest_after_a_dated_accession_is_history(coder: Coder) -> None:
    text = "Boric became president in March 2022 after his rival was arrested and charged."
    assert _body(coder, text, ELECTION) == []


def test_an_arrest_after_a_days_date_stays(coder: Coder) -> None:
    # near miss: the clause is dated by the story's day
    text = "Police arrested the rival candidate on Sunday after he was accused of fraud."
    assert "17" in _roots(_body(coder, text, ELECTION))
