"""Round 41, miss8: relevant sentences that yielded no event. Who fired first in a border clash
("said Ecuadorian soldiers had fired first", "shot first") is told as "had opened fire first"
is (193); a charge or denial that carries it keeps its own act. Force held out on a condition
with no verb of warning ("said the army would retaliate if ...") and an attempt that "will be
met with force" in a quote are threats (138). An appeal an agency report's lead tells in the
perfect ("has asked Bolivia to hand over ...") is the news, not a standing appeal, which the
body's perfect still is. A past period inside an appositive that describes the subject ("The
organisers, a student union founded last year, accused ...") dates the subject, not the act,
as one inside a relative clause does. Force denied by its gerund ("Police denied using live
rounds", "denied hitting a school") is a denial (016), as "denied firing" was. "A military
airstrike" opening a report's body names the military as the striker, as "an army airstrike"
did. Each has a near miss that keeps its reading.
Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, recommended_coder, site_first

coder = recommended_coder

RECALL = "LIMA, March 3 (Reuters) - Peru recalled its ambassador from Quito on Sunday. "

CLASH = (
    "LIMA, March 3 (Reuters) - An Ecuadorian patrol and Peruvian border guards traded shots in "
    "the Cordillera del Condor on Sunday, leaving one soldier wounded, officials said. "
)


def _second(coder: Coder, text: str) -> list[tuple[str, str | None]]:
    found = [e for e in article(coder, CLASH + text) if e.sentence_index == 1]
    return [(e.cameo_code, e.source.code if e.source else None) for e in found]


def test_soldiers_who_had_fired_first_opened_fire(coder: Coder) -> None:
    found = _second(
        coder,
        "A Peruvian general told reporters that Ecuadorian soldiers had fired first from a ridge "
        "above the Cenepa river.",
    )
    assert found and found[0] == ("193", "ECUMIL")


def test_gunmen_who_were_firing_first_opened_fire(coder: Coder) -> None:
    found = _second(coder, "Quito's defence minister said Peruvian gunmen were firing first.")
    assert found and found[0][0] == "193"


def test_a_charge_of_firing_first_stays_a_charge(coder: Coder) -> None:
    # near miss: the accusation is the sentence's act; the firing is its content
    found = _second(coder, "Ecuador's army accused Peruvian troops of firing first.")
    assert found and found[0][0] == "112"


def test_a_striker_firing_first_time_shoots_no_one(coder: Coder) -> None:
    # near miss: a goal on the sports pages ("first-time" is one word; the same sentence with
    # "fired first into" is coded 193, so this one holds the word's end)
    assert events(coder, "Peru's striker fired first-time into the Ecuadorian net.") == []


def _after_recall(coder: Coder, text: str) -> list[tuple[str, str | None]]:
    found = [e for e in article(coder, RECALL + text) if e.sentence_index == 1]
    return [(e.cameo_code, e.source.country if e.source else None) for e in found]


def test_retaliation_held_out_on_a_condition_threatens(coder: Coder) -> None:
    found = _after_recall(
        coder,
        "Peru's president said the army would retaliate if Ecuador moved troops to the border.",
    )
    assert found and found[0] == ("138", "PER")


def test_an_attempt_to_be_met_with_force_threatens(coder: Coder) -> None:
    found = _after_recall(
        coder, '"Any incursion into our waters will be met with force," the navy chief wrote on X.'
    )
    assert found and found[0][0] == "138"


def test_protests_that_were_met_with_force_threaten_nothing(coder: Coder) -> None:
    # near miss: force met with, done (the discard of "met with" stays)
    found = _after_recall(coder, "Protests in the capital were met with force by riot police.")
    assert found == []


def test_a_union_that_would_strike_if_keeps_its_reading(coder: Coder) -> None:
    # near miss: a union's strike held out on a condition is no force ("strike" is left out)
    found = _after_recall(
        coder, "Peru's mining union said its members would strike next month if wages were cut."
    )
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a strike held out on a condition may be a threat (13).
    assert "138" not in [code for code, _ in found]


def test_an_appeal_in_the_perfect_in_an_agency_lead_is_the_news(coder: Coder) -> None:
    found = article(
        coder,
        "LIMA, March 3 (Reuters) - Peru's government has asked Bolivia to hand over a former "
        "interior minister, its foreign minister said.",
    )
    assert found and found[0].cameo_root == "02"
    assert (found[0].source.country if found[0].source else None) == "PER"
    assert (found[0].target.country if found[0].target else None) == "BOL"


def test_an_appeal_in_the_perfect_in_the_body_stays_a_standing_one(coder: Coder) -> None:
    # near miss: the same perfect after the lead, with no day named, is a position held
    assert _after_recall(coder, "The monetary fund has urged Lima to cut fuel subsidies.") == []
    assert (
        _after_recall(coder, "Peru's government has asked Bolivia to hand over a former minister.")
        == []
    )


MARCH = (
    "Thousands of students marched through Lima on Saturday against cuts to university funding. "
)


def test_a_period_in_the_subjects_appositive_dates_no_act(coder: Coder) -> None:
    body = MARCH + (
        "The organisers, a student union founded last year, accused the government of starving "
        "public universities."
    )
    assert site_first(coder, body, 1) == ("112", "PER", "PER")


def test_a_period_in_the_acts_own_clause_still_dates_it(coder: Coder) -> None:
    # near miss: "last year" told of the accusation itself is background
    body = (
        MARCH + "The organisers accused the government last year of starving public universities."
    )
    assert site_first(coder, body, 1) is None


TEAR_GAS = (
    "NAIROBI, July 8 (Reuters) - Kenyan police fired tear gas at protesters in Nairobi on Monday, "
    "witnesses said. "
)


def _after_tear_gas(coder: Coder, text: str) -> list[tuple[str, str | None]]:
    found = [e for e in article(coder, TEAR_GAS + text) if e.sentence_index == 1]
    return [(e.cameo_code, e.source.country if e.source else None) for e in found]


def test_force_denied_by_its_gerund_is_a_denial(coder: Coder) -> None:
    assert _after_tear_gas(coder, "Police denied using live rounds.")[:1] == [("016", "KEN")]
    assert _after_tear_gas(coder, "The army denied hitting a school in the raid.")[:1] == [
        ("016", "KEN")
    ]


def test_access_denied_stays_a_refusal(coder: Coder) -> None:
    # near miss: "denied reporters access" refuses something (12), no denial of a charge
    assert _after_tear_gas(coder, "Police denied reporters access to the square.")[:1] == [
        ("120", "KEN")
    ]


def test_a_military_airstrike_opening_the_body_is_the_militarys(coder: Coder) -> None:
    found = article(
        coder,
        "LIMA, May 12 (AFP) - A military airstrike hit a gold miners' camp in Peru's Madre de "
        "Dios region on Monday, killing nine people, local officials said.",
    )
    assert found and found[0].cameo_root == "19"
    assert found[0].source is not None and found[0].source.code == "PERMIL"


def test_a_military_airstrike_carried_out_by_a_named_state_keeps_it(coder: Coder) -> None:
    # near miss: after a verb "military" still modifies the strike; the state named strikes
    found = article(
        coder,
        "LIMA, May 12 (AFP) - Ecuador carried out a military airstrike on a rebel camp near the "
        "border on Monday, officials said.",
    )
    assert found and found[0].source is not None and found[0].source.code.startswith("ECU")
