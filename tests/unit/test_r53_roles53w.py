"""Round 53 (roles53w): parties in agency copy, by the mechanism that owns them.
Sentences written for these tests (none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, feed_floor_coder

coder = feed_floor_coder


def _welcome(found: list[TensionEvent], index: int = 1) -> tuple[str | None, str | None]:
    """(source country, target country) of the welcome (051) of sentence `index`."""
    welcome = [e for e in found if e.sentence_index == index and e.cameo_code == "051"]
    assert welcome, [(e.sentence_index, e.cameo_code) for e in found]
    event = welcome[0]
    return (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    )


# A welcome of a definite act told before, with an appeal joined after it by "and" or "but", is
# aimed at the act's maker, not at the appeal's addressee (docs/labelling.md section 2: the target
# is the one the act is aimed at): `roles.criticised_past_clause` with `welcome`.


def test_a_welcome_joined_by_but_to_an_appeal_is_aimed_at_the_releaser(coder: Coder) -> None:
    body = (
        "ASMARA (Reuters) - Eritrea freed 40 detained journalists on Monday, officials said. "
        "The Norwegian foreign minister welcomed the releases but urged Ethiopia to keep its "
        "border open."
    )
    assert _welcome(article(coder, body)) == ("NOR", "ERI")


def test_praise_joined_by_and_to_a_call_is_aimed_at_the_decision_s_maker(coder: Coder) -> None:
    body = (
        "TUNIS (Reuters) - Algeria lifted its ban on Moroccan fruit imports on Tuesday, the trade "
        "ministry said. The European Union praised the decision and called on Rabat to reopen "
        "its border crossings."
    )
    assert _welcome(article(coder, body))[1] == "DZA"


def test_a_welcome_of_expulsions_with_an_appeal_is_aimed_at_the_expeller(coder: Coder) -> None:
    body = (
        "DHAKA (Reuters) - Myanmar expelled two Thai diplomats on Friday, officials said. Laos "
        "welcomed the expulsions and urged Cambodia to do the same."
    )
    assert _welcome(article(coder, body)) == ("LAO", "MMR")


def test_welcomed_talks_keep_the_sides_the_appeal_names(coder: Coder) -> None:
    # near miss: talks have two sides, and the joined appeal names one of them (the one it asks)
    body = (
        "MOGADISHU (Reuters) - Somalia and Kenya held talks in Doha, Qatar's foreign ministry "
        "said. Uganda welcomed the talks but urged Kenya to withdraw its troops."
    )
    assert _welcome(article(coder, body)) == ("UGA", "KEN")


def test_a_welcome_with_no_act_told_before_keeps_the_addressee(coder: Coder) -> None:
    # near miss: the acquittal is coded as no act, so no maker is known
    body = (
        "ASUNCION (Reuters) - A Bolivian court acquitted three Paraguayan truck drivers on "
        "Friday. Paraguay's foreign minister hailed the ruling but appealed to Chile to return "
        "the drivers' trucks."
    )
    assert _welcome(article(coder, body)) == ("PRY", "CHL")


# A threatened strike or protest (CAMEO 133) is aimed where the protest would be: the protesters'
# own government when no one is named (docs/labelling.md section 2, "a protest, march or strike:
# the protesters' own government"). A condition's words are no object of the threat
# (`roles._object_words` stops at "if", "unless", "until"), and the strikers themselves are no
# target (`roles.implied_target`, as for a protest held).


def _first(found: list[TensionEvent]) -> tuple[str, str | None, str | None, str | None]:
    event = found[0]
    return (
        event.cameo_code,
        event.source.country if event.source else None,
        event.target.country if event.target else None,
        event.target.sector if event.target else None,
    )


def test_a_walkout_threatened_on_a_condition_with_its_is_against_the_government(
    coder: Coder,
) -> None:
    body = (
        "LUSAKA (Reuters) - Union leader Joseph Banda warned that railway staff would walk out "
        "if the budget kept its fuel levy."
    )
    assert _first(article(coder, body)) == ("133", "ZMB", "ZMB", "GOV")


def test_its_before_any_condition_still_names_an_object(coder: Coder) -> None:
    # near miss: "its members" outside a condition is still read as the threat's own people
    body = (
        "LUSAKA (Reuters) - Union leader Joseph Banda warned that railway staff would walk out "
        "to defend its members."
    )
    assert _first(article(coder, body)) == ("133", "ZMB", None, None)


def test_the_strikers_of_a_threatened_strike_are_no_target(coder: Coder) -> None:
    body = (
        "VALLETTA (Reuters) - Union leader Mark Borg warned that bus drivers would go on strike "
        "if the bill passed."
    )
    assert _first(article(coder, body)) == ("133", "MLT", "MLT", "GOV")


# Violence on a thing in a place, with the dead or wounded told in the participle after it, is
# aimed at them, not at the country of the place (docs/labelling.md section 2: attacks name those
# attacked; places are no parties): `targets._victims_after`.


def _struck(text: str, coder: Coder) -> tuple[str | None, str | None, str | None]:
    found = article(coder, text)
    assert found, text
    event = found[0]
    return (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
        event.target.sector if event.target else None,
    )


def test_a_compound_struck_in_a_province_killing_militants_is_aimed_at_them(
    coder: Coder,
) -> None:
    text = (
        "A Pakistani drone struck a compound in Afghanistan's Khost province on Friday, killing "
        "five Pakistani Taliban militants."
    )
    assert _struck(text, coder) == ("PAK", "PAK", "REB")


def test_a_motorcycle_struck_wounding_members_of_a_group_is_aimed_at_the_group(
    coder: Coder,
) -> None:
    text = (
        "An Israeli drone struck a motorcycle in Syria's Quneitra province, wounding two "
        "Hezbollah members, a monitor said."
    )
    assert _struck(text, coder) == ("ISR", "LBN", "REB")


def test_a_village_shelled_injuring_members_of_a_party_is_aimed_at_the_party(coder: Coder) -> None:
    text = (
        "Iranian artillery shelled a village in Iraq's Sulaimaniyah province, "
        "injuring three members of the Free Life Party of Kurdistan."
    )
    assert _struck(text, coder)[:2] == ("IRN", "IRN")


def test_a_camp_bombed_across_the_border_killing_guerrillas(coder: Coder) -> None:
    text = (
        "Colombian troops bombed a camp in Venezuela's Apure state, killing seven ELN guerrillas."
    )
    assert _struck(text, coder) == ("COL", "COL", "REB")


def test_the_dead_of_a_clash_are_no_target(coder: Coder) -> None:
    # near miss: in a clash the dead are either side's; the place stays
    text = "Armed groups clashed in a district of Sudan's capital, killing two Chadian fighters."
    assert _struck(text, coder)[:2] == ("SDN", "SDN")


# The same in the passive, where the subject struck is a thing (`roles._passive_victims`).


def test_a_truck_hit_by_a_drone_killing_fighters_is_aimed_at_them(coder: Coder) -> None:
    text = (
        "A pickup truck was hit by a U.S. drone in Somalia's Bari region on Saturday, killing "
        "four Islamic State fighters."
    )
    assert _struck(text, coder) == ("USA", "SOM", "REB")


def test_a_minibus_struck_by_a_shell_wounding_soldiers_is_aimed_at_them(coder: Coder) -> None:
    text = (
        "A minibus was struck by an Azerbaijani shell near the village of Sotk, wounding three "
        "Armenian soldiers."
    )
    assert _struck(text, coder) == ("AZE", "ARM", "MIL")


def test_a_seizure_in_the_passive_hurting_sailors_keeps_no_target(coder: Coder) -> None:
    # near miss: a seizure is no violence (CAMEO 17); its ship's owner is not named
    text = (
        "A tanker was seized by Iranian commandos near the Strait of Hormuz, injuring two Indian "
        "sailors."
    )
    assert _struck(text, coder) == ("IRN", None, None)
