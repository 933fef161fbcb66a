"""Round 38, feedmiss5: relevant news-site sentences that yielded no event. A capitalised trigger
right after a dateline's dash ("KATHMANDU — Protesters stormed") was read as part of a name run
with the town; protesters who "forced their way into" a building protest violently (145), as
crowds breaking through a single police "barrier" do; workers who "joined a general strike"
strike (143) though the index knows none of them; a strike kept up ("stayed on strike for a
ninth day") is the strike, no standing attitude; and in a story told as a crime report, the
police acting on a crowd police unrest, no ordinary crime. Each has a near miss that keeps its
old reading. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, recommended_coder, sides_of, undated, undated_in
from tests.unit.coding import site_first as firsts

coder = recommended_coder


def test_a_capitalised_trigger_after_a_datelines_dash_is_no_name(coder: Coder) -> None:
    body = (
        "KATHMANDU — Protesters stormed the parliament building in Nepal on Tuesday after "
        "lawmakers passed a ban on social media platforms."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 0]
    assert found and found[0].cameo_code == "145"
    assert sides_of(found[0])[0] == "NPL"


def test_a_capitalised_trigger_inside_a_name_run_stays_no_act(coder: Coder) -> None:
    # near miss: the same words with no dash between them are still a name ("Protesters" as
    # the second word of an outfit's name)
    body = (
        "KATHMANDU Protesters Stormed is the name of a new play by a theatre group, which "
        "opened in Nepal on Tuesday."
    )
    assert [e.cameo_code for e in article(coder, body) if e.cameo_code == "145"] == []


LEAD = "Thousands of people marched through Lisbon on Thursday against a new labour law. "


def test_protesters_forcing_their_way_in_protest_violently(coder: Coder) -> None:
    body = LEAD + (
        "Demonstrators forced their way into the labour ministry and set fire to the lobby "
        "shortly after the law was published."
    )
    assert firsts(coder, body, 1) == ("145", "PRT", "PRT")


def test_gunmen_forcing_their_way_in_are_no_protest(coder: Coder) -> None:
    # near miss: the pattern wants a crowd of protesters as its subject
    body = LEAD + "Two gunmen forced their way into a jeweller's shop in Porto on Thursday."
    assert {e.cameo_code for e in undated(coder, body)} == {"141"}


def test_crowds_breaking_through_one_police_barrier_protest_violently(coder: Coder) -> None:
    body = LEAD + "In Porto, crowds broke through a police barrier outside the town hall."
    assert firsts(coder, body, 1) == ("145", "PRT", "PRT")


STRIKE_LEAD = "Tens of thousands of people rallied in Athens on Wednesday against pension cuts. "


def test_workers_joining_a_general_strike_strike(coder: Coder) -> None:
    body = STRIKE_LEAD + (
        "Ferry crews and air traffic controllers joined a 48-hour general strike, keeping "
        "ships in port."
    )
    found = undated_in(coder, body, 1)
    assert [e.cameo_code for e in found] == ["143"]
    assert found[0].evidence == "joined a 48-hour general strike"


def test_states_joining_strikes_are_no_labour_strike(coder: Coder) -> None:
    # near miss: "joined strikes" on targets is no general strike
    body = STRIKE_LEAD + "Britain joined strikes on rebel positions in Yemen on Wednesday."
    assert {e.cameo_code for e in undated(coder, body)} == {"141", "190"}


def test_a_strike_kept_up_is_the_strike(coder: Coder) -> None:
    body = STRIKE_LEAD + (
        "In Thessaloniki, bin collectors stayed on strike for a ninth day, leaving piles of "
        "rubbish in the streets."
    )
    found = firsts(coder, body, 1)
    assert found is not None and found[0] == "143"


def test_a_standing_attitude_stays_no_act(coder: Coder) -> None:
    # near miss: "remained committed to" before an act is still a stance, no act
    body = STRIKE_LEAD + (
        "The labour minister remained committed to talks with the unions on the pension law."
    )
    assert firsts(coder, body, 1) is None


CRIME_STORY = (
    "A court in Sofia on Friday ordered the district mayor jailed pending trial on charges of "
    "bribery and fraud. Prosecutors say the mayor, 54, took bribes worth 200,000 euros from a "
    "builder, 61, who was also charged with fraud. "
)


def test_the_police_acting_on_a_crowd_in_a_crime_story_are_no_crime(coder: Coder) -> None:
    body = CRIME_STORY + (
        "Riot police fired pepper spray to stop the crowd from marching towards the court, "
        "and detained 12 people."
    )
    found = firsts(coder, body, 2)
    assert found is not None and found[0][:2] == "17"
    assert found[1:] == ("BGR", "BGR")


def test_the_police_arresting_a_suspect_in_a_crime_story_stay_ordinary(coder: Coder) -> None:
    # near miss: the same story's arrest of a man stays ordinary crime
    body = CRIME_STORY + "Police detained a 40-year-old man at the builder's office on Friday."
    assert firsts(coder, body, 2) is None


# A second batch: a "by" agent whose title ends the trigger's pattern ("was received by President
# X") acts; a duty imposed is a tariff (163), a duty of care or to report is none.


def test_a_host_titled_inside_the_trigger_receives_the_visitor(coder: Coder) -> None:
    text = (
        "Jaishankar was later received by President Hakainde Hichilema, who spoke of the "
        "long friendship between the two countries."
    )
    found = [e for e in undated(coder, text) if e.cameo_code == "043"]
    assert found and sides_of(found[0]) == ("ZMB", "IND")


def test_a_host_named_after_the_trigger_keeps_its_reading(coder: Coder) -> None:
    # near miss: "the crown prince" after "by" was already the agent, an ordinary mention
    found = [
        e
        for e in undated(coder, "The Qatari minister was received by the crown prince in Riyadh.")
        if e.cameo_code == "043"
    ]
    assert found and sides_of(found[0]) == ("SAU", "QAT")


def test_a_duty_imposed_is_a_tariff(coder: Coder) -> None:
    text = "India imposed provisional anti-dumping duties on Chinese steel on Monday."
    found = undated(coder, text)
    assert found and (found[0].cameo_code, *sides_of(found[0])) == ("163", "IND", "CHN")
    lead = "Vietnam's trade ministry said on Monday it had finished its review of steel imports. "
    found = undated_in(coder, lead + "The ministry imposed the duty late on Monday.", 1)
    assert found and found[0].cameo_code == "163"


def test_a_duty_of_care_is_no_tariff_codes_nothing(coder: Coder) -> None:
    # near miss: a duty of care or to report laid on people
    for text in (
        "The new law imposed a duty on officials to report bribes to the ministry.",
        "The court imposed a duty of care on the health ministry.",
    ):
        assert undated(coder, text) == []


# A third: a verb after "after the <thing> and" goes on with the subject when the phrase is short
# and has no verb of its own; an act's noun there stays the thing's.


def test_a_verb_after_a_short_time_phrase_and_and_keeps_the_subject(coder: Coder) -> None:
    text = (
        "Serbian opposition deputies entered the state broadcaster's offices after the rally "
        "and demanded that their statement be aired."
    )
    found = [e for e in undated(coder, text) if e.cameo_code.startswith("10")]
    assert found and found[0].source is not None
    assert found[0].source.country == "SRB"


def test_an_acts_noun_after_a_time_phrase_and_and_is_no_act_of_the_subject(coder: Coder) -> None:
    # near miss: "arrests" after "after the vote and" is a noun, named as what came before
    text = (
        "Serbian opposition deputies stayed in the chamber after the vote and arrests of students."
    )
    found = [e for e in undated(coder, text) if e.cameo_code.startswith("17")]
    # not the deputies'; since empty9 an arrest of the country's people with no maker named is
    # the country's named whole (roles.home_assailant)
    assert found and (found[0].source is None or found[0].source.sector is None)


# A fourth: traditional leaders, chiefs and rulers, clan leaders and elders are elites (ELI), as
# tribal leaders are; "leaders" alone stay no party.
DEAL_LEAD = "Somalia's government signed a power-sharing deal with the regional states on Monday. "


def test_traditional_leaders_rejecting_a_deal_are_a_party(coder: Coder) -> None:
    body = DEAL_LEAD + "Several traditional leaders in Puntland rejected the agreement on Tuesday."
    assert firsts(coder, body, 1) == ("127", "SOM", "SOM")


def test_leaders_alone_stay_no_party(coder: Coder) -> None:
    # near miss: "leader" is a title word of no sector, no actor alone
    body = (
        DEAL_LEAD
        + "Several leaders rejected the agreement on Tuesday, calling it unfair to the clans."
    )
    assert firsts(coder, body, 1) is None


# A fifth: a ship sent into disputed waters, or into waters another state claims, shows force (150).


def test_a_ship_sent_into_claimed_waters_shows_force(coder: Coder) -> None:
    for text in (
        "China dispatched a drilling rig into disputed waters off Vietnam on Monday.",
        "China sent the survey ship, escorted by three coast guard cutters, into waters that "
        "Vietnam claims as its own.",
    ):
        found = [e for e in undated(coder, text) if e.cameo_code == "150"]
        assert found and sides_of(found[0])[0] == "CHN"


def test_divers_sent_into_a_lakes_waters_show_no_force_codes_nothing(coder: Coder) -> None:
    # near miss: waters named by no claim
    text = "The navy sent divers into the waters of the lake to search for the missing boat."
    assert undated(coder, text) == []
