"""Round 51 (miss51w): acts of relevant agency sentences the coder gave nothing for, sorted by
the mechanism that dropped them (a span or date read as the act's, a word read as a habit or a
description, a court's name read as an appeal, relatives read as the dead soldier's side, no
trigger) and fixed by class, each in several forms with near misses that must stay as they
were. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, recommended_coder, second_events

coder = recommended_coder

LEAD = (
    "NIAMEY, June 4 (Reuters) - Niger's junta extended a ban on political parties on Tuesday, "
    "state television said. "
)


def _second(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, source sector) of each event of `text` after `LEAD`."""
    return [
        (e.cameo_code, country(e.source), e.source.sector if e.source else None)
        for e in second_events(coder, text, LEAD)
    ]


def _roots(coder: Coder, text: str) -> list[str]:
    return [e.cameo_root for e in second_events(coder, text, LEAD)]


# --- a span after a relative with no "that" is that clause's (existence._contact_relative) ---


def test_span_of_a_contact_relative_in_the_simple_past_is_not_the_release_s(coder: Coder) -> None:
    """ "freed nine nurses they held for almost four weeks": the weeks are the holding's; the
    release is the day's news (before, only "they had held" was read as a relative)."""
    assert _second(
        coder,
        "Rebels in the north have freed nine nurses they held for almost four weeks, "
        "the army said.",
    ) == [("0841", "NER", "REB")]
    assert _second(
        coder,
        "Gunmen have released five engineers they kept for six weeks in the forest, police said.",
    ) == [("0841", "NER", "REB")]


def test_span_of_the_act_itself_stays_background(coder: Coder) -> None:
    """Near miss: a perfect act over weeks with no relative between ("have held the activists
    for three weeks") stays a standing act, no event of the day."""
    assert (
        _second(
            coder,
            "Police have held the activists for three weeks without charge, their lawyers said.",
        )
        == []
    )


# --- irregular pasts are no present habit (relevance._generic_present, existence.SIMPLE_PASTS) ---


def test_found_guilty_after_a_plural_subject_is_a_verdict_of_the_day(coder: Coder) -> None:
    assert _roots(coder, "Judges found the former governor guilty of embezzlement.") == ["17"]
    assert _roots(
        coder,
        "A panel of judges found two former ministers, who served until 2020, guilty of bribery.",
    ) == ["17"]


def test_present_verdict_of_a_plural_subject_stays_a_habit(coder: Coder) -> None:
    """Near miss: "Courts ... find such defendants guilty" is what courts do."""
    assert _roots(coder, "Courts in the region usually find such defendants guilty.") == []


# --- "routine and <verb>": routine is its clause's predicate (existence._described_state) ---


def test_routine_as_a_predicate_does_not_describe_the_next_verb(coder: Coder) -> None:
    assert _second(
        coder, "The embassy said the patrols were routine and rejected the complaint."
    ) == [("120", "NER", "GOV")]
    assert _second(
        coder, "The ministry said the flights were routine but dismissed the protest as baseless."
    ) == [("120", "NER", "GOV")]


def test_a_routine_patrol_stays_a_description(coder: Coder) -> None:
    assert (
        _second(coder, "The navy said it had carried out a routine naval patrol near the islands.")
        == []
    )


# --- a period right before the act after a reduced relative of the subject (relevance) ---


def test_period_of_a_participle_in_the_subject_dates_the_participle(coder: Coder) -> None:
    assert _second(
        coder, "Families of the men arrested last week marched on the interior ministry."
    ) == [("141", "NER", "CVL")]
    assert _second(
        coder,
        "Relatives of a journalist killed in an ambush in March staged a protest "
        "outside the court.",
    ) == [("141", "NER", "CVL")]


def test_period_after_a_main_verb_still_dates_the_act(coder: Coder) -> None:
    """Near misses: the period is the main verb's ("marched last month"), or words stand
    between it and a later act ("agreed last week to a truce proposed by ...")."""
    assert _second(coder, "Dozens of students marched last month to the ministry.") == []
    assert (
        _second(
            coder,
            "The paramilitary group agreed last week to a truce proposed by Kenya and Ethiopia.",
        )
        == []
    )


# --- relatives and families are civilians (data/agents.tsv) ---


def test_relatives_and_families_are_civilians(coder: Coder) -> None:
    assert _second(
        coder, "Relatives of the missing sailors rallied outside the navy headquarters."
    ) == [("141", "NER", "CVL")]
    # "families" alone: "of the detained miners" (CVL) gave the source before the agents line
    assert _second(coder, "Families of the kidnapped pupils marched to the governor's office.") == [
        ("141", "NER", "CVL")
    ]


# --- "Court of Appeal(s)" is a court's name (data/triggers.tsv) ---


def test_court_of_appeals_is_no_appeal(coder: Coder) -> None:
    assert _second(
        coder, "The Court of Appeals voted to lift the immunity of two senators accused of graft."
    ) == [("172", "NER", "JUD")]
    assert _roots(coder, "The Court of Appeal upheld the ban on the party.") == ["17"]


# --- deployments and shows of force told with a ship's name or a distance (triggers.tsv) ---


