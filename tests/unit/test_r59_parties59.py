"""Round 59 (parties59): wrong parties of the round-58 blind pair, by class.

A note, letter or petition handed to someone ("handed Ambassador X a letter demanding ...") is
aimed at the one it is handed to, by the one who hands it; the speaker's own pronoun keeps the
act and its target in a verdict ("said it had given Ambassador X a protest note condemning ...");
the people whose release an appeal or demand asks for are held by another, never its target;
a bare force joined to a named one ("Russian police and migration officers") shares its country;
a place a pair's agreement is about ("the two presidents agreed to reopen negotiations on the
Suez Canal") is no third party."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, evaluation_coder, events, sides_of, undated_in

coder = evaluation_coder


# "A vice-minister handed Ambassador X a note demanding ...": the demand is the
# hander's, made of the one handed the note, not the recipient's demand of the people held
def test_note_handed_names_giver_and_recipient(coder: Coder) -> None:
    text = (
        "The Ugandan deputy foreign minister handed the Kenyan ambassador a note demanding "
        "an explanation for the shooting."
    )
    found = events(coder, text)
    assert found, coded_as(found)
    assert sides_of(found[0]) == ("UGA", "KEN"), coded_as(found)


# "handed the Kenyan envoy a protest note": the protest (114) is the giver's, at the envoy
def test_protest_note_handed_is_the_givers(coder: Coder) -> None:
    text = "The Ugandan foreign minister handed the Kenyan envoy a protest note on Monday."
    found = events(coder, text)
    assert [e.cameo_code for e in found] == ["114"], coded_as(found)
    assert sides_of(found[0]) == ("UGA", "KEN")


# "Nairobi had handed the diplomat a note demanding that Kampala halt ...": the subject of the
# demand's own clause stays its target; the source is the hander, not the envoy
def test_note_demanding_that_keeps_the_clause_subject(coder: Coder) -> None:
    text = (
        "A spokesman said Nairobi had handed the envoy a formal note demanding that "
        "Kampala halt the shelling of villages along the frontier."
    )
    found = events(coder, text)
    assert found, coded_as(found)
    assert found[0].source is not None and found[0].source.text == "Nairobi", coded_as(found)
    assert sides_of(found[0]) == ("KEN", "UGA")


# "The ministry told reporters it had handed Ambassador X a protest note condemning ...": a
# verdict whose maker is the speaker's own pronoun keeps the one handed the note as its target
def test_speakers_pronoun_keeps_the_recipient(coder: Coder) -> None:
    text = (
        "Kenya's foreign ministry said it had handed Uganda's ambassador a protest note "
        "condemning the incursion."
    )
    found = events(coder, text)
    assert found, coded_as(found)
    assert sides_of(found[0]) == ("KEN", "UGA"), coded_as(found)


# "UNICEF called for the prompt release of the pupils": the children are held by someone
# else; they are not the appeal's addressee
def test_held_people_are_not_the_appeals_target(coder: Coder) -> None:
    text = "UNICEF called for the prompt release of the abducted pupils in Zamfara."
    found = events(coder, text)
    assert found, coded_as(found)
    assert found[0].target is None, coded_as(found)


# "demanded the release of every minister detained in the coup": the same for a demand (10)
def test_held_people_are_not_the_demands_target(coder: Coder) -> None:
    text = "The Kenyan government demanded the release of the Ugandan soldiers on Friday."
    found = events(coder, text)
    assert found and found[0].cameo_code.startswith("10"), coded_as(found)
    assert found[0].target is None, coded_as(found)


# "Kenyan police and immigration officials arrested ...": the bare second conjunct shares the
# first's demonym; the subject is the first-named force, of its country
def test_demonym_shared_by_bare_conjunct(coder: Coder) -> None:
    text = "Kenyan police and immigration officials arrested 30 Ugandan traders on Saturday."
    found = events(coder, text)
    assert found and found[0].source is not None, coded_as(found)
    assert found[0].source.text == "Kenyan police", coded_as(found)
    assert sides_of(found[0]) == ("KEN", "UGA")


# "The two presidents also agreed to reopen negotiations on the Suez Canal": the place the pair's
# agreement is about is no party; the act stays between the two leaders
def test_pair_agreement_about_a_place(coder: Coder) -> None:
    body = (
        "Namibian President Hage Geingob met Zambian President Hakainde Hichilema in Windhoek "
        "on Monday. The two presidents also agreed to reopen negotiations on the Suez Canal."
    )
    found = undated_in(coder, body, 1)
    assert found, coded_as(found)
    assert sides_of(found[0]) == ("NAM", "ZMB"), coded_as(found)
