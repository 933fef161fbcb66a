"""Round 39, wrong types (types6), tested on sentences written for them.

- A crowd gathered at a place and "demanding" or "protesting" as it does, a vigil kept
  "demanding" or "to demand", and a leader who "led hundreds of people on a march" rally (141,
  PROTEST); the demand told after is the rally's content, not the sentence's act (REQUEST). Not
  officials gathered demanding, a vigil for the dead, or troops led on a march.
- "called the verdict a political execution", "called the arson attack an act of treason", "a
  political lynching", "a show trial": the judgment is the accusation (111, ACCUSE) before the
  appeal or vow after it; "called for a swift execution of the sentence" is no
  judgment.
- "vowed to make Amman and Damascus pay for the strikes", "swore to make the army pay dearly",
  "would pay a very heavy price": harm announced (130, THREATEN), no promise (030); not "vowed to
  make tax dodgers pay for the deficit".
- "said Kabul had sheltered militants", "was harbouring 'bandits' who raid it": armed men
  harboured, sheltered, armed or trained by a state, told by a speaker, are the speaker's charge
  on that state (112, ACCUSE), before the raids a relative clause tells; not an army's own
  recruits trained.
- "Tens of thousands answered the cleric's call on Friday evening, waving flags": a call answered
  or heeded is no appeal (020) read from "call on"; what the answerers do is the act. "called on
  Friday for calm" stays an appeal.
- "announced a truce deal with the rebels", "reached a ceasefire agreement with": a truce agreed
  with a side (0356, AGREE), not one declared alone (0871, RETREAT).
- "said it remained ready to help Armenia and Azerbaijan restart peace talks": an offer of help
  (033, AGREE) before the talks it would help (046); not "doctors ready to help the wounded".
- "had sent a pardon request to the president": a procedure or plea for a pardon frees no one
  (0841); "granted a pardon to" still does.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, events, first_act, recommended_coder, types

coder = recommended_coder


def test_a_crowd_gathered_demanding_rallies(coder: Coder) -> None:
    text = (
        "Several hundred residents of Kosice gathered in the main square on Sunday evening, "
        "demanding that the regional governor step down over the hospital closures."
    )
    assert first_act(coder, text) == ("PROTEST", "141", 4)


def test_a_crowd_gathered_protesting_rallies(coder: Coder) -> None:
    text = (
        "Hundreds of farmers massed at a border crossing near Plovdiv on Monday, protesting "
        "against cheap grain imports."
    )
    assert first_act(coder, text) == ("PROTEST", "141", 4)


def test_ministers_gathered_demanding_still_demand(coder: Coder) -> None:
    # near miss: the gatherers are no crowd, so the demand stays the act
    text = (
        "Foreign ministers gathered in Vienna on Monday, demanding that Moscow withdraw its troops."
    )
    found = first_act(coder, text)
    assert found is not None and found[0] == "REQUEST"
    assert "PROTEST" not in types(coder, text)


def test_protesters_gathered_outside_keep_their_own_pattern(coder: Coder) -> None:
    # near miss: "protesters gathered outside" (three words named, heavier) outranks the crowd
    # pattern, so the rally's span starts at the protesters, not at "Thousands"
    text = (
        "Several thousand protesters gathered outside parliament in Tirana late on Monday, "
        "demanding early elections and the release of detained activists."
    )
    found = events(coder, text)
    assert found[0].cameo_code == "141"
    assert found[0].evidence.startswith("protesters gathered outside")


def test_a_vigil_kept_demanding_is_a_rally(coder: Coder) -> None:
    text = (
        "Relatives of the jailed journalists held a vigil outside the prison in Minsk on Sunday, "
        "demanding to see them."
    )
    assert first_act(coder, text) == ("PROTEST", "141", 4)


def test_a_vigil_kept_to_demand_is_a_rally(coder: Coder) -> None:
    text = "Families of the missing held a vigil outside the ministry in Lima to demand answers."
    assert first_act(coder, text) == ("PROTEST", "141", 4)


def test_a_vigil_for_the_dead_is_no_rally_codes_nothing(coder: Coder) -> None:
    # near miss: no demand or protest told with the vigil
    text = "Dozens of relatives held a candlelight vigil for the miners in Katowice on Sunday."
    assert types(coder, text) == set()


def test_leading_a_crowd_on_a_march_is_a_rally(coder: Coder) -> None:
    text = (
        "The former president led thousands of supporters on a march through Lusaka against "
        "the new constitution."
    )
    assert first_act(coder, text) == ("PROTEST", "141", 4)


def test_the_march_comes_before_the_demand_told_after_it(coder: Coder) -> None:
    text = (
        "A retired teacher who heads the village council led dozens of farmers on a march to "
        "the regional capital and demanded that the governor reopen the grain depot."
    )
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("PROTEST", "141")


def test_troops_led_on_a_march_are_no_rally_codes_nothing(coder: Coder) -> None:
    # near miss: troops are no crowd
    assert types(coder, "The general led his troops on a march to the frontier.") == set()


def test_a_political_execution_called_is_the_accusation_before_the_appeal(coder: Coder) -> None:
    text = (
        "Speaking outside the court, the former mayor called the verdict a political execution "
        "ordered from the presidency and asked the appeal judges to overturn it."
    )
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "111")


def test_an_act_of_treason_called_is_the_accusation_before_the_vow(coder: Coder) -> None:
    text = (
        "The interior minister in Lusaka called the arson attack on the electoral commission an "
        "act of treason and vowed that the police would respond without mercy."
    )
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "111")


def test_a_political_lynching_called_is_an_accusation(coder: Coder) -> None:
    text = (
        "The mayor of Skopje called the trial a political lynching and urged the court to free her."
    )
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "111")


def test_calling_for_an_execution_is_no_accusation(coder: Coder) -> None:
    # near miss: "called for" a sentence carried out judges nothing
    assert types(coder, "The prosecutor called for a swift execution of the sentence.") == {
        "REQUEST"
    }


def test_vowing_to_make_a_side_pay_for_an_attack_is_a_threat(coder: Coder) -> None:
    text = "The militia vowed to make Amman and Damascus pay for the strikes."
    found = first_act(coder, text)
    assert found is not None and found[0] == "THREATEN"


def test_swearing_to_make_a_side_pay_dearly_is_a_threat(coder: Coder) -> None:
    text = "The insurgents swore to make the army pay dearly for the raid on their camp."
    found = first_act(coder, text)
    assert found is not None and found[0] == "THREATEN"


def test_vowing_to_make_tax_dodgers_pay_for_the_deficit_is_no_threat_codes_nothing(
    coder: Coder,
) -> None:
    # near miss: what is paid for is no hostile act
    text = "The minister vowed to make tax dodgers pay for the deficit."
    assert types(coder, text) == set()


def test_a_very_heavy_price_vowed_is_a_threat(coder: Coder) -> None:
    text = "The Tunisian president vowed that the smugglers would pay a very heavy price."
    found = first_act(coder, text)
    assert found is not None and found[0] == "THREATEN"


def test_a_state_said_to_harbour_militants_is_accused(coder: Coder) -> None:
    text = "Tajikistan said Kabul had sheltered militants who crossed the border."
    found = events(coder, text)
    assert found and found[0].plover_type == "ACCUSE"
    assert (country(found[0].source), country(found[0].target)) == ("TJK", "AFG")


def test_the_charge_comes_before_the_attacks_of_the_men_harboured(coder: Coder) -> None:
    text = (
        'The interior minister of Uzbekistan said Kyrgyzstan was harbouring "bandits" who raid it.'
    )
    found = first_act(coder, text)
    assert found is not None and found[0] == "ACCUSE"


def test_an_army_that_trained_its_recruits_is_accused_of_nothing(coder: Coder) -> None:
    # near miss: the men trained are no armed group
    assert types(coder, "The army said it had trained 300 recruits.") == set()


def test_a_call_answered_is_no_appeal(coder: Coder) -> None:
    text = (
        "Tens of thousands answered the cleric's call on Friday evening, waving national flags "
        "and chanting against the fuel price rise."
    )
    assert "REQUEST" not in types(coder, text)
    found = first_act(coder, text)
    assert found is not None and found[0] == "PROTEST"


def test_a_call_made_on_a_day_is_still_an_appeal(coder: Coder) -> None:
    # near miss: "called on Friday for calm" is the speaker's own appeal
    found = first_act(coder, "The opposition leader in Tunis called on Friday for calm.")
    assert found is not None and found[0] == "REQUEST"


def test_a_truce_deal_announced_with_a_side_is_an_agreement(coder: Coder) -> None:
    text = "Sudan's army announced a truce deal with the rebels in Darfur on Monday."
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("AGREE", "0356")


def test_a_truce_declared_alone_stays_a_truce(coder: Coder) -> None:
    # near miss: the agreement is not the truce's ("after the agreement ... collapsed")
    text = "The army announced a ceasefire on Monday after the agreement with the rebels collapsed."
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("RETREAT", "0871")


def test_ready_to_help_two_sides_resume_talks_is_an_offer(coder: Coder) -> None:
    text = (
        "The Swiss government said it remained ready to help Armenia and Azerbaijan restart peace "
        "talks in Geneva."
    )
    found = events(coder, text)
    assert found and found[0].cameo_code == "033"
    assert country(found[0].target) == "ARM"


def test_helpers_ready_to_help_described_make_no_offer_codes_nothing(coder: Coder) -> None:
    # near miss: "ready to help" with no copula describes the doctors; no offer is made
    text = "Doctors ready to help the wounded in Rafah waited at the crossing."
    assert types(coder, text) == set()


def test_a_pardon_procedure_started_frees_no_one(coder: Coder) -> None:
    text = (
        "The jailed blogger's family said it had sent a pardon request to the president and "
        "asked the prosecutor general in Riga to free him on bail."
    )
    found = first_act(coder, text)
    assert found is not None and found[0] == "REQUEST"
    assert "RETREAT" not in types(coder, text)


def test_a_pardon_granted_still_frees(coder: Coder) -> None:
    # near miss: the pardon itself, no procedure, is the release
    text = "The president of Latvia granted a pardon to the two jailed activists."
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("RETREAT", "0841")
