"""Round 42 (wire42): parties in agency copy. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.existence import is_noun
from tests.unit.coding import (
    coded_as,
    dyad_in,
    events,
    first_dyad,
    in_sentence,
    of_type,
    recommended_coder,
)

coder = recommended_coder

DEPOT_LEAD = (
    "JUBA, March 3 (Reuters) - Sudan's air force bombed a fuel depot near the South Sudanese "
    "border town of Renk on Monday. "
)


# --- a quantifier floated after a listed subject ----------------------------------------------


def test_floated_all_leaves_the_verb_a_verb(coder: Coder) -> None:
    """ "Kenya, Uganda and Tanzania all condemned the strike": "condemned" after "all" is the
    list's verb, so the condemnation reaches the strike's maker, not the next clause's party."""
    body = (
        DEPOT_LEAD + "Kenya, Uganda and Tanzania all condemned the strike, and Kenya's president "
        "telephoned his South Sudanese counterpart."
    )
    assert dyad_in(coder, body, 1, "ACCUSE") == ("KEN", "SDN")


def test_floated_quantifier_reads_past_tense_as_verb() -> None:
    assert not is_noun("kenya and uganda all condemned the raid".split(), 4)
    assert not is_noun("the two envoys both rejected the plan".split(), 4)


def test_quantifier_after_a_preposition_stays_a_determiner() -> None:
    """Near miss: "the release of all detained protesters" is a noun phrase."""
    assert is_noun("the court ordered the release of all detained protesters".split(), 6)


# --- two sides that each release what they hold ------------------------------------------------


def test_each_freed_is_an_exchange(coder: Coder) -> None:
    """Labelling guide point 41: a release by each side is made to the other."""
    found = first_dyad(coder, "Armenia and Azerbaijan each freed a dozen detainees on Sunday.")
    assert found is not None
    assert (found[0], found[2], found[3]) == ("RETREAT", "ARM", "AZE")


def test_one_side_freeing_names_no_other(coder: Coder) -> None:
    """Near miss: one side's release names no one it is made to."""
    found = first_dyad(coder, "Armenia freed a dozen detainees at the border on Sunday.")
    assert found is not None
    assert (found[2], found[3]) == ("ARM", None)


# --- a sentence that opens with a prepositional phrase ------------------------------------------


def test_opening_phrase_comma_is_no_apposition(coder: Coder) -> None:
    """ "At a summit in Addis Ababa, the Netherlands, Belgium and Denmark urged": the comma
    closes the opening phrase, so the first-named state of the list is the subject."""
    found = first_dyad(
        coder,
        "At a summit in Addis Ababa, the Netherlands, Belgium and Denmark urged Sudan's army "
        "to open aid corridors.",
    )
    assert found is not None
    assert (found[0], found[2], found[3]) == ("REQUEST", "NLD", "SDN")


def test_apposition_after_a_subject_stays_enclosed(coder: Coder) -> None:
    """Near miss: a party set off by commas after the subject itself is its apposition."""
    found = first_dyad(
        coder,
        "Ghana's ambassador, the former foreign minister of Togo, urged Mali to open aid "
        "corridors.",
    )
    assert found is not None
    assert (found[2], found[3]) == ("GHA", "MLI")


# --- a criticised act told by its noun -----------------------------------------------------------

BUDVA_LEAD = (
    "PODGORICA, March 3 (Reuters) - Prosecutors in Montenegro indicted the former mayor of Budva "
    "for abuse of office on Monday. "
)


def test_criticised_charges_answer_the_prosecutors(coder: Coder) -> None:
    """ "called the charges politically motivated": charges are a charge with legal action
    (173), so the criticism targets the side that brought them."""
    body = BUDVA_LEAD + "Serbia's foreign ministry denounced the charges as a vendetta."
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.target is not None
    assert (event.target.country, event.target.sector) == ("MNE", "JUD")


