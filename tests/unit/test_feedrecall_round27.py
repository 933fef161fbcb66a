"""Relevant news-site sentences the coder found no act in, round 27: court copy (remanding,
ordering to stand trial, summoning as a suspect), emergency powers invoked, a refusal said
now ("would not accept"), a verdict called by a word the lists lacked, full confidence in an
office holder, a speaker telling of another's act with an adverb of blame ("had illegally
intruded"), and meetings told as "sat down with" or "shook hands with". Every sentence in
these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, evaluation_coder, events, first_act, of_type

coder = evaluation_coder


@pytest.mark.parametrize(
    "text",
    [
        "A magistrate in Harare remanded the two activists in custody until next week.",
        "Spain's Supreme Court ordered the former minister to stand trial for embezzlement.",
        "A judge in Seville summoned the regional president's brother to testify as a suspect.",
        "The former mayor was questioned as a suspect by anti-corruption prosecutors on Friday.",
    ],
)
def test_court_copy_is_legal_action(coder: Coder, text: str) -> None:
    assert first_act(coder, text, "cameo_root") == ("COERCE", "17", 4)


def test_the_court_is_the_source_of_an_order_to_stand_trial(coder: Coder) -> None:
    event = of_type(
        events(coder, "Italy's top court ordered the former interior minister to stand trial."),
        "COERCE",
    )
    assert event.source is not None and event.source.sector == "JUD"
    assert (country(event.source), country(event.target)) == ("ITA", "ITA")


@pytest.mark.parametrize(
    "text",
    [
        "The singer will stand trial in Lyon next month.",
        "The suspect was remanded in custody after the stabbing in the town centre.",
    ],
)
def test_a_trial_to_come_or_a_crime_suspects_remand_is_no_act(coder: Coder, text: str) -> None:
    assert events(coder, text) == []


def test_invoking_emergency_powers_is_emergency_rule(coder: Coder) -> None:
    text = "The Canadian prime minister invoked emergency powers to clear the blockades on Monday."
    assert first_act(coder, text) == ("COERCE", "1724", 4)


def test_a_refusal_said_now_is_a_rejection(coder: Coder) -> None:
    text = "The president said Brazil would never accept foreign interference in its courts."
    assert first_act(coder, text, "cameo_root") == ("REJECT", "12", 3)


def test_refusing_defeat_in_a_final_is_no_rejection(coder: Coder) -> None:
    assert events(coder, "The captain said his team would never accept defeat in the final.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers for the former president called the sentence “absurdly excessive”.",
        "The opposition leader called the new electoral law unfair and undemocratic.",
    ],
)
def test_a_verdict_by_a_word_of_blame_is_criticism(coder: Coder, text: str) -> None:
    assert first_act(coder, text, "cameo_root") == ("ACCUSE", "11", 3)


def test_what_a_speaker_termed_unfair_names_no_criticism_of_its_own_codes_nothing(
    coder: Coder,
) -> None:
    text = "The president spoke about what he called unfair trade practices in Asia."
    assert events(coder, text) == []


def test_full_confidence_in_an_office_holder_is_backing(coder: Coder) -> None:
    text = "The cabinet said it had full confidence in the attorney general."
    assert first_act(coder, text, "cameo_root") == ("SUPPORT", "05", 1)


def test_confidence_in_the_economy_is_no_backing(coder: Coder) -> None:
    assert events(coder, "The finance minister said he had full confidence in the economy.") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Tokyo said the Chinese vessel had illegally entered Japanese waters.", ("JPN", "CHN")),
        ("Warsaw said Russia was deliberately targeting Polish railways.", ("POL", "RUS")),
        ("Madrid said the Moroccan boats had no right to fish there.", ("ESP", "MAR")),
    ],
)
def test_a_speaker_telling_of_an_act_with_blame_accuses_its_doer(
    coder: Coder, text: str, pair: tuple[str, str]
) -> None:
    event = of_type(events(coder, text), "ACCUSE")
    assert (country(event.source), country(event.target)) == pair


def test_an_adverb_of_blame_without_a_speaker_is_no_accusation(coder: Coder) -> None:
    text = "More than 3,000 attempts to cross the border illegally were recorded last year."
    assert [e.plover_type for e in events(coder, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish prime minister sat down with the Catalan leader for talks on Friday.",
        "The Indian prime minister shook hands with the Chinese president in Kazan.",
    ],
)
def test_sitting_down_or_shaking_hands_with_a_leader_is_a_meeting(coder: Coder, text: str) -> None:
    assert first_act(coder, text, "cameo_root") == ("CONSULT", "04", 1)


def test_firing_the_head_of_the_police_is_a_dismissal(coder: Coder) -> None:
    text = "The Mexican government fired the head of the federal police on Monday."
    assert first_act(coder, text) == ("COERCE", "172", 4)


def test_a_fire_opened_on_a_march_is_no_death_in_a_fire(coder: Coder) -> None:
    text = "Nine marchers were killed when soldiers opened fire on a rally in Juba, witnesses said."
    assert [e.plover_type for e in events(coder, text)][:1] == ["ASSAULT"]


def test_deaths_in_a_house_fire_stay_no_act(coder: Coder) -> None:
    assert events(coder, "Four people were killed in a house fire in Lyon on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The blogger was handed a four-year prison sentence by a court in Minsk.",
        "A court in Bangkok found the activist guilty and gave him a suspended sentence.",
    ],
)
def test_a_sentence_handed_down_is_legal_action(coder: Coder, text: str) -> None:
    assert "COERCE" in [e.plover_type for e in events(coder, text)]


def test_taking_a_government_to_court_is_a_lawsuit(coder: Coder) -> None:
    text = "The Mexican opposition took the government to the Supreme Court over the reform."
    assert first_act(coder, text) == ("ACCUSE", "115", 3)


def test_calling_searches_an_act_of_intimidation_is_criticism(coder: Coder) -> None:
    text = "The opposition Congress party called the searches an act of intimidation."
    assert first_act(coder, text, "cameo_root") == ("ACCUSE", "11", 3)


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish president came to the defence of his embattled transport minister.",
        "The ruling party closed ranks behind the Japanese prime minister after the vote.",
        "The mayor of Paris lent her support to the striking rail workers on Tuesday.",
        "Poland's prime minister spoke highly of the agreement with the French government.",
    ],
)
def test_news_site_backing_is_support(coder: Coder, text: str) -> None:
    assert first_act(coder, text, "cameo_root") == ("SUPPORT", "05", 1)


def test_a_bomber_who_blew_himself_up_made_a_suicide_bombing(coder: Coder) -> None:
    text = "A suicide bomber blew himself up outside a police station in Peshawar on Monday."
    assert first_act(coder, text) == ("ASSAULT", "1831", 4)


def test_a_car_bomb_that_ripped_through_a_market_is_the_act(coder: Coder) -> None:
    text = (
        "A car bomb ripped through a market in Mogadishu on Saturday, killing at least nine people."
    )
    assert first_act(coder, text) == ("ASSAULT", "1832", 4)


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish prime minister ruled out early elections on Tuesday.",
        "The Italian government said no to the opposition's demand for a referendum.",
        "The Polish senate voted against the judicial reform on Wednesday.",
    ],
)
def test_turning_down_what_is_put_to_one_is_a_rejection(coder: Coder, text: str) -> None:
    assert first_act(coder, text, "cameo_root") == ("REJECT", "12", 3)


def test_police_ruling_out_foul_play_is_no_rejection_codes_nothing(coder: Coder) -> None:
    text = "Police in Lyon ruled out foul play in the death of the singer."
    assert events(coder, text) == []


def test_lunch_with_the_king_is_a_meeting(coder: Coder) -> None:
    text = "The Spanish prime minister had lunch with the Saudi king in Riyadh on Friday."
    assert first_act(coder, text, "cameo_root") == ("CONSULT", "04", 1)


@pytest.mark.parametrize(
    "text",
    [
        "A blast hit a police station in Quetta on Monday, killing five officers.",
        "The blast damaged the offices of the ruling party in Kabul.",
    ],
)
def test_a_blast_is_an_explosion_not_criticism(coder: Coder, text: str) -> None:
    assert [e.plover_type for e in events(coder, text)][:1] == ["ASSAULT"]


def test_blasting_a_budget_stays_criticism(coder: Coder) -> None:
    text = "The Spanish opposition leader blasted the government's budget as reckless."
    assert first_act(coder, text, "cameo_root") == ("ACCUSE", "11", 3)
