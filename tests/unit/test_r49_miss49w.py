"""Round 49 (miss49w): acts of relevant agency sentences the coder gave nothing for (or the wrong
type), sorted by the stage that dropped them and fixed by class, each in several forms with near
misses that must stay silent. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import Lexicon, compile_pattern, tokenize
from tests.unit.coding import country, recommended_coder, second_events

coder = recommended_coder

SEA_LEAD = (
    "ANKARA, Sept 3 (Reuters) - A Greek coast guard vessel detained a Turkish trawler off the "
    "island of Lesbos on Tuesday, Turkey's foreign ministry said. "
)


def _second(
    coder: Coder, text: str, lead: str = SEA_LEAD
) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of each event of `text` after `lead`."""
    return [
        (e.cameo_code, country(e.source), country(e.target))
        for e in second_events(coder, text, lead)
    ]


def _roots(coder: Coder, text: str, lead: str = SEA_LEAD) -> list[str]:
    return [code[:2] for code, _, _ in _second(coder, text, lead)]


# --- a quote mark inside a trigger's phrase is no word (the lexicon's quoted walk) ---


def test_quoted_measures_promised_are_a_threat(coder: Coder) -> None:
    text = (
        'The ministry said Ankara would "take all necessary measures" to protect its '
        "fishermen in the Aegean."
    )
    # round 54 (roles54w): "to protect its fishermen" names no object (roles._own_holding): the
    # threat is aimed at the other side of the story, the Greece whose vessel held the trawler
    assert _second(coder, text)[:1] == [("130", "TUR", "GRC")]


def test_quoted_corresponding_actions_authorised_are_a_threat(coder: Coder) -> None:
    text = (
        "Turkey's security council authorised the navy to take \u201ccorresponding actions\u201d "
        "at a time of its choosing."
    )
    assert _roots(coder, text)[:1] == ["13"]


def test_corresponding_measures_unquoted_are_a_threat(coder: Coder) -> None:
    text = "A ministry spokesman said Turkey would take corresponding measures against Athens."
    assert _roots(coder, text)[:1] == ["13"]


def test_quoted_verb_of_an_accusation_is_read(coder: Coder) -> None:
    """A past perfect verb in quotes after "said ... had": the accusation (112) as unquoted."""
    text = 'The ministry said three Greek shipping firms had "colluded" with the coast guard.'
    assert _roots(coder, text)[:1] == ["11"]


def test_quoted_walk_keeps_patterns_that_name_a_quote_mark() -> None:
    """The quoted walk steps over a quote mark only where the pattern's word does not name it:
    a line naming the mark still matches it, a line that does not steps over it."""
    lexicon = Lexicon(
        compile_pattern('would " strike', "130", 0.7)
        + compile_pattern("would take all necessary measures", "130", 0.7)
    )
    tokens = tokenize('They said they would "strike back" and would "take all necessary measures".')
    assert sorted((m.first, m.last) for m in lexicon.find(tokens)) == [(3, 5), (9, 14)]


def test_war_on_crime_quoted_or_not_codes_no_fighting(coder: Coder) -> None:
    """Near miss: a war waged on crime is a policy's name, no force (190 or 138)."""
    for text in (
        'The new interior minister said he would wage "war on crime" in the port cities.',
        "The new interior minister said he would wage war on crime in the port cities.",
    ):
        assert not any(root in {"19", "13", "18"} for root in _roots(coder, text)), text


def test_committed_to_fighting_graft_codes_no_fighting(coder: Coder) -> None:
    """Near miss: a state "committed" to fighting drug smuggling states a policy."""
    for text in (
        'The foreign minister said Turkey was "fully committed" to fighting drug trafficking.',
        "The foreign minister said Turkey remained determined to combat organised crime.",
    ):
        assert _second(coder, text) == [], text


def test_quoted_measures_against_a_storm_code_no_threat(coder: Coder) -> None:
    """Near miss: measures promised for a storm name no party they are aimed at."""
    text = (
        "The governor of Izmir said the province would take precautions against the storm "
        "expected on Thursday."
    )
    assert "13" not in _roots(coder, text)


# --- a court's penalties: barred from office (1722, guide point 35: sentences and fines 17) ---

FARM_LEAD = (
    "TALLINN, Feb 11 (Reuters) - Hundreds of farmers blocked roads into the Estonian capital on "
    "Tuesday in protest at a new land tax, police said. "
)

COURT_LEAD = (
    "TALLINN, Feb 11 (Reuters) - An Estonian court on Tuesday convicted former transport "
    "minister Rein Kask of taking bribes from a shipping firm and sentenced him to four years "
    "in prison. "
)


