"""Round 48 (miss48w): acts of relevant agency sentences the coder gave nothing for, sorted by
the stage that dropped them and fixed by class: forces and police sent or ordered to deploy at
home (labelling guide point 27, 154), and a reprisal promised for a step as what it "will
receive" or "will be met with" (138). Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, recommended_coder, second_events

coder = recommended_coder

LEAD = (
    "CONAKRY, June 9 (Reuters) - Protesters burned tyres and blocked roads in the Guinean mining "
    "town of Boke for a third day on Sunday, residents said. "
)

THREAT_LEAD = (
    "ASTANA, Oct 2 (Reuters) - Kazakhstan expelled two Kyrgyz consular officials on Wednesday, "
    "the foreign ministry said. "
)


def _second(coder: Coder, text: str, lead: str = LEAD) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of each event of `text` after `lead`."""
    return [
        (e.cameo_code, country(e.source), country(e.target))
        for e in second_events(coder, text, lead)
    ]


# --- police and forces sent or ordered to deploy at home (154) ---


def test_police_sent_to_a_region_is_a_deployment(coder: Coder) -> None:
    text = "The security ministry sent 250 extra police officers to the district from Kindia."
    assert _second(coder, text)[:1] == [("154", "GIN", None)]


def test_gendarmes_dispatched_into_a_town_is_a_deployment(coder: Coder) -> None:
    text = "The government dispatched gendarmes into the town overnight, a local official said."
    assert [code for code, _, _ in _second(coder, text)][:1] == ["154"]


def test_police_sent_to_a_crime_scene_codes_nothing(coder: Coder) -> None:
    """Near miss: officers a police station sends to the scene of a break-in are an inquiry, no
    show of force: the line finds them, but a station is no political source and the act stays
    under the agency floor; nothing is coded."""
    text = "The station sent two police officers to the scene of a warehouse break-in on Monday."
    assert _second(coder, text) == []


def test_units_ordered_to_deploy_with_their_origin_between(coder: Coder) -> None:
    text = (
        "President Mamadi Doumbouya ordered army units from Labe to deploy on the town's "
        "approaches, the presidency said."
    )
    assert _second(coder, text)[:1] == [("154", "GIN", None)]


def test_units_ordered_to_deploy_in_the_passive(coder: Coder) -> None:
    text = "Army units from Kankan were ordered to deploy along the main road to the port."
    assert [code for code, _, _ in _second(coder, text)][:1] == ["154"]


def test_police_ordered_to_use_tear_gas_stay_the_tear_gas(coder: Coder) -> None:
    """Near miss: "to deploy" with a weapon after it (no place word) is the weapon's use; the
    order line leaves it to the tear gas (175) first."""
    text = "President Mamadi Doumbouya ordered the police to deploy tear gas against the crowds."
    assert _second(coder, text)[:1] == [("175", "GIN", "GIN")]


def test_governor_sending_police_to_the_clashes_is_a_deployment(coder: Coder) -> None:
    """The scene of unrest is a place police are deployed to (point 27), no crime inquiry."""
    text = "The regional governor sent police officers to the scene of the clashes."
    assert _second(coder, text)[:1] == [("154", "GIN", None)]


def test_army_ordered_to_guard_a_port_stays_a_patrol(coder: Coder) -> None:
    """Near miss: an order to guard names no deployment's place word; it stays the guard
    order (150)."""
    text = "President Mamadi Doumbouya ordered the army to guard the bauxite port."
    assert _second(coder, text)[:1] == [("150", "GIN", None)]


# --- a reprisal promised as what a step "will receive" (138) ---


def test_step_that_will_receive_a_mirror_response_is_a_threat(coder: Coder) -> None:
    text = (
        '"Any unfriendly move against our consulates will receive a mirror response," Kyrgyz '
        "foreign ministry spokesman Aibek Dzhunusov told a briefing in Bishkek."
    )
    assert _second(coder, text, THREAT_LEAD)[:1] == [("138", "KGZ", "KAZ")]


def test_step_that_will_be_met_with_a_firm_response_is_a_threat(coder: Coder) -> None:
    text = (
        '"Every such expulsion will be met with a firm response," the Kyrgyz foreign minister '
        "said in Bishkek."
    )
    assert [code for code, _, _ in _second(coder, text, THREAT_LEAD)][:1] == ["138"]


def test_a_petition_that_will_receive_a_written_response_is_no_threat(coder: Coder) -> None:
    """Near miss: a reply promised to a letter names no reprisal and codes nothing."""
    text = "The petition of the consular staff will receive a written response within a month."
    assert _second(coder, text, THREAT_LEAD) == []


def test_warning_before_a_passive_response_keeps_the_whole_threat(coder: Coder) -> None:
    """Near miss: with "warned" before it, the longer line (warned ... would be met with) keeps
    the threat's whole span; the new passive line ranks under it."""
    text = (
        "The Kyrgyz defence minister warned Astana that any further expulsion would be met with "
        "a fitting response."
    )
    found = second_events(coder, text, THREAT_LEAD)
    assert found and found[0].cameo_code == "138"
    assert found[0].evidence.startswith("warned")


# --- a sentence passed on a titled name set off by a long apposition (173) ---

SENTENCE_LEAD = (
    "BAMAKO, May 3 (Reuters) - Opposition parties called a rally in the Malian capital for "
    "Friday, their spokesman said. "
)


def test_sentenced_with_a_long_title_and_an_apposition_is_a_sentence(coder: Coder) -> None:
    text = (
        "A Bamako court on Monday sentenced former opposition deputy Oumar Sidi Toure, a "
        "transport minister under the late president, to five years in prison for embezzlement."
    )
    assert _second(coder, text, SENTENCE_LEAD)[:1] == [("173", "MLI", "MLI")]


def test_sentenced_to_pay_a_fine_after_two_asides_is_no_prison_term(coder: Coder) -> None:
    """Near miss: the long gaps still need a term ("years", "prison", ...) after "to": a court
    ordering a fine paid names none, and nothing is coded."""
    text = (
        "The court sentenced the former mayor, who had fled abroad, and his deputy, to pay a fine."
    )
    assert _second(coder, text, SENTENCE_LEAD) == []


# --- a return to talks refused with "would not" (125) ---

TALKS_LEAD = (
    "KATHMANDU, Nov 14 (Reuters) - Nepali and Bhutanese officials traded charges over a border "
    "post on Wednesday, state media in both countries said. "
)


def test_would_not_return_to_talks_until_is_a_refusal(coder: Coder) -> None:
    text = (
        "Foreign Minister Arzu Rana Deuba said Nepal would not return to the negotiating table "
        "until Bhutan withdrew its guards from the post."
    )
    # the source only: the target ("until Bhutan withdrew") is the parties' work, None today
    assert [(code, source) for code, source, _ in _second(coder, text, TALKS_LEAD)][:1] == [
        ("125", "NPL")
    ]


def test_returned_to_talks_is_a_negotiation(coder: Coder) -> None:
    text = "Nepali and Bhutanese negotiators returned to talks in Thimphu on Wednesday."
    assert [code for code, _, _ in _second(coder, text, TALKS_LEAD)][:1] == ["046"]


def test_urged_to_return_to_talks_stays_an_appeal_to_negotiate(coder: Coder) -> None:
    """Near miss: a return to talks urged on others is the appeal alone, no talks held (the
    infinitive is not in the lines): one event, the appeal."""
    text = "India urged Nepal to halt the patrols and return to dialogue over the border post."
    assert [code[:2] for code, _, _ in _second(coder, text, TALKS_LEAD)] == ["02"]
