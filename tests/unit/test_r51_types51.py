"""Round 51, types51: types and Penta classes where a sentence holds two acts or names its act in
another form: captives freed by the holders a participle names, roads and crossings blocked by a
crowd, sentences passed on several at once, troops sent to help a foreign state, help in a fight,
a measure called unfriendly. Each convention of docs/labelling.md held in more than one form, with
near misses that keep their types. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, recommended_coder, undated_in

coder = recommended_coder

# an agency lead (a dateline: the agency floor applies to the sentences after it)
LEAD = "LUSAKA, May 14 (Reuters) - Zambian police detained six opposition activists on Tuesday."


def second(coder: Coder, text: str, lead: str = LEAD) -> list[TensionEvent]:
    """The events of `text` told as the second sentence of an agency report."""
    return [e for e in article(coder, f"{lead} {text}") if e.sentence_index == 1]


def first_of(found: list[TensionEvent]) -> tuple[str, str, str | None, str | None] | None:
    """(CAMEO code, PLOVER type, source country and sector, target country and sector) of the
    first event."""
    if not found:
        return None
    event = found[0]
    source = f"{event.source.country}/{event.source.sector}" if event.source else None
    target = f"{event.target.country}/{event.target.sector}" if event.target else None
    return event.cameo_code, event.plover_type, source, target


# "Freeing prisoners is 0841 Return, release person(s), 08 RETREAT" (docs/labelling.md, after
# point 49): the holders who free captives a participle of capture describes ("nurses kidnapped
# from a clinic") release them; the capture is background, and the party the holders' "holding"
# takes as its object is no subject of the release.


def test_holders_who_free_captives_described_by_their_capture_release_them(
    coder: Coder,
) -> None:
    gang = (
        "A gang holding four teachers abducted from a school in Kitwe freed them on Wednesday, "
        "police said."
    )
    found = first_of(second(coder, gang))
    assert found is not None and found[:3] == ("0841", "RETREAT", "ZMB/CRM"), found
    gunmen = (
        "Gunmen holding 20 pupils seized from a bus near Ndola released them on Wednesday, the "
        "governor said."
    )
    found = first_of(second(coder, gunmen))
    assert found is not None and found[:2] == ("0841", "RETREAT"), found
    assert found[2] is not None and found[2].startswith("ZMB/"), found


def test_a_capture_told_as_the_act_stays_a_capture(coder: Coder) -> None:
    # near misses: the capture is the main verb, or its own clause ("and later freed them")
    captured = "Gunmen abducted four teachers from a school in Kitwe on Wednesday, police said."
    found = first_of(second(coder, captured))
    assert found is not None and found[:2] == ("181", "ASSAULT"), found
    joined = "Gunmen abducted four teachers in Kitwe and later freed them, police said."
    found = first_of(second(coder, joined))
    assert found is not None and found[:2] == ("181", "ASSAULT"), found


def test_the_party_before_a_participle_is_the_subject(coder: Coder) -> None:
    # section 2, source is the one who acts: the participle's object is no subject
    guarding = "Zambian soldiers guarding a Zimbabwean cargo convoy fired on the crowd."
    found = first_of(second(coder, guarding))
    assert found is not None and found[2] == "ZMB/MIL", found
    holding = "Militants holding two Zimbabwean engineers attacked a police post near the border."
    found = first_of(second(coder, holding))
    assert found is not None and found[2] == "ZMB/REB", found


def test_a_possessive_before_a_ruling_party_is_no_holder(coder: Coder) -> None:
    # near miss: "Zambia's ruling party": an adjective, not a participle whose object follows
    text = "Supporters of Zambia's ruling party blocked roads in Lusaka on Wednesday."
    found = first_of(second(coder, text))
    assert found is not None and found[:2] == ("144", "PROTEST"), found
    assert found[2] is not None and found[2].startswith("ZMB/"), found


# Section 3 (14: marched, rallied) and CAMEO "144 Obstruct passage, block": a crowd that blocks a
# road, a crossing or a way as its protest protests; its target is its own government, and the
# country across a crossing is a place (section 2: "near the border with Y"). Troops who block
# a crossing restrict movement (191, point 15).


def test_a_crowd_blocking_crossings_protests_against_its_own_government(coder: Coder) -> None:
    farmers = (
        "Zambian farmers blocked two border crossings with Zimbabwe on Wednesday, demanding "
        "higher maize prices."
    )
    assert first_of(second(coder, farmers)) == ("144", "PROTEST", "ZMB/CVL", "ZMB/GOV")
    truckers = (
        "Hundreds of truck drivers blocked the Kasumbalesa checkpoint, demanding lower tolls."
    )
    found = first_of(second(coder, truckers))
    assert found is not None and found[:2] == ("144", "PROTEST"), found


def test_a_crowd_blocking_a_convoy_as_it_protests_is_a_protest(coder: Coder) -> None:
    text = (
        "Zambian students gathered outside the assembly, chanting slogans and blocking the path "
        "of a police convoy."
    )
    codes = [e.cameo_code for e in second(coder, text)]
    assert "191" not in codes, codes
    assert codes and codes[0].startswith("14"), codes


def test_troops_blocking_crossings_restrict_movement(coder: Coder) -> None:
    # near miss: the state's forces block (191, COERCE), the neighbour is the target (point 15)
    text = "Zambian troops blocked two border crossings with Zimbabwe on Wednesday."
    assert first_of(second(coder, text)) == ("191", "COERCE", "ZMB/MIL", "ZWE/None")


def test_a_threatened_blockade_of_crossings_is_aimed_at_home(coder: Coder) -> None:
    text = (
        "Zambian farm unions warned that they would block the main crossings with Zimbabwe if "
        "prices were not raised."
    )
    found = first_of(second(coder, text))
    assert found is not None and found[0].startswith("13"), found
    assert found[3] == "ZMB/GOV", found


# Point 35: a sentence passed is 17 COERCE, told also of several convicted at once and by its
# length alone; a release under supervision that serves it is no release.


def test_sentences_passed_on_several_are_coercion(coder: Coder) -> None:
    lead = "LUSAKA, May 14 (Reuters) - A Zambian court sentenced a former minister to five years."
    plural = (
        "Three ministry officials received sentences of two years each, to be served under "
        "supervised release."
    )
    found = second(coder, plural, lead)
    assert first_of(found) is not None and first_of(found)[:2] == ("173", "COERCE"), found
    assert "0841" not in [e.cameo_code for e in found]
    terms = "Two customs officials received prison terms of five years each."
    found = first_of(second(coder, terms, lead))
    assert found is not None and found[:2] == ("173", "COERCE"), found


def test_terms_that_are_no_sentence_stay_out(coder: Coder) -> None:
    # near miss: terms of a loan are no sentence
    text = "The two firms received terms of repayment from the bank on Wednesday."
    assert "173" not in [e.cameo_code for e in second(coder, text)]


# After point 49: "troops sent to help a government at its request are 074 Provide military
# protection or peacekeeping, 07 AID"; the foreign state helped is the target. Troops sent to help
# at home stay 154 with no target (point 27); help in a fight names the fight (19).


def test_forces_sent_to_help_a_foreign_state_are_aid(coder: Coder) -> None:
    listed = (
        "Zambia sent a special forces unit and two drones to help Malawi secure its border, the "
        "army said."
    )
    found = first_of(second(coder, listed))
    assert found is not None and found[:2] == ("074", "AID"), found
    assert found[3] == "MWI/GOV", found
    deployed = "Zambia deployed 300 soldiers to help Mozambique guard the pipeline."
    found = first_of(second(coder, deployed))
    assert found is not None and found[:2] == ("074", "AID"), found
    assert found[3] == "MOZ/GOV", found


def test_forces_sent_to_help_at_home_are_a_deployment(coder: Coder) -> None:
    text = "Zambia deployed 300 soldiers to help police in Lusaka restore order."
    found = first_of(second(coder, text))
    assert found is not None and found[:2] == ("154", "MOBILIZE"), found


def test_help_in_a_fight_is_the_fight(coder: Coder) -> None:
    text = "Zambian troops helped Congolese soldiers repel an attack by rebels near the border."
    codes = [e.cameo_code for e in second(coder, text)]
    assert codes and codes[0].startswith("19"), codes
    assert "070" not in codes, codes


# Point 8: a measure called unfriendly or hostile is criticised (111, as "called the decision
# unfriendly"); its grounds denied alone ("called the expulsion groundless") stay a rejection, as
# the open labels have it.


def test_a_measure_called_unfriendly_is_criticised(coder: Coder) -> None:
    lead = "LUSAKA, May 14 (Reuters) - Zambia expelled a Russian diplomat on Tuesday."
    quoted = 'Russia\'s embassy called the expulsion "an unfriendly and baseless act".'
    found = first_of(second(coder, quoted, lead))
    assert found is not None and found[:2] == ("111", "ACCUSE"), found
    described = "Moscow described the expulsion as a hostile step that would harm relations."
    found = first_of(second(coder, described, lead))
    assert found is not None and found[:2] == ("111", "ACCUSE"), found


def test_a_measure_called_groundless_alone_is_rejected(coder: Coder) -> None:
    lead = "LUSAKA, May 14 (Reuters) - Zambia expelled a Russian diplomat on Tuesday."
    text = "Moscow called the expulsion groundless on Wednesday."
    found = first_of(second(coder, text, lead))
    assert found is not None and found[:2] == ("120", "REJECT"), found


# Section 2 ("a protest outside parliament, a court or a ministry") and section 3 (14): a crowd
# gathered at a state's house rallies there, the first act of its sentence; gathered to
# celebrate it does not (point 43).


def test_a_crowd_gathered_outside_a_state_house_rallies(coder: Coder) -> None:
    dispersed = (
        "Several hundred nurses gathered outside the health ministry in Lusaka, where police "
        "fired tear gas to disperse them."
    )
    found = first_of(second(coder, dispersed))
    assert found is not None and found[:2] == ("141", "PROTEST"), found
    assert found[3] == "ZMB/GOV", found
    # "in front of the presidential palace" was a rally before the rule; parliament was not
    parliament = "About 300 miners have gathered in front of parliament."
    found = first_of(second(coder, parliament))
    assert found is not None and found[:2] == ("141", "PROTEST"), found


def test_a_crowd_gathered_to_celebrate_is_no_rally(coder: Coder) -> None:
    text = "Hundreds of people gathered outside parliament to celebrate the new law on Wednesday."
    assert "141" not in [e.cameo_code for e in second(coder, text)]


# Point 8 (condemned: 11): "Reporters Without Borders condemned ..." is no negated act; the
# "without" of the body's name negates nothing. An act done "without" is still not done.


def test_a_body_named_without_borders_condemns(coder: Coder) -> None:
    lead = "LUSAKA, May 14 (Reuters) - Zambia's media regulator shut down a private radio station."
    text = (
        "Reporters Without Borders has condemned the closure as an attack on press freedom and "
        "urged the authorities to reverse it."
    )
    found = first_of(second(coder, text, lead))
    assert found is not None and found[:2] == ("111", "ACCUSE"), found
    doctors = "Doctors Without Borders accused the army of shelling a clinic near Kasama."
    found = first_of(second(coder, doctors, lead))
    assert found is not None and found[:2] == ("112", "ACCUSE"), found


def test_an_act_not_done_without_stays_undone(coder: Coder) -> None:
    text = "The envoy left Lusaka without meeting opposition leaders on Wednesday."
    assert "040" not in [e.cameo_code for e in second(coder, text)]


# Point 14 (a single act in the present perfect is news) and section 1 (a span is background):
# "for three months" after a suspension is the measure's term, not a span of acts.


def test_a_suspension_for_a_term_in_the_present_perfect_is_news(coder: Coder) -> None:
    # site copy (no dateline): the present perfect tells the day's act (point 14)
    text = (
        "Zambia's media regulator has suspended the private broadcaster Muvi TV for three months."
    )
    found = first_of(undated_in(coder, text, 0))
    assert found is not None and found[:2] == ("1721", "COERCE"), found
    assert found[3] == "ZMB/MED", found


# Section 1 (descriptive words are no act): an act word that names the kind of group a party is
# ("the kidnap gangs", "a kidnapping ring") is no act of the sentence; the warning is.


def test_a_gang_named_by_its_crime_is_no_kidnapping(coder: Coder) -> None:
    text = 'The army warned the kidnap gangs operating near Kasama that they would be "crushed".'
    codes = [e.cameo_code for e in second(coder, text)]
    assert codes and codes[0].startswith("13"), codes
    assert "181" not in codes, codes


def test_people_kidnapped_by_a_gang_are_kidnapped(coder: Coder) -> None:
    # near miss: the kidnapping is the verb, the gang its object's owner
    text = "Gunmen kidnapped two relatives of gang members near Kasama on Wednesday."
    found = first_of(second(coder, text))
    assert found is not None and found[:2] == ("181", "ASSAULT"), found


# Section 2: GOV is "government, head of state, ministries"; a health ministry, its minister and
# the health authorities are the government, not the health sector.


def test_a_health_ministry_is_the_government(coder: Coder) -> None:
    ministry = "Zambia's Health Ministry urged striking nurses to return to work on Wednesday."
    found = first_of(second(coder, ministry))
    assert found is not None and found[:3] == ("020", "REQUEST", "ZMB/GOV"), found
    minister = "Health Minister Elijah Muchima accused the doctors' union of endangering patients."
    found = first_of(second(coder, minister))
    assert found is not None and found[:3] == ("112", "ACCUSE", "ZMB/GOV"), found


# Section 1 (one event a sentence: the first act) and section 3 (14): a crowd counted or named
# at large that gathers at a state's house and chants is rallying, its act told before the way
# it blocks; the pattern that opens on the crowd holds the crowd's own verb.


def test_a_counted_crowd_gathered_and_chanting_rallies_first(coder: Coder) -> None:
    text = (
        "Thousands of people gathered outside the assembly in the rain, chanting slogans and "
        "blocking the path of army trucks."
    )
    found = first_of(second(coder, text))
    assert found is not None and found[:2] == ("141", "PROTEST"), found


# Points 38 and 42: supporters of a person are civilians, and a crowd that storms a public
# building riots (145), even when the roles first read the one they follow (a cleric) as the
# source; supporters of an armed commander who attack a post stay as coded.


def test_supporters_of_a_cleric_storming_a_palace_riot(coder: Coder) -> None:
    text = (
        "Supporters of the Catholic cleric Mutale Banda stormed the presidential palace in Lusaka "
        "on Wednesday."
    )
    found = first_of(second(coder, text))
    assert found is not None and found[:2] == ("145", "PROTEST"), found
    assert found[2] == "ZMB/CVL", found


def test_supporters_of_an_armed_commander_attacking_a_post_fight(coder: Coder) -> None:
    text = "Supporters of the rebel commander attacked an army post near Kasama on Wednesday."
    codes = [e.cameo_code for e in second(coder, text)]
    assert codes and codes[0].startswith("19"), codes
