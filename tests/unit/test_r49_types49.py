"""Round 49, types49: events of the wrong type, sorted by the labelling guide's convention that
decides them (docs/labelling.md), each convention held in its other forms (passive, nominal,
reported, coordinated). Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, first_dyad, recommended_coder

coder = recommended_coder


# Point 7: expelling diplomats and recalling an ambassador are 16 SANCTION (161), also told in the
# passive from the diplomats ("were expelled", "has been recalled", "had been ordered to leave",
# "was ordered out"); the expelling state is the "by" agent, else the state they must leave.


def test_diplomats_expelled_in_the_passive_are_a_sanction(coder: Coder) -> None:
    by = "Two Moldovan diplomats were expelled by Romania on Thursday."
    assert first_dyad(coder, by) == ("SANCTION", "161", "ROU", "MDA")
    left = "Four Serbian diplomats and their families were expelled from Montenegro on Friday."
    assert first_dyad(coder, left) == ("SANCTION", "161", "MNE", "SRB")
    out = "Kazakhstan's ambassador was ordered out of Kyrgyzstan on Sunday."
    assert first_dyad(coder, out) == ("SANCTION", "161", "KGZ", "KAZ")
    hours = "Three Cuban diplomats have been given 72 hours to leave Panama."
    assert first_dyad(coder, hours) == ("SANCTION", "161", "PAN", "CUB")


def test_an_ambassador_recalled_in_the_passive_is_a_sanction(coder: Coder) -> None:
    text = "Peru's ambassador in Bogota has been recalled for consultations."
    assert first_dyad(coder, text) == ("SANCTION", "161", "PER", "COL")


def test_ordered_out_before_the_diplomats_is_a_sanction(coder: Coder) -> None:
    text = "Mongolia ordered out two Chinese diplomats on Tuesday."
    assert first_dyad(coder, text) == ("SANCTION", "161", "MNG", "CHN")


def test_an_expulsion_and_its_deadline_are_one_sanction(coder: Coder) -> None:
    # the deadline to leave given to the expelled is the expulsion's, not a demand (100)
    declared = (
        "Tajikistan's foreign ministry said two Uzbek diplomats had been declared persona non "
        "grata and given 48 hours to leave the country."
    )
    assert first_dyad(coder, declared) == ("SANCTION", "161", "TJK", "UZB")
    assert "100" not in code_list(coder, declared)
    expelled = "Two Belgian diplomats were expelled and given a week to leave Rwanda."
    assert first_dyad(coder, expelled) == ("SANCTION", "161", "RWA", "BEL")


def test_others_expelled_or_given_a_deadline_keep_their_types(coder: Coder) -> None:
    # near misses: journalists expelled are individuals (174, point 7); a deadline to armed men a
    # demand (100); a future recall is no act of the day
    journalists = "Two Danish journalists were expelled by Eritrea on Saturday."
    assert first_dyad(coder, journalists) == ("COERCE", "174", "ERI", "DNK")
    deadline = "The army gave the bandits 48 hours to leave the forest."
    found = first_dyad(coder, deadline)
    assert found is not None and found[:2] == ("REQUEST", "100"), found
    future = "The Slovak ambassador in Budapest will be withdrawn, the ministry in Bratislava said."
    assert "161" not in code_list(coder, future)


def test_a_passive_in_another_clause_is_no_expulsion(coder: Coder) -> None:
    # near misses: a saying verb or a relative between the diplomat and the participle
    for text in (
        "The ambassador said 30 migrants were expelled from the camp near the border.",
        "The envoy said the students were told to leave the square by midnight.",
        "Diplomats said the observers had been ordered to leave the province.",
        "The consul, whose nephew was expelled from college last year, opened the fair.",
    ):
        assert "161" not in code_list(coder, text), text


# Section 1, one event a sentence: "condemned the arrests and demanded their release" is 11, the
# first act. A condemnation whose object names no party, by a speaker of no political sector,
# falls under the relevance line alone; joined by "and" to its speaker's appeal or demand, it takes
# that act's relevance and stays the sentence's first act.


def test_a_condemnation_under_the_line_alone_is_the_first_act(coder: Coder) -> None:
    # the condemnation's object names no party and its speaker is of no political sector: alone
    # it falls under the relevance line, and the demand or appeal after it led
    for text in (
        "Leaders of the Malawian dockers condemned the detentions and demanded that the "
        "crane operators be freed by the evening.",
        "The Guatemalan teachers' union condemned the treatment of the pupils and called on "
        "the education minister to discipline the guards.",
    ):
        found = first_dyad(coder, text)
        assert found is not None and found[0] == "ACCUSE", (text, found)


def test_a_condemnation_joined_to_a_demand_stays_first_in_its_forms(coder: Coder) -> None:
    for text in (
        # the present perfect of site copy
        "The Salvadoran bakers' union has denounced the treatment of the apprentices and urged "
        "the labour minister to close the ovens.",
        # an adverb between "and" and the appeal
        "The Paraguayan dockers' union criticised the handling of the stoppage and then asked "
        "the transport minister to reopen the quays.",
        # a named leader, the demand's content a passive clause
        "Nicaraguan union leader Ramon Aguilar condemned the detentions and demanded that the "
        "loggers be released before dawn.",
    ):
        found = first_dyad(coder, text)
        assert found is not None and found[0] == "ACCUSE", (text, found)


def test_an_appeal_first_or_another_speaker_keeps_its_order(coder: Coder) -> None:
    # near misses: the appeal told first stays first; a condemnation by another speaker in a
    # "while" clause lends nothing; a condemnation that passes alone was first already
    first = (
        "The Zambian miners' federation urged the police chief to suspend the officers and "
        "condemned the beatings."
    )
    found = first_dyad(coder, first)
    assert found is not None and found[0] == "REQUEST", found
    other = (
        "The dockers condemned the arrests, while Malawi's labour ministry urged the strikers "
        "to return to work."
    )
    found = first_dyad(coder, other)
    assert found is not None and found[0] == "REQUEST", found
    sport = "The coach condemned the chants and called on the league to punish the fans."
    assert code_list(coder, sport) == []


# Section 1, one event a sentence: "A clause that only says what someone said before the act ...
# is not an act; the act is the appeal." An accusation read in what a speaker said (no accusing
# verb of its own) gives way to the appeal, demand or threat the same speaker joins to it with
# "and"; an accusing verb told first stays the act.


def test_what_was_said_before_the_act_is_no_act(coder: Coder) -> None:
    told = (
        "Lesotho's home affairs minister told lawmakers the walkout was illegal and warned that "
        "the government would dismiss every striking clerk."
    )
    found = first_dyad(coder, told)
    assert found is not None and found[0] == "THREATEN", found
    urged = (
        "Armenia's foreign ministry said the shelling of Jermuk had been deliberate and urged the "
        "European Union monitors to visit the town."
    )
    assert first_dyad(coder, urged) == ("REQUEST", "026", "ARM", None)
    demanded = (
        "Benin's opposition leader said the arrests were politically motivated and demanded "
        "that the government free the activists."
    )
    assert first_dyad(coder, demanded) == ("REQUEST", "1053", "BEN", "BEN")


def test_an_accusing_verb_told_first_stays_the_act(coder: Coder) -> None:
    # near misses: "accused", "condemned" and "called X a provocation" are acts of their own
    for text in (
        "Armenia's foreign ministry accused Azerbaijan of shelling Jermuk and urged the European "
        "Union monitors to visit the town.",
        "Lesotho's home affairs minister condemned the walkout and warned that the government "
        "would dismiss every striking clerk.",
        "Armenia's foreign ministry called the shelling a deliberate provocation and urged the "
        "European Union monitors to visit the town.",
    ):
        found = first_dyad(coder, text)
        assert found is not None and found[0] == "ACCUSE", (text, found)


# Section 1, not done: the act after "stop short of" is the one not taken ("stopped short of
# threatening a veto", "a penalty that stops short of barring him"), no act of any root, so the act
# the sentence does report ("has backed the position") is its event.


def test_an_act_stopped_short_of_is_no_act(coder: Coder) -> None:
    backed = (
        "Latvia has backed Lithuania's position but stopped short of threatening a veto of its own."
    )
    assert first_dyad(coder, backed) == ("SUPPORT", "051", "LVA", "LTU")
    assert "129" not in code_list(coder, backed)
    alone = "The foreign ministry of Peru stopped short of condemning the coup in La Paz."
    assert code_list(coder, alone) == []
    formally = "Norway endorsed the plan but stopped short of formally imposing sanctions on Minsk."
    assert "163" not in code_list(coder, formally)


def test_an_act_not_stopped_short_of_keeps_its_type(coder: Coder) -> None:
    # near misses: a threat to veto stays a threat; "short of fuel" is no stop
    found = first_dyad(coder, "Serbia threatened to veto the resolution on Kosovo.")
    assert found is not None and found[0] == "THREATEN", found
    fuel = "The army, short of fuel, shelled rebel positions near the town of Bor."
    found = first_dyad(coder, fuel)
    assert found is not None and found[0] == "ASSAULT", found
