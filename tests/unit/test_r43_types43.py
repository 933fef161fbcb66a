"""Round 43 (types43): types and sides on the shared sets (news_stream_dev, petr2_gsr, the
PLOVER GSR) and the open wire and feed sets. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, events, first_codes, recommended_coder

coder = recommended_coder


def test_secretary_general_is_the_organisations_office(coder: Coder) -> None:
    # "Secretary-General": the hyphen glued "General" to the office; the rank "General" took
    # the name alone and lost the organisation
    text = (
        "OAS Secretary-General Teresa Villalba denounced the jailing of a Honduran opposition "
        "leader."
    )
    code, source, _ = first_codes(coder, text)
    assert code.startswith("11")
    assert source is not None and source.startswith("IGO")


def test_attorney_general_is_no_soldier(coder: Coder) -> None:
    found = events(coder, "Attorney-General Pavel Kolar accused the former minister of fraud.")
    assert found and found[0].source is not None
    # the prosecution, `JUD` (round 46, sector46: section 2), never the rank's `MIL`
    assert found[0].source.sector == "JUD"


def test_secretary_general_of_an_organisation(coder: Coder) -> None:
    # the office joined to its "-General" still takes the organisation named after "of"
    text = "The Secretary-General of the Arab League urged Jordan to reopen the crossing."
    found = events(coder, text)
    assert found and found[0].source is not None
    assert found[0].source.code.startswith("IGO")


def test_lieutenant_general_stays_a_soldier(coder: Coder) -> None:
    # near miss: a military rank glued by a hyphen is still a rank
    found = events(coder, "Lieutenant-General Idrissa Kone ordered troops to the northern border.")
    assert found and found[0].source is not None
    assert found[0].source.sector == "MIL"


def test_is_opposed_to_keeps_its_subject(coder: Coder) -> None:
    # "is opposed to": the subject's own stance, no passive to turn round
    found = events(coder, "Uruguay is opposed to a Brazilian proposal to dredge the border lagoon.")
    assert found and found[0].plover_type == "REJECT"
    assert found[0].source is not None and found[0].source.country == "URY"
    assert found[0].target is not None and found[0].target.country == "BRA"


def test_was_opposed_by_stays_a_passive(coder: Coder) -> None:
    # near miss: "was opposed by" has its agent after "by"
    found = events(
        coder, "A Brazilian proposal to dredge the border lagoon was opposed by Uruguay."
    )
    assert found and found[0].source is not None and found[0].source.country == "URY"


def test_wounded_soldiers_in_a_bomb_attack(coder: Coder) -> None:
    # the attack's noun after "injured X in a": the verb's subject made it, X suffered it
    text = "Rebels injured three Malian troops in a roadside ambush outside Kidal on Monday."
    found = events(coder, text)
    assert found and found[0].plover_type == "ASSAULT"
    assert found[0].source is not None and found[0].source.sector == "REB"
    assert found[0].target is not None and found[0].target.sector == "MIL"


def test_soldiers_wounded_in_a_bomb_attack_have_no_maker(coder: Coder) -> None:
    # near miss: the passive names only the victims
    found = events(
        coder, "Three Malian troops were injured in a roadside ambush outside Kidal on Monday."
    )
    assert found and found[0].target is not None and found[0].target.sector == "MIL"
    assert coded_as(found) == [("ASSAULT", "190", None, "MLIMIL")]


def test_they_after_two_speakers_is_the_first(coder: Coder) -> None:
    text = "Chile and Argentina said they would retaliate against the Brazilian tariffs."
    found = events(coder, text)
    assert found and found[0].source is not None and found[0].source.country == "CHL"


def test_they_after_one_speaker(coder: Coder) -> None:
    # near miss: one speaker, "they" is it
    found = events(coder, "Argentina said they would retaliate against the Brazilian tariffs.")
    assert found and found[0].source is not None and found[0].source.country == "ARG"


def test_aid_halt_announced_is_the_decision(coder: Coder) -> None:
    # "said it would suspend aid": the state's decision told, 162, not a threat (1311)
    code, _, target = first_codes(
        coder, "Norway announced on Friday it would suspend development aid to Burundi.", "country"
    )
    assert code == "162"
    assert target == "BDI"


def test_aid_halt_with_a_condition_stays_a_threat(coder: Coder) -> None:
    # near miss: "if ..." makes the announced halt a threat
    text = (
        "Norway said it would suspend development aid to Burundi if the vote was postponed again."
    )
    code, _, _ = first_codes(coder, text)
    assert code.startswith("13")


def test_aid_halt_warned_stays_a_threat(coder: Coder) -> None:
    # near miss: a warning governs what it announces
    found = events(coder, "Norway warned it would suspend development aid to Burundi.")
    assert found and all(event.cameo_code.startswith("13") for event in found)


def test_counted_victims_after_an_aside_and_said(coder: Coder) -> None:
    # "X, a mission ..., said at least 14 herders had been": a reported clause, not ", said X"
    text = (
        "Sahel Watch, an observer mission funded by several European donors, said at least 14 "
        "herders had been shot dead by Malian soldiers near the border."
    )
    found = events(coder, text)
    assert found and found[0].plover_type == "ASSAULT"
    assert found[0].source is not None and found[0].source.sector == "MIL"
    assert found[0].target is not None and found[0].target.sector == "CVL"


def test_said_and_a_named_speaker_after_a_comma(coder: Coder) -> None:
    # near miss: ", said X, a local official": the trailing speaker is no party
    text = "Malian troops shelled the rebel camp near Kidal, said Oumar Diallo, a local official."
    found = events(coder, text)
    assert found and found[0].source is not None and found[0].source.sector == "MIL"
    assert coded_as(found) == [("ASSAULT", "194", "MLIMIL", "MLIREB")]
