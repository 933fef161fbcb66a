"""Round 52, types52: which act is the event when a sentence holds two (docs/labelling.md,
section 1: one event a sentence, the first act told; section 4, point 2: a denial's target is the
accuser). An act told as what a charge, report or evidence holds is no act of the sentence when it
tells another; one denial told twice is the telling that names whom it answers; a show of force
inside a state's waters is aimed at that state, and comes before the refusal its craft then adds.
Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import events, recommended_coder, undated_in

coder = recommended_coder


def first_of(found: list[TensionEvent]) -> tuple[str, str | None, str | None] | None:
    """(CAMEO code, source country/sector, target country/sector) of the first event."""
    if not found:
        return None
    event = found[0]
    source = f"{event.source.country}/{event.source.sector}" if event.source else None
    target = f"{event.target.country}/{event.target.sector}" if event.target else None
    return event.cameo_code, source, target


# An act told as the content of evidence, an allegation, a report or a suspicion ("on evidence
# that X urged", "allegations that troops shelled") is what the charge holds: the sentence's act
# is the denial, the rejection or the arrest around it.


def test_an_appeal_told_as_evidence_gives_way_to_the_denial_before_it(coder: Coder) -> None:
    body = (
        "Police in Malawi have arrested an opposition lawmaker, Grace Banda, on charges of "
        "inciting violence. Her party accused the government of silencing its critics. The "
        "government denied any political motive, and the interior minister said police had "
        "acted on evidence that Banda urged supporters to block a highway."
    )
    found = first_of(undated_in(coder, body, 2))
    assert found is not None and found[:2] == ("016", "MWI/GOV"), found


def test_acts_alleged_or_suspected_are_not_the_sentences_act(coder: Coder) -> None:
    # the act the charge holds gives no event of its own beside the sentence's act
    suspicion = (
        "Police in Dhaka detained two men on suspicion that they had bombed a mosque in the city."
    )
    found = events(coder, suspicion)
    assert [e.cameo_root for e in found] == ["17"], [e.cameo_code for e in found]
    assert first_of(found) is not None and first_of(found)[:2] == ("173", "BGD/COP"), found
    reports = "The junta arrested the journalist over reports that he had urged soldiers to mutiny."
    found = events(coder, reports)
    assert [e.cameo_root for e in found] == ["17"], [e.cameo_code for e in found]
    shelled = (
        "Peru's defence ministry rejected allegations that its soldiers had shelled a village "
        "near the Ecuadorean border."
    )
    found = events(coder, shelled)
    assert first_of(found) is not None and first_of(found)[:2] == ("016", "PER/GOV"), found
    assert [e.cameo_root for e in found] == ["01"], [e.cameo_code for e in found]


def test_a_report_alone_and_a_plain_reported_act_keep_their_act(coder: Coder) -> None:
    # near misses: no other act in the sentence; "said" is no charge noun
    alone = "There are reports that Egypt has begun sending weapons to the rebels in Libya."
    found = first_of(events(coder, alone))
    assert found == ("072", "EGY/GOV", "LBY/REB"), found
    said = (
        "Lithuania's foreign ministry said Belarusian guards had fired at a Lithuanian patrol "
        "and demanded an explanation."
    )
    found = first_of(events(coder, said))
    assert found is not None and found[:2] == ("190", "BLR/MIL"), found


# One denial told twice by one side ("denied that he had taken any money, calling the allegation a
# lie"): the telling that names the accuser is the event.


def test_a_denial_told_twice_is_the_telling_that_names_the_accuser(coder: Coder) -> None:
    body = (
        "Police in Belize have arrested a newspaper editor who reported that a minister had "
        "taken bribes from a logging firm. The minister named in the report denied on Tuesday "
        "that he had taken any money, calling the allegation a lie."
    )
    found = first_of(undated_in(coder, body, 1))
    assert found == ("016", "BLZ/GOV", "BLZ/MED"), found


# A show of force inside or within a state's waters, zone or airspace is aimed at that state
# (section 2: "into X's waters"), and it is the first act before the refusal the craft adds.


def test_a_patrol_inside_a_states_waters_is_a_show_of_force_at_it(coder: Coder) -> None:
    inside = (
        "Two Chinese warships patrolled inside Japanese territorial waters near the Senkaku "
        "islands on Friday."
    )
    found = first_of(events(coder, inside))
    assert found is not None and found[0] == "150" and found[2] is not None, found
    assert found[1] == "CHN/MIL" and found[2].startswith("JPN/"), found
    within = (
        "Chinese coast guard ships patrolled within Vietnam's exclusive economic zone on "
        "Tuesday, Hanoi said."
    )
    found = first_of(events(coder, within))
    assert found is not None and found[0] == "150" and found[2] is not None, found
    assert found[2].startswith("VNM/"), found


def test_the_patrol_comes_before_the_refusal_its_craft_adds(coder: Coder) -> None:
    text = (
        "A Chinese coast guard vessel patrolled inside Bruneian waters on Monday and ignored "
        "radio calls from a navy boat."
    )
    found = first_of(events(coder, text))
    assert found is not None and found[:2] == ("150", "CHN/MIL"), found
    assert found[2] is not None and found[2].startswith("BRN/"), found
    # the wider margin itself (`coder.MATERIAL_FIRST_MARGIN`): a deployment told first outweighed
    # by the rejection after it by more than the narrow margin (the sentence above needs none)
    massed = (
        "Russia massed troops near the Ukrainian border on Monday and rejected Western demands "
        "to pull them back."
    )
    found = first_of(events(coder, massed))
    assert found is not None and found[:2] == ("154", "RUS/MIL"), found


def test_a_patrol_at_home_or_in_a_town_is_aimed_at_no_one(coder: Coder) -> None:
    # near misses: the troops' own country, a town: no target
    home = "Malian troops patrolled inside Mali near the border on Monday."
    assert first_of(events(coder, home)) == ("150", "MLI/MIL", None)
    # an accusation told first stays first (the force after it is its speaker's second act)
    accused = (
        "South Korea accused the North of a provocation and fired warning shots at its soldiers."
    )
    found = first_of(events(coder, accused))
    assert found is not None and found[0] == "112", found


# "the vessel", "the boats", "the two ships" opening a clause are the craft an earlier sentence
# named with its force or country (the article read as a whole): the doer of the show of force.


def test_the_craft_named_before_is_the_doer_of_the_patrol(coder: Coder) -> None:
    body = (
        "Estonia summoned the Russian envoy over the presence of a Russian navy ship near "
        "Vaindloo island. The foreign ministry said the ship had patrolled inside Estonian "
        "waters on Tuesday."
    )
    found = first_of(undated_in(coder, body, 1))
    assert found is not None and found[:2] == ("150", "RUS/MIL"), found
    assert found[2] is not None and found[2].startswith("EST/"), found
    vessels = (
        "Indonesia protested to Beijing after two Chinese coast guard vessels were seen near the "
        "Natuna islands. The ministry said the two vessels entered Indonesian territorial waters "
        "on Sunday."
    )
    found = first_of(undated_in(coder, vessels, 1))
    assert found is not None and found[:2] == ("150", "CHN/MIL"), found


def test_boats_that_sailed_a_distance_into_waters_show_force(coder: Coder) -> None:
    body = (
        "Two Iraqi coast guard boats entered Kuwaiti waters on Sunday. The ministry said the boats "
        "had sailed about two nautical miles into Kuwaiti waters before turning back."
    )
    found = first_of(undated_in(coder, body, 1))
    assert found is not None and found[:2] == ("150", "IRQ/MIL"), found
    assert found[2] is not None and found[2].startswith("KWT/"), found


def test_fishermen_who_strayed_and_craft_acted_on_are_no_show_of_force(coder: Coder) -> None:
    # near misses: fishing craft stray, no state's force; a craft told of as acted on ("was
    # damaged") is no doer, and "the vessel of X" is named there
    strayed = "Vietnamese fishing boats sailed two nautical miles into Chinese waters on Monday."
    assert events(coder, strayed) == []
    body = (
        "A Chinese coast guard ship fired a water cannon at a Philippine supply boat near the "
        "shoal. The boat was badly damaged, the Philippine coast guard said."
    )
    assert undated_in(coder, body, 1) == []


def test_a_bare_force_given_the_storys_country_names_no_craft(coder: Coder) -> None:
    # near miss: "sending two coast guard ships" names the ships by a bare force that the story's
    # country (Palau) fills in: "the two ships" later are not Palau's
    body = (
        "KOROR, Palau, March 9 (Reuters) - Palau's president accused China on Monday of sending "
        "two coast guard ships into the nation's waters without permission. The two ships entered "
        "Palau's exclusive economic zone on Saturday and stayed there for 30 hours, officials "
        "said."
    )
    found = first_of(undated_in(coder, body, 1))
    assert found is not None and found[0] == "150", found
    assert found[1] is None or not found[1].startswith("PLW/"), found
    assert found[2] is not None and found[2].startswith("PLW/"), found
