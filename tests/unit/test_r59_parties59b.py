"""Round 59 (parties59b): wrong parties in the older open sets.

A craft shadowed is the show of force's target (docs/labelling.md 2: "to shadow"), also when
it is named by its class ("two coast guard cutters") or as a patrol ("the Moldovan patrol"):
the noun "patrol" alone does not make the shadowed side the doer."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, dyad, recommended_coder, sides_of

coder = recommended_coder


# a patrol shadowed: the shadowing craft's state is the doer, the patrol's the target
def test_patrol_shadowed_is_the_target(coder: Coder) -> None:
    text = "Two Romanian naval vessels shadowed the Moldovan patrol for several hours."
    assert dyad(coder, text, "MOBILIZE") == ("ROU", "MDA")


# cutters shadowed: named by their class
def test_cutters_shadowed_are_the_target(coder: Coder) -> None:
    text = "Three Estonian gunboats shadowed two Russian coast guard cutters off the island."
    assert dyad(coder, text, "MOBILIZE") == ("EST", "RUS")


def _threat_sides(coder: Coder, body: str) -> tuple[str | None, str | None]:
    found = [event for event in article(coder, body) if event.cameo_code.startswith("13")]
    assert found
    return sides_of(found[0])


# a ministry spokesman the article placed in the dateline's state warns in the name of the
# state he reports as vowing to answer
def test_spokesman_speaks_for_the_state_that_would_respond(coder: Coder) -> None:
    body = (
        "VILNIUS, May 4 (Reuters) - Lithuania expelled a Belarusian diplomat on Monday, the "
        "foreign ministry said. In Minsk, the foreign ministry denied any wrongdoing. A ministry "
        "spokesman, Pavel Ivanov, warned that Belarus would respond by expelling a Lithuanian "
        "diplomat."
    )
    assert _threat_sides(coder, body) == ("BLR", "LTU")


# an embassy spokesman and the capital that would retaliate
def test_embassy_spokesman_and_capital_that_would_retaliate(coder: Coder) -> None:
    body = (
        "OSLO, May 4 (Reuters) - Norway expelled two Russian diplomats on Monday for spying, "
        "the foreign ministry said. The Russian embassy rejected the charge. Embassy "
        "spokesman Pavel Ivanov warned that Moscow would retaliate."
    )
    assert _threat_sides(coder, body) == ("RUS", "NOR")


# a show of force names no target past a relative pronoun
def test_deployment_target_not_in_relative_clause(coder: Coder) -> None:
    text = (
        "Kenya will deploy 5,000 troops to quell riots that followed the arrest of "
        "former President Daniel Moi."
    )
    assert dyad(coder, text, "MOBILIZE") == ("KEN", None)


# nor past a second verb joined by "and"
def test_deployment_target_not_in_joined_clause(coder: Coder) -> None:
    text = (
        "Peru's government said on Monday it had deployed troops on its stretch of the frontier "
        "and offered shelter to displaced Bolivians."
    )
    assert dyad(coder, text, "MOBILIZE") == ("PER", None)


# a force sent to monitor a flotilla is aimed at it across the joined verb
def test_force_sent_to_monitor_keeps_target(coder: Coder) -> None:
    text = (
        "Cyprus has put its navy on alert and dispatched two frigates to monitor the "
        "Turkish convoy."
    )
    assert dyad(coder, text, "MOBILIZE") == ("CYP", "TUR")


def _arrest_sides(coder: Coder, body: str) -> tuple[str | None, str | None]:
    found = [event for event in article(coder, body) if event.cameo_code.startswith("17")]
    assert found
    return sides_of(found[-1])


# the subject of a passive detention is no maker of the arrests he was filming
def test_detained_reporter_is_no_arrester(coder: Coder) -> None:
    body = (
        "CASTRIES, May 4 (Reuters) - Police in Saint Lucia arrested nine opposition "
        "activists on Monday. Paul Benoit was also detained while photographing the arrests, his "
        "editor said."
    )
    found = [e for e in article(coder, body) if e.cameo_code.startswith("17")]
    assert found[-1].target is not None and found[-1].target.text == "Paul Benoit"
    assert _arrest_sides(coder, body) == ("LCA", "LCA")


# nor of a detention a law he was held under allows
def test_man_taken_under_a_law_is_no_detainer(coder: Coder) -> None:
    body = (
        "Brunei's Internal Security Department has also detained a blogger who had "
        "criticised the government, a relative told reporters. Awang Salleh, 52, was taken "
        "from his home on Wednesday under the Internal Security Act, a statute that permits "
        "detention without charge."
    )
    found = [e for e in article(coder, body) if e.cameo_code.startswith("17")]
    assert found[-1].target is not None and found[-1].target.text == "Awang Salleh"