def test_criticised_atrocities_answer_the_last_force(coder: Coder) -> None:
    body = (
        "BUNIA, Aug 12 (Reuters) - Rebels seized the Congolese town of Mambasa from government "
        "troops on Sunday. The African Union denounced the atrocities reported there."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.target is not None
    assert (event.target.country, event.target.sector) == ("COD", "REB")


def test_charges_with_no_act_told_name_no_prosecutor(coder: Coder) -> None:
    """Near miss: with no charge reported before, the criticism finds no prosecutor."""
    event = of_type(
        events(coder, "Serbia's foreign ministry denounced the charges as a vendetta."),
        "ACCUSE",
    )
    assert coded_as([event]) == [("ACCUSE", "111", "SRBGOV", None)]


# --- "The U.S. military struck": a named state's military and its verb ---------------------------


def test_named_military_struck_is_a_verb(coder: Coder) -> None:
    """ "The Ukrainian military struck a fuel depot": "struck" after "military" and a name is
    the verb (read as a noun, the strike fell under agency copy's floor)."""
    body = (
        "KYIV, May 4 (Reuters) - The Ukrainian military struck a fuel depot near Belgorod "
        "overnight."
    )
    assert dyad_in(coder, body, 0, "ASSAULT") == ("UKR", "RUS")


def test_military_before_a_noun_stays_a_modifier() -> None:
    """Near miss: "military" before a past participle that a preposition follows."""
    assert is_noun("the israeli military killed in the raid".split(), 3)


def test_struck_boat_keeps_the_striker_through_the_killing(coder: Coder) -> None:
    found = events(
        coder,
        "TRIPOLI (Reuters) - The U.S. military struck a boat carrying rifles off Misrata "
        "overnight, killing its three crew, an American officer told reporters.",
    )
    assert found
    assert found[0].evidence.startswith("struck a boat")
    assert found[0].source is not None and found[0].source.country == "USA"


# --- "the two countries" after a third party's word -------------------------------------------

LA_PAZ_LEAD = (
    "LIMA, June 2 (Reuters) - Peru expelled Bolivia's ambassador on Monday after Bolivian police "
    "detained two Peruvian diplomats in La Paz. "
)
TWO_URGED = "The European Union urged the two countries to reopen their consulates and talk."


def test_third_party_criticism_leaves_the_two_countries(coder: Coder) -> None:
    """ "Argentina and Uruguay condemned the detentions": a third party's criticism of one side
    makes it none of "the two countries", which stay Peru and Bolivia (the first named)."""
    body = LA_PAZ_LEAD + "Argentina and Uruguay condemned the detentions. " + TWO_URGED
    assert dyad_in(coder, body, 2, "REQUEST") == (None, "PER")


def test_the_other_sides_answer_keeps_the_pair(coder: Coder) -> None:
    """Near miss: an act between the two sides themselves is still their pair."""
    body = LA_PAZ_LEAD + "Bolivia recalled its ambassador from Lima in response. " + TWO_URGED
    assert dyad_in(coder, body, 2, "REQUEST") == (None, "PER")


# --- a force that only says whose craft it is ---------------------------------------------------

CONAKRY_LEAD = (
    "CONAKRY, Sept 6 (Reuters) - Mutinous soldiers in Guinea held President Sekou Balde at a "
    "barracks on Sunday and suspended the constitution, a junta officer told state radio. "
)
BLOC_URGED = "The regional bloc ECOWAS urged the military to release the president."


def test_military_aircraft_lends_no_country_to_the_military(coder: Coder) -> None:
    """ "left aboard a Moroccan military aircraft": whose aircraft, not the army the story's
    "the military" names."""
    body = (
        CONAKRY_LEAD + "Balde's wife left the country aboard a Moroccan military aircraft, "
        "his aides said. " + BLOC_URGED
    )
    assert dyad_in(coder, body, 2, "REQUEST") == (None, "GIN")


def test_a_foreign_military_named_whole_still_lends_its_country(coder: Coder) -> None:
    """Near miss: a foreign military named as a party of its own is still the last army."""
    body = (
        CONAKRY_LEAD + "Balde's wife left the country with help from the Moroccan military, "
        "his aides said. " + BLOC_URGED
    )
    assert dyad_in(coder, body, 2, "REQUEST") == (None, "MAR")


# --- "X said Thursday he ...": agency copy's weekday with no "on" ------------------------------


def test_said_with_a_bare_weekday_keeps_the_speaker(coder: Coder) -> None:
    """ "The head of the U.N. refugee agency said Thursday he would ask": "he" is the agency's
    head, as after "said on Thursday" (not the police or another party of the country)."""
    found = events(
        coder,
        "TRIPOLI, May 8 (AP) - The head of the U.N. refugee agency said Thursday he would ask "
        "donors for more aid for the camps near Sabha.",
    )
    assert found and found[0].source is not None
    assert found[0].source.code.startswith("IGO")


def test_a_weekday_after_said_gives_a_body_no_person(coder: Coder) -> None:
    """Near miss: "he" after a body that said something is someone else, weekday or not."""
    found = events(
        coder,
        "TRIPOLI, May 8 (AP) - Libya's interior ministry said Thursday he had been detained at "
        "the airport.",
    )
    assert coded_as(found) == [("COERCE", "173", "LBYGOV", None)]


# --- a threat to answer an act it names ---------------------------------------------------------

CONVOY_LEAD = (
    "AMMAN, Oct 2 (Reuters) - Israeli jets struck a convoy of Hezbollah fighters near the Syrian "
    "border on Wednesday. "
)


def test_threat_to_respond_to_the_attack_targets_its_maker(coder: Coder) -> None:
    """ "reserved the right to respond to the attack": the attack's maker, though it hit no
    party of the threatener's country."""
    body = (
        CONVOY_LEAD
        + "A Syrian army statement said Damascus reserved the right to respond to the attack at "
        "a time of its choosing."
    )
    assert dyad_in(coder, body, 1, "THREATEN") == ("SYR", "ISR")


def test_threat_to_respond_to_any_attack_names_no_maker(coder: Coder) -> None:
    """Near miss: "any attack" names no act told before."""
    body = (
        CONVOY_LEAD + "A Syrian army statement said Damascus reserved the right to respond to "
        "any attack on Syrian soil."
    )
    assert dyad_in(coder, body, 1, "THREATEN")[1] != "ISR"