def _codes(coder: Coder, text: str, lead: str) -> list[str]:
    return [code for code, _, _ in _second(coder, text, lead)]


def test_court_barred_him_from_holding_office(coder: Coder) -> None:
    """The bare "barred" (172, weight 0.55) found it before, under the floor in harder copy."""
    text = (
        "A court in Parnu also barred the town's former mayor from holding public office for "
        "eight years."
    )
    assert _codes(coder, text, FARM_LEAD)[:1] == ["1722"]


def test_fined_and_barred_from_standing_for_office_in_the_passive(coder: Coder) -> None:
    text = (
        "The former mayor of Parnu, Toomas Org, was fined 20,000 euros and barred from "
        "standing for office for five years."
    )
    assert _codes(coder, text, FARM_LEAD)[:1] == ["1722"]


def test_court_disqualified_her_from_running_for_office_reported(coder: Coder) -> None:
    text = (
        "A lawyer for the opposition mayor of Tartu said the same court had disqualified her "
        "from running for elected office until 2030."
    )
    assert _roots(coder, text, COURT_LEAD)[:1] == ["17"]


def test_ruling_banning_a_senator_from_office_active_present(coder: Coder) -> None:
    text = (
        "The supreme court upheld a ruling that bans the senator from holding any public "
        "office, the court's press office said."
    )
    assert "17" in _roots(coder, text, COURT_LEAD)


def test_standing_rule_barring_from_office_codes_nothing(coder: Coder) -> None:
    """Near miss: a rule in force ("are barred from holding office") is no act of the day."""
    text = "Under the constitution, serving judges are barred from holding party office."
    assert _second(coder, text, COURT_LEAD) == []


def test_a_limit_that_would_have_barred_him_codes_nothing(coder: Coder) -> None:
    """Near miss: a limit scrapped that "would have barred" someone describes the limit."""
    text = "The age limit would have barred the president from seeking office again."
    assert _second(coder, text, COURT_LEAD) == []


# --- a detention told as a removal: "taken away by security agents" (173, guide point 6); the
# forms "taken from his home" are miss49f's lines, held here too ---

UNION_LEAD = (
    "LOME, March 3 (Reuters) - Togo's main teachers' union began an indefinite strike on "
    "Monday over unpaid bonuses, union officials said. "
)


def test_taken_from_his_home_by_plainclothes_police(coder: Coder) -> None:
    text = (
        "The union's spokesman, Kossi Agbeko, was taken from his home in the Be district by "
        "plainclothes police late on Monday, his family said."
    )
    assert _codes(coder, text, UNION_LEAD)[:1] == ["173"]


def test_gendarmes_took_her_from_her_office(coder: Coder) -> None:
    text = (
        "Gendarmes took the union's treasurer from her office in Kara on Tuesday, colleagues said."
    )
    assert _codes(coder, text, UNION_LEAD)[:1] == ["173"]


def test_taken_away_by_security_agents(coder: Coder) -> None:
    text = (
        "Two other organisers were taken away by security agents outside the labour ministry, "
        "witnesses said."
    )
    assert _codes(coder, text, UNION_LEAD)[:1] == ["173"]


def test_residents_taken_from_homes_by_rescuers_codes_no_arrest(coder: Coder) -> None:
    """Near miss: people taken from flooded homes by rescue teams are no one's detainees (a
    discard before miss49f's "were taken from their homes" line)."""
    text = (
        "Hundreds of residents of Aneho were taken from their homes by rescue teams as the "
        "river burst its banks."
    )
    assert "173" not in _codes(coder, text, UNION_LEAD)


def test_documents_taken_from_an_office_code_no_arrest(coder: Coder) -> None:
    """Near miss: things taken from an office are no person detained."""
    text = "Thieves took two computers from the union's office on Sunday night, police said."
    assert "173" not in _codes(coder, text, UNION_LEAD)


def test_taken_from_his_home_by_gunmen_stays_an_abduction(coder: Coder) -> None:
    """Near miss: the same removal by gunmen is an abduction (181), not a detention."""
    text = "The priest was taken from his home by gunmen on Sunday night, the diocese said."
    assert _codes(coder, text, UNION_LEAD)[:1] == ["181"]


# --- an answer told by a gerund of force: "hit back, attacking an army post" (19, section 3) ---

RAID_LEAD = (
    "NIAMEY, July 8 (AFP) - Niger's army said on Monday its aircraft had struck an Islamist "
    "camp near the border with Mali, killing dozens of fighters. "
)