def test_a_named_ship_sent_with_a_task_is_a_deployment(coder: Coder) -> None:
    assert _second(
        coder,
        "Ghana's navy said it had dispatched the frigate GNS Volta to patrol the edge of "
        "its waters.",
    ) == [("154", "GHA", "MIL")]
    assert [
        e[:2]
        for e in _second(
            coder, "Togo sent the patrol boat Mono on Tuesday to guard the oil platform."
        )
    ] == [("154", "TGO")]


def test_a_named_ship_sent_to_rescue_is_no_deployment(coder: Coder) -> None:
    assert (
        _second(
            coder, "Benin's navy sent the frigate Ouidah to rescue the crew of a sinking tanker."
        )
        == []
    )


def test_troops_moved_with_boats_are_a_deployment(coder: Coder) -> None:
    assert _second(
        coder, "The army said it had moved fresh troops and three gunboats to the lake."
    ) == [("154", "NER", "MIL")]
    assert _second(
        coder, "Police rushed reinforcements and two patrol boats to the river crossing."
    ) == [("154", "NER", "COP")]


def test_a_state_ship_that_sailed_miles_into_waters_shows_force(coder: Coder) -> None:
    assert _second(
        coder,
        "A Nigerian navy patrol boat sailed about 10 nautical miles into waters claimed "
        "by Cameroon.",
    ) == [("150", "NGA", "MIL")]
    assert _second(
        coder,
        "Two Chinese coast guard ships strayed three miles into the disputed waters off the atoll.",
    ) == [("150", "CHN", "MIL")]


def test_a_fishing_boat_in_waters_is_no_show_of_force(coder: Coder) -> None:
    assert _second(coder, "A fishing boat sailed two miles into waters off the island.") == []


# --- a response announced as a measure for a measure is a threat (triggers.tsv) ---


def test_a_reciprocal_response_announced_is_a_threat(coder: Coder) -> None:
    assert _roots(
        coder, "Beijing will respond reciprocally to the expulsions, the foreign ministry said."
    ) == ["13"]
    assert _second(
        coder, "Moscow said it would retaliate in kind if the sanctions were imposed."
    ) == [("130", "RUS", "GOV")]


def test_a_calm_response_or_an_answer_to_questions_is_no_threat(coder: Coder) -> None:
    assert (
        _roots(coder, "Tokyo would respond calmly and firmly to the incursions, the minister said.")
        == []
    )
    assert (
        _roots(coder, "The ministry will respond to the questions next week, a spokesman said.")
        == []
    )


# --- a quote opening on "we"/"I" and a present rejection or charge is the day's act (relevance) ---


def test_first_person_present_in_a_quote_is_the_speech_act(coder: Coder) -> None:
    assert _second(
        coder,
        '"We reject the results and we will go to court," the opposition leader told reporters.',
    ) == [("120", "NER", "OPP")]
    assert _second(
        coder, '"I accuse the interior minister of lying to parliament," the senator said.'
    ) == [("112", "NER", "LEG")]


def test_present_rejection_or_charge_in_the_third_person_stays_a_stance(coder: Coder) -> None:
    assert _second(coder, "The opposition rejects the results, its leader said.") == []
    assert _second(coder, "Residents accuse the mayor of stealing public funds.") == []


# --- a strike held out with its force and a condition is a threat (triggers.tsv) ---


def test_a_forceful_strike_on_a_condition_is_a_threat(coder: Coder) -> None:
    assert _second(
        coder,
        "Israel would strike Hezbollah forcefully if the group fired on its towns, Netanyahu said.",
    ) == [("138", "ISR", "GOV")]
    assert _second(
        coder, "The army chief said his troops will hit the rebels hard if they attack the capital."
    ) == [("138", "NER", "MIL")]


def test_a_deal_struck_on_a_condition_is_no_threat(coder: Coder) -> None:
    assert (
        _roots(
            coder,
            "The president said he would strike a deal with the unions if they ended the strike.",
        )
        == []
    )


# --- an accord declared null and void is rejected (triggers.tsv) ---


def test_an_accord_declared_null_and_void_is_rejected(coder: Coder) -> None:
    assert _second(coder, "Somalia's cabinet declared the memorandum null and void.") == [
        ("127", "SOM", "GOV")
    ]
    assert _second(
        coder, "Niamey pronounced the defence pact with Paris null and void on Monday."
    ) == [("127", "NER", "GOV")]


def test_a_contract_voided_by_a_court_is_no_rejection(coder: Coder) -> None:
    assert _roots(coder, "The court declared the contract null and void.") == []


def test_the_claimant_of_waters_entered_is_the_target(coder: Coder) -> None:
    """ "sailed ... into waters claimed by Cameroon", "into waters that Vietnam claims": the state
    whose waters they are is the show of force's target (labelling guide: "into X's waters")."""
    for text, target in (
        (
            "A Nigerian navy patrol boat sailed about 10 nautical miles into waters claimed "
            "by Cameroon.",
            "CMR",
        ),
        (
            "Two Chinese coast guard ships strayed three miles into waters that Vietnam claims.",
            "VNM",
        ),
    ):
        found = second_events(coder, text, LEAD)
        assert [(e.cameo_code, country(e.target)) for e in found] == [("150", target)], text
