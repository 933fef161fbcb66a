"""Round 37, wiremiss4: relevant agency sentences that yielded no event. "opened fire" with no
one named after it ("opened fire after the smugglers refused to stop") is fire (193): the
pattern was written so that it never matched. A threat told in the future in a quote
('"These criminals will be hunted down," the minister said', "will not go unpunished") is the
speaker's (the saying is the act), and "will be hunted down" or "brought to justice" is a
threat with no "anyone" or "those" before it. Patterns a word short: a leader who "ordered
troops in two districts on full alert" (152, as "put ... on alert") or "ordered additional
border units to the district" (154); "soldiers were patrolling the main roads" (150, as
"soldiers patrolled"); what an offer or pledge names, so that the act passes the agency-copy
floor without a target: "offered a unilateral ceasefire" (0356), "offered protection" (033),
"proposed resuming" (030), "pledged to double bilateral trade" (0311); thanks to a helper
named at length ("thanked the Catholic bishops of Bambari for their mediation", 051) and a
request to hand someone over ("asked Ghana to hand Koroma over", 025). A state's forces named
after "the" and acting by the pattern's own verb ("The soldiers retreated north") report the act,
as a crowd does ("The protesters hurled stones"), and are no noun that only names it. "a decree
extending the emergency for another 30 days" is emergency rule (1724). A noun whose pattern
holds its own predicate ("told supporters that the prosecution was a political persecution")
is the speaker's verdict, no noun that only names an act. A refusal to yield to pressure ("will
not change the constitution under pressure from Tirana", "would not bow to pressure") rejects it
(120); "vowed to keep fighting" threatens force (138).
Each has a near miss that keeps its old reading. Every sentence in these tests was written for
them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, country, recommended_coder

coder = recommended_coder


def wire(coder: Coder, dateline: str, text: str, lead: str) -> list[TensionEvent]:
    """The events of `text` as the second sentence of an agency report (after `lead`)."""
    found = article(coder, f"{dateline}, June 3 (Reuters) - {lead} {text}")
    return [event for event in found if event.sentence_index == 1]


def firsts(found: list[TensionEvent]) -> tuple[str, str | None] | None:
    """(CAMEO code, source country) of the first event, if any."""
    if not found:
        return None
    return found[0].cameo_code, country(found[0].source)


BORDER = "Fighting went on near the border."
HILLS = "Fighting went on in the hills."


@pytest.mark.parametrize(
    ("dateline", "text", "first"),
    [
        (
            "BAKU",
            "President Ilham Aliyev ordered troops in the Gazakh and Tovuz districts on full "
            "alert, his office said.",
            ("152", "AZE"),
        ),
        (
            "DUSHANBE",
            "President Emomali Rahmon ordered additional border units to the Isfara district, "
            "his office said.",
            ("154", "TJK"),
        ),
    ],
)
def test_forces_ordered_on_alert_or_to_a_place_show_force(
    coder: Coder, dateline: str, text: str, first: tuple[str, str]
) -> None:
    assert firsts(wire(coder, dateline, text, BORDER)) == first


def test_units_ordered_to_withdraw_still_withdraw(coder: Coder) -> None:
    text = (
        "President Emomali Rahmon ordered border units to withdraw from the disputed village, "
        "his office said."
    )
    assert firsts(wire(coder, "DUSHANBE", text, BORDER)) == ("087", "TJK")


def test_an_order_into_an_alert_is_an_inquiry(coder: Coder) -> None:
    text = (
        "President Emomali Rahmon ordered an inquiry on Monday into the alert raised at the "
        "post, his office said."
    )
    # round 39: no show of force, and no act either (labelling guide point 24: an inquiry that
    # names no suspect is not relevant); the 090 it gave is dropped in a story's copy
    assert firsts(wire(coder, "DUSHANBE", text, BORDER)) is None


def test_soldiers_told_patrolling_show_force(coder: Coder) -> None:
    text = (
        "Shops in Gao stayed shut on Friday while soldiers were patrolling the town centre, a "
        "trader said."
    )
    assert firsts(wire(coder, "BAMAKO", text, "Fighting went on near the town.")) == (
        "150",
        "MLI",
    )


def test_a_standing_patrol_is_no_deed_of_the_day(coder: Coder) -> None:
    text = "Soldiers patrol the main roads of Kidal every night, residents said."
    assert wire(coder, "BAMAKO", text, "Fighting went on near the town.") == []


@pytest.mark.parametrize(
    ("dateline", "lead", "text", "first"),
    [
        (
            "CARACAS",
            HILLS,
            "In a statement, the rebels' central command offered a unilateral ceasefire in the "
            "region if the army halted its offensive.",
            ("0356", "VEN"),
        ),
        (
            "PANAMA CITY",
            "Thousands fled across the border.",
            "Panama's government offered shelter to the families who had crossed its border.",
            ("033", "PAN"),
        ),
        (
            "SEOUL",
            "Tensions eased on the peninsula.",
            "Seoul's unification minister proposed resuming cross-border rail links suspended "
            "since 2019.",
            ("030", "KOR"),
        ),
        (
            "ASTANA",
            "Chinese Premier Li Qiang held talks with Kazakh President Kassym-Jomart Tokayev.",
            "The two leaders pledged to boost cross-border trade, Xinhua reported.",
            ("0311", "CHN"),
        ),
    ],
)
def test_what_is_offered_or_pledged_named_passes_the_floor(
    coder: Coder, dateline: str, lead: str, text: str, first: tuple[str, str]
) -> None:
    assert firsts(wire(coder, dateline, text, lead)) == first


def test_an_offer_of_a_ceasefire_rejected_stays_the_rejection(coder: Coder) -> None:
    text = "The rebels rejected the government's offer of a ceasefire in the region."
    assert firsts(wire(coder, "CARACAS", text, HILLS)) == ("1246", "VEN")


def test_a_vow_to_halt_trade_stays_a_threat(coder: Coder) -> None:
    text = "The two sides vowed to halt trade with the breakaway region, according to a statement."
    lead = "Chinese Premier Li Qiang held talks with Kazakh President Kassym-Jomart Tokayev."
    assert [e.cameo_code for e in wire(coder, "ASTANA", text, lead)][:1] == ["1312"]


def test_opened_fire_with_no_one_named_after_it_is_fire(coder: Coder) -> None:
    text = (
        "Border guards saw the armed men crossing at night and opened fire when they ignored "
        "warnings, the army said."
    )
    lead = "Jordan's army said it had foiled a smuggling attempt."
    assert firsts(wire(coder, "AMMAN", text, lead)) == ("193", "JOR")


def test_opened_fire_on_a_post_keeps_its_target(coder: Coder) -> None:
    text = "Afghan forces opened fire on a Pakistani border post, Pakistan's military said."
    found = wire(coder, "KABUL", text, "Clashes broke out at the border.")
    assert (found[0].cameo_code, country(found[0].source), country(found[0].target)) == (
        "190",
        "AFG",
        "PAK",
    )


ATTACK = "Gunmen killed six soldiers at a post in the north."


@pytest.mark.parametrize(
    "text",
    [
        '"Those behind the killings will be hunted down one by one," the defence minister told '
        "reporters.",
        '"This crime will not go unpunished," the defence minister told reporters.',
    ],
)
def test_a_quoted_threat_is_the_speakers(coder: Coder, text: str) -> None:
    assert firsts(wire(coder, "LOME", text, ATTACK)) == ("130", "TGO")


def test_suspects_to_be_tried_are_no_threat(coder: Coder) -> None:
    text = "The suspects will be tried next month, the prosecutor said."
    assert wire(coder, "LOME", text, ATTACK) == []


def test_a_plan_told_in_the_future_gets_no_speaker(coder: Coder) -> None:
    text = "The director said her next film will be shot in Vienna next year."
    assert wire(coder, "MADRID", text, "The director spoke at the festival.") == []


def test_a_threat_to_peace_reported_keeps_the_protest_first(coder: Coder) -> None:
    text = (
        "South Korea's prime minister said the launch threatened regional peace and that Seoul "
        "had lodged a protest with Pyongyang."
    )
    lead = "North Korea fired a ballistic missile into the sea."
    assert firsts(wire(coder, "SEOUL", text, lead)) == ("114", "KOR")


def test_thanks_for_mediation_reach_a_helper_named_at_length(coder: Coder) -> None:
    text = (
        "President Touadera thanked the Muslim clerics of Ndele for their mediation, his office "
        "said."
    )
    found = wire(coder, "BANGUI", text, "Fighting ended in the town.")
    assert firsts(found) == ("051", "CAF")
    # the pattern reached "for their mediation", not the bare "thanked" alone
    assert found[0].evidence.endswith("for their mediation")


def test_thanks_for_a_fans_loyalty_are_no_praise_of_a_party(coder: Coder) -> None:
    text = "The captain thanked the fans of the club for never giving up on the team."
    assert wire(coder, "BANGUI", text, "The team returned home.") == []


LEAD_FLED = "Koroma fled abroad last month."


def test_asked_to_hand_someone_over_is_a_request(coder: Coder) -> None:
    text = "The justice minister said the government had formally asked Ghana to hand Koroma over."
    found = wire(coder, "FREETOWN", text, LEAD_FLED)
    assert (found[0].cameo_code, country(found[0].target)) == ("025", "GHA")


def test_a_request_to_hand_someone_over_rejected_is_the_rejection(coder: Coder) -> None:
    text = "Ghana rejected the government's request to hand Koroma over."
    assert firsts(wire(coder, "FREETOWN", text, LEAD_FLED)) == ("120", "GHA")


SHOTS = "South Korean guards fired warning shots at a group of North Korean soldiers on Monday."


def test_the_soldiers_who_act_by_their_own_verb_report_the_act(coder: Coder) -> None:
    text = "The soldiers retreated across the line minutes later, Seoul's military said."
    assert firsts(wire(coder, "SEOUL", text, SHOTS)) == ("0874", "PRK")


def test_soldiers_described_by_a_relative_clause_report_no_retreat(coder: Coder) -> None:
    text = (
        "The soldiers who retreated across the line minutes later were unarmed, Seoul's "
        "military said."
    )
    assert wire(coder, "SEOUL", text, SHOTS) == []


def test_a_decree_extending_the_emergency_is_emergency_rule(coder: Coder) -> None:
    text = (
        "President Daniel Noboa has prolonged the emergency until the end of March in three "
        "coastal provinces."
    )
    found = wire(coder, "QUITO", text, "Gang violence spread in the port city.")
    assert firsts(found) == ("1724", "ECU")


def test_emergency_aid_extended_stays_aid(coder: Coder) -> None:
    text = "On Tuesday, the government extended the emergency aid programme to three provinces."
    assert firsts(wire(coder, "QUITO", text, "Floods hit the coast.")) == ("071", "ECU")


CHARGED = "A Zambian court charged opposition leader Hakainde Mweemba with sedition."


def test_a_verdict_told_after_that_is_the_speakers_accusation(coder: Coder) -> None:
    text = (
        "Speaking to a crowd in Kabwe, Mweemba said that the prosecution was political "
        "persecution by a frightened government."
    )
    found = wire(coder, "LUSAKA", text, CHARGED)
    assert (found[0].cameo_code, country(found[0].source), country(found[0].target)) == (
        "111",
        "ZMB",
        "ZMB",
    )


def test_an_act_ranked_by_a_copula_is_still_no_act(coder: Coder) -> None:
    text = "Police said the kidnapping of the officer was the third such incident this year."
    assert wire(coder, "LUSAKA", text, CHARGED) == []


STALLED = "Talks on the constitution stalled again."


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            '"We will not rewrite our laws under pressure from Tirana," Prime Minister Hristijan '
            "Mickoski told parliament.",
            "ALB",
        ),
        (
            "Prime Minister Hristijan Mickoski said his government would not bow to pressure from "
            "Sofia over the minority clause.",
            "BGR",
        ),
    ],
)
def test_refusing_to_yield_to_pressure_rejects_it(coder: Coder, text: str, target: str) -> None:
    found = wire(coder, "SKOPJE", text, STALLED)
    assert (found[0].cameo_code, country(found[0].source), country(found[0].target)) == (
        "120",
        "MKD",
        target,
    )


def test_a_reform_not_passed_under_a_parliament_is_no_rejection(coder: Coder) -> None:
    text = (
        "Prime Minister Hristijan Mickoski said the reform would not be passed under the current "
        "parliament."
    )
    assert wire(coder, "SKOPJE", text, STALLED) == []


RAID = "Insurgents attacked the town of Mocimboa da Praia again."


def test_a_vow_to_keep_fighting_threatens_force(coder: Coder) -> None:
    text = "The insurgent group said its fighters still held the ridge and vowed to keep fighting."
    assert firsts(wire(coder, "MAPUTO", text, RAID)) == ("138", "MOZ")


def test_a_pledge_to_keep_troops_in_place_stays_an_offer_of_help(coder: Coder) -> None:
    text = (
        "Rwandan President Paul Kagame pledged to keep his troops in the province for as long as "
        "needed."
    )
    assert firsts(wire(coder, "MAPUTO", text, RAID)) == ("033", "RWA")


# Review (review37): two patterns of 7f7f486 that no test read (removing either line failed
# nothing): a request to repatriate someone, and thanks for help told by its verb.
def test_asked_to_repatriate_someone_is_a_request(coder: Coder) -> None:
    text = "The justice minister said the government had asked Liberia to repatriate Koroma."
    found = wire(coder, "FREETOWN", text, LEAD_FLED)
    assert (found[0].cameo_code, country(found[0].source), country(found[0].target)) == (
        "020",
        "SLE",
        "LBR",
    )


def test_thanks_for_hosting_talks_are_praise_of_the_host(coder: Coder) -> None:
    text = "President Touadera thanked Angola for hosting the talks, his office said."
    found = wire(coder, "BANGUI", text, "Fighting ended in the town.")
    assert firsts(found) == ("051", "CAF")
    assert found[0].evidence == "thanked Angola for hosting"  # not the bare "thanked"