def test_hit_back_attacking_an_army_base_is_the_fight(coder: Coder) -> None:
    text = (
        "The militants hit back on Tuesday, attacking an army base near Tillaberi, residents said."
    )
    assert _roots(coder, text, RAID_LEAD)[:1] == ["19"]


def test_struck_back_shelling_police_positions_is_the_fight(coder: Coder) -> None:
    text = (
        "Insurgents struck back hours later, shelling police positions outside the town of Ayorou."
    )
    assert _roots(coder, text, RAID_LEAD)[:1] == ["19"]


def test_reported_hit_back_storming_a_gendarmerie_post(coder: Coder) -> None:
    text = (
        "A local official said the group had hit back overnight, storming a gendarmerie post "
        "in the north."
    )
    assert _roots(coder, text, RAID_LEAD)[:1] == ["19"]


def test_hit_back_attacking_a_budget_stays_a_verbal_riposte(coder: Coder) -> None:
    """Near miss: an answer "attacking" a budget is words, no fight (111)."""
    text = (
        "The opposition hit back on Tuesday, attacking the government's budget as reckless, "
        "party officials said."
    )
    assert _roots(coder, text, RAID_LEAD)[:1] == ["11"]


# --- a verdict of wrong on a named act blames its maker (111): more verdicts ---

PRESS_LEAD = (
    "KAMPALA, Nov 4 (Reuters) - Ugandan police arrested six journalists covering an opposition "
    "rally in Gulu on Monday, their union said. "
)


def test_arrests_were_an_attempt_to_intimidate(coder: Coder) -> None:
    text = (
        "The Uganda Journalists Association said the arrests were an attempt to intimidate "
        "reporters ahead of the election."
    )
    assert _second(coder, text, PRESS_LEAD)[:1] == [("111", "UGA", "UGA")]


def test_ruling_was_a_miscarriage_of_justice_told_to_reporters(coder: Coder) -> None:
    text = (
        "Opposition leader Bobi Wine told reporters outside the court that the ruling was a "
        "miscarriage of justice."
    )
    assert _roots(coder, text, PRESS_LEAD)[:1] == ["11"]


def test_detentions_were_an_attempt_to_silence_a_foreign_critic(coder: Coder) -> None:
    text = "The U.S. embassy said the detentions were an attempt to silence independent media."
    assert _second(coder, text, PRESS_LEAD)[:1] == [("111", "USA", "UGA")]


def test_raid_had_been_an_act_of_intimidation_reported(coder: Coder) -> None:
    text = (
        "The opposition party said the police raid on its offices had been an act of intimidation."
    )
    assert _roots(coder, text, PRESS_LEAD)[:1] == ["11"]


def test_move_was_an_attempt_to_silence_critics(coder: Coder) -> None:
    text = "Rights groups said the move was an attempt to silence critics of the government."
    assert _roots(coder, text, PRESS_LEAD)[:1] == ["11"]


def test_talks_were_an_attempt_to_find_common_ground_codes_no_accusation(coder: Coder) -> None:
    """Near miss: an attempt to do no wrong is no verdict of wrong."""
    text = "The minister said the ruling was an attempt to settle the dispute fairly."
    assert "11" not in _roots(coder, text, PRESS_LEAD)


# --- drills begun: the participle of "begin" (150, guide section 3: held drills) ---

DRILL_LEAD = (
    "OSLO, Aug 19 (Reuters) - Norway summoned Russia's ambassador on Monday over a Russian "
    "patrol plane that entered its airspace near Svalbard, the foreign ministry said. "
)


def test_corvettes_had_begun_live_fire_exercises(coder: Coder) -> None:
    text = (
        "Russia's Northern Fleet said three of its corvettes had begun live-fire exercises in "
        "the Barents Sea."
    )
    assert _roots(coder, text, DRILL_LEAD)[:1] == ["15"]


def test_navy_has_begun_naval_drills_in_the_perfect(coder: Coder) -> None:
    text = "The Russian navy has begun naval drills off the Kola peninsula, state media said."
    assert _roots(coder, text, DRILL_LEAD)[:1] == ["15"]


def test_destroyers_beginning_exercises(coder: Coder) -> None:
    text = (
        "Two Russian destroyers were beginning exercises near Bear Island on Monday, the "
        "Norwegian military said."
    )
    assert _roots(coder, text, DRILL_LEAD)[:1] == ["15"]


def test_schools_begun_fire_drills_code_nothing(coder: Coder) -> None:
    """Near miss: a school's fire drill is no show of force."""
    text = "Schools in Tromso have begun fire drills after a blaze at a kindergarten last week."
    assert "15" not in _roots(coder, text, DRILL_LEAD)
