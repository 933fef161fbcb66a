"""Round 62 (review62): tests for guards of round 61's rules that no test failed without."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, first_sides, recommended_coder

coder = recommended_coder


# acts._narrated_plan (round 61, false61) reads "will" and "would" as a plan only inside a
# clause of time, an indirect question or a relative clause: the main clause's future stays a
# threat of force (without the clause test the offensive announced was no event)
def test_a_future_offensive_in_the_main_clause_stays_a_threat(coder: Coder) -> None:
    text = "Azerbaijan will launch an offensive against the separatists in the mountains."
    assert first_sides(events(coder, text)) == ("1384", "AZE", "AZE")


# acts._narrated_plan asks only of force and protest (`PLAN_ROOTS`): a narrated "could" before
# an expulsion is still the threat of one (without the roots test it was no event)
def test_a_modal_before_an_expulsion_keeps_the_threat(coder: Coder) -> None:
    text = "Canberra could expel Chinese diplomats over the hacking of its parliament."
    assert first_sides(events(coder, text)) == ("1313", "AUS", "CHN")


# targets._venue_name (round 61, targets61) reads a meeting's body after "on the margins of" (a
# word of `VENUE_OF` before "of") as where the act is set, not whom it is aimed at: without that
# branch the complaint was aimed at the bloc whose summit it was made at
def test_a_body_after_on_the_margins_of_its_summit_is_no_target(coder: Coder) -> None:
    text = (
        "Malawi's foreign minister complained about the fishing dispute on the margins of the "
        "SADC summit on Friday."
    )
    found = events(coder, text)
    assert found
    assert found[0].source is not None and found[0].source.country == "MWI"
    assert found[0].target is None or "SADC" not in found[0].target.text
