"""Round 37, feedmiss4: relevant news-site sentences that yielded no event. Patterns a word or a
gap short: diplomats ordered out with a comma-set aside before "to leave" and an embassy's staff
cut by order reduce relations (161); "ordered him held" and a sentence handed to a person
described at length are detentions (173); "would blockade" depots is a road blockade (144) and
so, after "warned that", a threat of one (133), as "warned that nurses would strike" is;
demonstrators who "tried to push through" barriers protest violently (145); a crowd of people
gathered outside a building "chanting" rallies (141); a flight "about three kilometres into"
airspace shows force (150); protesters who "beat several lawmakers" and a man "beaten
unconscious" are assaults (182). Student groups are organised people (EDU), so their unaimed
rejection is aimed at their state; a defendant's denial told by his lawyer is a side's denial, not
a court's ruling. A second batch: a removal voted with the tally set off by commas (172), names
put to a document (057), forgiveness asked (055), an office holder asked by title and name to call
an election (020), a door broken down by police (170), a price rise suspended (080), a petition
filed with a court (115), and a speaker's "suspicion that X were involved in" (112). A third: a
demand "renewed" (100), a fine imposed and a confiscation ordered (172, 1711). And "about" before a
number ("about 2,000 people marched") counts and subordinates no act. Each has a
near miss that keeps its old reading. Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain import modality
from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, recommended_coder, sides_of, undated, undated_in
from tests.unit.coding import site_first as firsts

coder = recommended_coder


def codes(coder: Coder, body: str) -> set[str]:
    """The CAMEO codes of every event of a news-site article."""
    return {event.cameo_code for event in undated(coder, body)}


@pytest.mark.parametrize(
    ("body", "dyad"),
    [
        (
            "Estonia ordered three Russian diplomats, among them the defence attache, to leave "
            "the country within a week.",
            ("161", "EST", "RUS"),
        ),
        (
            "Lithuania has instructed Moscow to reduce the personnel of its embassy to a dozen.",
            ("161", "LTU", "RUS"),
        ),
    ],
)
def test_diplomats_ordered_out_at_length_and_an_embassy_cut_reduce_relations(
    coder: Coder, body: str, dyad: tuple[str, str, str]
) -> None:
    assert firsts(coder, body) == dyad


@pytest.mark.parametrize(
    "body",
    [
        "The ministry ordered its diplomats, among them the consul in Lviv, to stay indoors.",
        "The minister ordered the agency to cut its staff by half.",
    ],
)
def test_diplomats_told_to_stay_and_an_agency_cut_are_no_expulsion_codes_nothing(
    coder: Coder, body: str
) -> None:
    assert codes(coder, body) == set()


ARREST_ALMATY = "Police arrested the former governor of Almaty on Monday."


def test_ordered_him_held_is_a_detention(coder: Coder) -> None:
    body = f"{ARREST_ALMATY} A judge ordered him held in custody for two months."
    assert firsts(coder, body, 1) == ("173", "KAZ", "KAZ")


def test_ordered_him_released_is_no_detention(coder: Coder) -> None:
    body = f"{ARREST_ALMATY} A judge ordered him released on bail."
    assert firsts(coder, body, 1) == ("0841", "KAZ", "KAZ")


def test_a_sentence_handed_past_an_aside_is_passed(coder: Coder) -> None:
    body = (
        "A Madrid court handed Pedro Ruiz, the former head of a regional bank and brother of a "
        "minister, a two-year suspended prison sentence for fraud."
    )
    assert firsts(coder, body) == ("173", "ESP", "ESP")


def test_a_medal_handed_past_an_aside_is_no_sentence_codes_nothing(coder: Coder) -> None:
    body = (
        "The king handed Pedro Ruiz, the former head of a regional bank and brother of a "
        "minister, a medal for his service."
    )
    assert codes(coder, body) == set()


@pytest.mark.parametrize(
    "body",
    [
        "The hauliers' union warned that its members would blockade the motorways if the fuel "
        "tax went up.",
        "The union warned that teachers would strike in March if the Polish education ministry "
        "did not raise pay.",
    ],
)
def test_a_blockade_or_a_strike_foretold_by_its_callers_is_a_threat_of_dissent(
    coder: Coder, body: str
) -> None:
    assert firsts(coder, body) is not None
    assert undated_in(coder, body, 0)[0].cameo_code == "133"


def test_imposed_blockades_of_ports_stay_a_blockade(coder: Coder) -> None:
    assert firsts(coder, "Egypt has imposed blockades on two ports on the Red Sea.") == (
        "191",
        "EGY",
        None,
    )


def test_an_army_warning_its_jets_would_strike_is_no_strike_of_labour(coder: Coder) -> None:
    assert codes(coder, "The Polish army warned that its jets would strike rebels.") == {"130"}


def test_demonstrators_trying_to_push_through_barriers_protest_violently(coder: Coder) -> None:
    body = "Dozens of demonstrators tried to push through a police cordon near the Tirana court."
    assert firsts(coder, body) == ("145", "ALB", "ALB")


def test_a_government_pushing_through_a_reform_is_no_protest(coder: Coder) -> None:
    assert codes(coder, "The government tried to push through a pension reform in Tirana.") == set()


def test_people_gathered_outside_chanting_rally(coder: Coder) -> None:
    body = (
        "Several hundred people gathered outside the courthouse in Rabat after the verdict, "
        'chanting "justice".'
    )
    assert firsts(coder, body) == ("141", "MAR", "MAR")


def test_people_gathered_outside_waiting_for_news_do_not_rally(coder: Coder) -> None:
    body = (
        "Several hundred people gathered outside the hospital in Rabat, waiting for news of the "
        "miners."
    )
    assert codes(coder, body) == set()


def test_a_flight_kilometres_into_airspace_shows_force(coder: Coder) -> None:
    body = (
        "A Russian military helicopter flew about three kilometres into Estonian airspace near "
        "Narva before turning back."
    )
    assert firsts(coder, body) == ("150", "RUS", "EST")


def test_a_flight_kilometres_along_a_border_is_no_incursion(coder: Coder) -> None:
    body = "A Russian helicopter flew about three kilometres along the Estonian border."
    assert codes(coder, body) == set()


def test_protesters_beating_lawmakers_assault_them(coder: Coder) -> None:
    body = "Nationalist protesters beat several lawmakers after storming the parliament in Skopje."
    assert firsts(coder, body) == ("182", "MKD", "MKD")


def test_a_leader_beaten_unconscious_is_assaulted(coder: Coder) -> None:
    body = (
        "Protesters stormed the parliament in Skopje on Thursday. The opposition leader Ali "
        "Ahmeti was beaten unconscious and taken to hospital."
    )
    # since round 41 (sides8f) an assault at home with no maker named is the country's
    assert firsts(coder, body, 1) == ("182", "MKD", "MKD")


def test_a_candidate_beating_lawmakers_in_a_runoff_assaults_no_one(coder: Coder) -> None:
    body = "The ruling party's candidate beat two opposition lawmakers in the runoff in Skopje."
    assert codes(coder, body) == set()


ARREST_SPLIT = "Police arrested the former mayor of Split on Tuesday."


def test_a_defendants_denial_told_by_his_lawyer_is_a_denial(coder: Coder) -> None:
    body = f"{ARREST_SPLIT} His lawyer, Ivo Maric, said his client denied any wrongdoing."
    assert [event.cameo_code for event in undated_in(coder, body, 1)] == ["016"]


def test_a_judges_denial_is_still_the_courts_procedure(coder: Coder) -> None:
    body = f"{ARREST_SPLIT} The judge denied any bias in the case."
    assert undated_in(coder, body, 1) == []


def test_student_groups_rejecting_concessions_reject_their_state(coder: Coder) -> None:
    body = "Student groups in Malaysia rejected the concessions as too little."
    assert firsts(coder, body) == ("120", "MYS", "MYS")


def test_residents_rejecting_concessions_stay_private(coder: Coder) -> None:
    body = "Local residents in Malaysia rejected the concessions as too little."
    assert codes(coder, body) == set()


# --- second batch: acts named by phrasings the lexicon lacked ----------------------------------


@pytest.mark.parametrize(
    ("body", "dyad"),
    [
        (
            "Peru's Congress voted 87 to 25, with three abstentions, to suspend the governor.",
            ("172", "PER", "PER"),
        ),
        (
            "Egypt's president and Jordan's king put their names to the document at a ceremony "
            "in Cairo on Monday.",
            ("057", "EGY", "JOR"),
        ),
        (
            "Germany asked Tanzania for forgiveness for the killings of the colonial era.",
            ("055", "DEU", "TZA"),
        ),
        (
            "Austria's opposition leader asked President Alexander Van der Bellen to reconsider "
            "the appointment.",
            ("020", "AUT", "AUT"),
        ),
        (
            "Peruvian officers smashed down the door of the minister's flat during a dawn raid.",
            ("170", "PER", "PER"),
        ),
        (
            "Ecuadorian President Daniel Noboa suspended a rise in fuel prices on Saturday.",
            ("080", "ECU", "ECU"),
        ),
        (
            "Lawyers for the former president filed a petition with the Supreme Court in Manila "
            "seeking to block his transfer.",
            ("115", "PHL", "PHL"),
        ),
        (
            "Polish Prime Minister Donald Tusk said there were strong suspicions that agents "
            "working for Russia's intelligence services were involved in the fire at a Warsaw "
            "shopping centre.",
            ("112", "POL", "RUS"),
        ),
    ],
)
def test_acts_told_by_phrasings_the_lexicon_lacked_are_coded(
    coder: Coder, body: str, dyad: tuple[str, str, str]
) -> None:
    assert firsts(coder, body) == dyad


@pytest.mark.parametrize(
    "body",
    [
        "Peru's Congress voted 87 to 25, with three abstentions, to approve the budget.",
        "Egypt's president and Jordan's king put their names to a list of guests in Cairo.",
        "Reporters asked President Alexander Van der Bellen about an early election.",
        "Firefighters broke down the door of a burning house in Lima early on Saturday.",
        "The Ecuadorian central bank suspended a rise in interest rates on Saturday.",
        "The farmer filed a petition with the district court for a divorce.",
        "Polish Prime Minister Donald Tusk said there was no evidence that agents working for "
        "Russia's intelligence services were involved in the fire.",
    ],
)
def test_their_near_misses_stay_uncoded(coder: Coder, body: str) -> None:
    assert codes(coder, body) == set()


def test_asked_for_patience_is_no_apology(coder: Coder) -> None:
    body = "Germany asked Tanzania for patience over the return of the artefacts."
    assert codes(coder, body) == {"025"}


# --- third batch: a demand renewed, a fine and a confiscation ordered ---------------------------

DEMAND_ESTONIA = "Estonia demanded on Friday that Russia return the border guard."
SENTENCE_MADRID = "A Madrid court handed Pedro Ruiz a suspended sentence on Monday."


def test_a_demand_renewed_is_made_by_the_one_renewing_it(coder: Coder) -> None:
    body = (
        f"{DEMAND_ESTONIA} On Sunday, Foreign Minister Margus Tsahkna renewed that demand, "
        "telling reporters that Moscow had no right to hold him."
    )
    found = undated_in(coder, body, 1)
    assert [(event.cameo_code, sides_of(event)[0]) for event in found] == [("100", "EST")]


def test_a_licence_renewed_is_no_demand(coder: Coder) -> None:
    body = f"{DEMAND_ESTONIA} On Sunday, the border guard renewed his driving licence."
    assert undated_in(coder, body, 1) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The court also imposed a suspended fine of 3 million euros on him.", "172"),
        ("The court also ordered the confiscation of his assets in Spain.", "1711"),
    ],
)
def test_a_fine_imposed_and_a_confiscation_ordered_are_sanctions(
    coder: Coder, text: str, code: str
) -> None:
    assert firsts(coder, f"{SENTENCE_MADRID} {text}", 1) == (code, "ESP", "ESP")


def test_a_release_of_assets_ordered_is_no_confiscation(coder: Coder) -> None:
    body = f"{SENTENCE_MADRID} The court also ordered the release of his assets in Spain."
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # assets released are coded a release of people (0841).
    assert "1711" not in {event.cameo_code for event in undated_in(coder, body, 1)}


# --- a count's "about" is no preposition -------------------------------------------------------


def test_about_before_a_number_does_not_subordinate_the_act() -> None:
    counted = ["crowds", "of", "about", "2,000", "people", "marched", "to", "city", "hall"]
    preposed = ["worries", "grew", "about", "the", "army", "marched", "to", "city", "hall"]
    count = modality.salience_penalty(modality.Before(counted, 5), None)
    preposition = modality.salience_penalty(modality.Before(preposed, 5), None)
    assert preposition - count == pytest.approx(0.15)


def test_about_two_thousand_people_marching_in_agency_copy_protest(coder: Coder) -> None:
    body = (
        "PORTLAND, Oregon (Reuters) - Protests against the immigration raids went on for a third "
        "day in Portland. On Sunday about 3,000 people marched slowly from the state capitol "
        "to the immigration office."
    )
    found = [event for event in article(coder, body) if event.sentence_index == 1]
    assert [event.cameo_code for event in found] == ["141"]


# Review (review37): three patterns of fc75cfe that no test read (removing each line failed
# nothing): a crowd gathered outside a building chanting, a mission cut by order with the
# possessive before "embassy staff", and a detention ordered with the person as a pronoun.
def test_people_gathered_outside_a_court_chanting_rally(coder: Coder) -> None:
    body = (
        "Hundreds of people gathered outside the courthouse in Harare after the verdict, "
        "chanting the opposition leader's name."
    )
    assert firsts(coder, body) == ("141", "ZWE", "ZWE")


def test_told_to_reduce_its_embassy_staff_reduces_relations(coder: Coder) -> None:
    assert firsts(coder, "Estonia told Russia to reduce its embassy staff.") == (
        "161",
        "EST",
        "RUS",
    )


def test_a_judge_ordering_him_held_detains(coder: Coder) -> None:
    body = (
        "Senegal's opposition leader was arrested on Monday. A judge in Dakar ordered him held "
        "at Rebeuss prison pending trial."
    )
    assert firsts(coder, body, 1) == ("173", "SEN", "SEN")
