"""Round 44 (miss44): acts of relevant sentences the coder gave nothing for. Sentences written
for these tests."""

from __future__ import annotations

from tensionwatch.domain import existence
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import tokenize
from tests.unit.coding import code_list, coded_as, events, first_act, recommended_coder

coder = recommended_coder


# --- "Some threw stones": a quantifier standing for a crowd is the subject of the verb after it ---


def test_some_opening_a_sentence_is_the_subject_of_an_irregular_past(coder: Coder) -> None:
    """ "Some threw rocks at gendarmes ..., while others looted shops": "threw" is the crowd's
    verb, no noun after a determiner, so the stone-throwing is not dropped as descriptive."""
    text = (
        "Some threw rocks at gendarmes outside the prefecture in Kasama, while others looted shops."
    )
    assert "145" in code_list(coder, text)


def test_some_after_and_is_the_subject_of_a_past_with_a_possessive(coder: Coder) -> None:
    """ ", and some forced their way into the ministry compound": a clause's subject."""
    text = "Thousands rallied in Lusaka, and some forced their way into the ministry compound."
    assert "180" in code_list(coder, text)


def test_some_before_a_participle_and_a_noun_stays_a_determiner(coder: Coder) -> None:
    """Near miss: "Some jailed activists began a hunger strike": "jailed" describes the
    activists (a noun follows it), so no arrest is coded."""
    text = "Some jailed activists in Lusaka began a hunger strike on Monday."
    codes = code_list(coder, text)
    assert "173" not in codes
    act = first_act(coder, text)
    assert act is not None and act[1] == "142"


# --- "the chairman of <a body>": an office holder of the body, as "the head of" -------------------


def _source_code(coder: Coder, text: str) -> str | None:
    found = events(coder, text)
    assert found, text
    return found[0].source.code if found[0].source is not None else None


def test_the_chairwoman_of_a_bloc_is_the_bloc(coder: Coder) -> None:
    """ "The chairwoman of the Pacific Islands Forum asked": the forum asks (was no source)."""
    text = (
        "The chairwoman of the Pacific Islands Forum asked Canberra on Friday to delay the new "
        "visa rules for seasonal workers."
    )
    assert _source_code(coder, text) == "IGOPACPIF"


def test_a_chairwoman_alone_is_no_party(coder: Coder) -> None:
    """Near miss: "The chairwoman asked" names no body: still no source."""
    text = (
        "The chairwoman asked Canberra on Friday to delay the new visa rules for seasonal workers."
    )
    assert _source_code(coder, text) is None


# --- "Runner-up X": the losing candidate of an election is the opposition ------------------------


def test_an_elections_runner_up_is_the_opposition(coder: Coder) -> None:
    """ "Runner-up Tomas Ferreira refused to accept the final count": the runner-up is an
    opposition candidate (OPP), not a civilian "runner" (an athlete, CVL), which left the
    rejection of the results with no political party in agency copy."""
    text = (
        "Runner-up Tomas Ferreira refused to accept the final count and vowed to challenge it "
        "in court."
    )
    found = events(coder, text)
    assert found and found[0].cameo_code == "120"
    assert found[0].source is not None and found[0].source.sector == "OPP"


def test_a_runner_is_still_an_athlete(coder: Coder) -> None:
    """Near miss: "The runner Tomas Ferreira" is a civilian, no opposition."""
    found = coder.actors.find("The runner Tomas Ferreira won the marathon in Dili.", None)
    sectors = {match.actor.sector for match in found}
    assert "CVL" in sectors and "OPP" not in sectors


# --- a confidence vote lost, a vote against a government: 11 ACCUSE (labelling guide 23, 36) -----


def test_a_confidence_vote_lost_is_a_censure(coder: Coder) -> None:
    """ "lost a parliamentary confidence vote": a passed no-confidence motion (111)."""
    text = (
        "The cabinet in Valletta lost a parliamentary confidence vote by three votes late on "
        "Thursday."
    )
    assert code_list(coder, text)[:1] == ["111"]


def test_lawmakers_voting_against_a_government_censure_it(coder: Coder) -> None:
    """ "voted on Thursday against the cabinet, ending ...": the legislature's censure."""
    text = (
        "Senators from both coalition parties voted on Thursday against the cabinet, ending "
        "Karl Vella's eight months in office."
    )
    found = events(coder, text)
    assert found and found[0].cameo_code == "111"
    assert found[0].source is not None and found[0].source.sector == "LEG"


def test_a_confidence_vote_survived_is_no_act_codes_nothing(coder: Coder) -> None:
    """Near miss: a government that survives a confidence vote does no act (guide 23)."""
    text = (
        "Prime Minister Karl Vella's cabinet easily survived the confidence ballot late on "
        "Thursday."
    )
    assert code_list(coder, text) == []


def test_a_vote_against_the_governments_budget_is_no_censure_codes_nothing(coder: Coder) -> None:
    """Near miss: "against the cabinet's plan" votes on a bill, not on the government."""
    text = "Senators voted on Thursday against the cabinet's plan to sell the port."
    assert code_list(coder, text) == []


# --- "responded with tear gas": what a party answers with is its act, no descriptive noun ------


def _descriptive(text: str, trigger: str) -> bool:
    words = tokenize(text).words
    head = words.index(trigger)
    return existence.descriptive(words, head, head + 1)


def test_an_answer_with_tear_gas_is_the_act(coder: Coder) -> None:
    """ "Riot police responded with water cannon": the answer reports the act, scored as a
    verb's (it was a noun hanging from "with", scored under the agency floor)."""
    answered = (
        "Riot police in Kisumu responded with water cannon after students blocked the ring road."
    )
    assert not _descriptive(answered, "water")
    found = events(coder, answered)
    assert found and found[0].cameo_code == "175" and found[0].confidence >= 0.7


def test_hitting_back_with_shelling_is_the_act() -> None:
    """ "hit back with artillery fire": as "responded with"."""
    text = "The navy hit back with artillery fire near Mutsamudu."
    assert not _descriptive(text, "artillery")


def test_arriving_with_tear_gas_stays_descriptive(coder: Coder) -> None:
    """Near miss: "Riot police came with water cannon" names what they brought, no act."""
    came = "Riot police in Kisumu came with water cannon after students blocked the ring road."
    assert _descriptive(came, "water")
    found = events(coder, came)
    assert coded_as(found) == [("ASSAULT", "175", "KENCOP", "KENEDU")]


# --- "denied encouraging the riots": a charge of incitement denied (016) -------------------------


def test_a_denied_incitement_is_a_denial(coder: Coder) -> None:
    """ "denied inciting the looting": the denial is the act, scored as the other denials of
    a named deed ("denied attacking"), and the incitement denied is no act of the speaker."""
    text = "Mwila Banda, the opposition leader, denied inciting the looting in Kitwe on Tuesday."
    found = events(coder, text)
    assert found and found[0].cameo_code == "016" and found[0].confidence >= 0.55
    assert "113" not in code_list(coder, text)


def test_denied_planning_permission_is_no_denial_codes_nothing(coder: Coder) -> None:
    """Near miss: "denied planning permission" refuses a permit; "planning" is no deed denied."""
    text = "The council denied planning permission for the new stadium in Kitwe."
    assert code_list(coder, text) == []
