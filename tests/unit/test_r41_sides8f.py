"""Round 41, wrong parties in news-site copy (sides8f), tested on sentences written for them.

- "Rights groups condemned what they called a brutal use of force against elderly people": an
  act by which a party of the article's own country presses, reproaches or rebuffs (CAMEO 10,
  11, 12), offers (03) or uses force (18, 19) against someone the sentence leaves unnamed is
  aimed at that country (`roles.home_pressed`, `coder._pressed_at_home`): its government when
  the maker is no state organ, its people when it is one, the country named as a whole when
  the act is violent. Not when the sentence names another country or places the other side
  abroad ("accused foreign agents"), not for a state's offer of talks or a ceasefire (made to
  a side abroad or in arms as often), not for appeals (labelling guide section 2: an appeal to
  no one in particular has no target), and not for a maker the index knows by no sector (a
  country named whole, an unknown name).
- "Two activists who organised the march were abducted from their homes": an assault (CAMEO 18)
  on a party of the article's own country with no maker named is by that country named as a
  whole (`roles.home_assailant`, under the same guards); force in a war's words (19, "were shot
  dead") keeps its maker unnamed, the other side as often.
- "slapped a 20 percent tariff on imported wire on Monday, arguing that Peruvian exporters were
  dumping it below cost": an act that names no one it is aimed at, glossed by a participle of
  saying ("saying", "telling reporters that", "remarking that once ..."), is aimed at the party
  of another country its clause opens with (`coder._glossed`); a party of the maker's own
  country there is none.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import evaluation_coder, undated_in

coder = evaluation_coder

# a news site's story of one country, with no dateline
MARCH = (
    "Thousands of pensioners marched through Lima on Wednesday against cuts to their "
    "benefits, and riot police charged the crowd near Congress. "
)


def _second(coder: Coder, text: str) -> TensionEvent:
    found = undated_in(coder, MARCH + text, 1)
    assert found, "no event"
    return found[0]


def _target(event: TensionEvent) -> tuple[str | None, str | None]:
    target = event.target
    return (target.country, target.sector) if target is not None else (None, None)


def test_a_reproach_at_home_with_no_one_named_is_aimed_at_the_state(coder: Coder) -> None:
    event = _second(
        coder,
        "Rights groups condemned what they called a brutal use of force against elderly people.",
    )
    assert event.cameo_code.startswith("11")
    assert _target(event) == ("PER", "GOV")


def test_an_opposition_offer_at_home_is_made_to_the_state(coder: Coder) -> None:
    event = _second(
        coder, "The opposition leader said he was ready to begin talks if the cuts were withdrawn."
    )
    assert event.cameo_code.startswith("03")
    assert _target(event) == ("PER", "GOV")


def test_a_state_organ_presses_its_own_people(coder: Coder) -> None:
    event = _second(
        coder, "Prosecutors demanded prison terms of up to eight years for the organisers."
    )
    assert event.cameo_code.startswith("10")
    assert event.source is not None and event.source.sector == "JUD"
    assert _target(event) == ("PER", "CVL")


def test_force_at_home_on_no_one_named_is_against_the_country(coder: Coder) -> None:
    body = (
        "Gunmen burst into a secondary school in the Sri Lankan town of Vavuniya on Tuesday. "
        "Hours later, gunmen also forced their way into a hospital in the town, the police said."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].cameo_code.startswith("18")
    assert _target(found[0]) == ("LKA", None)


def test_another_side_abroad_keeps_no_target(coder: Coder) -> None:
    # near misses: the sentence places the unnamed side abroad, or names another country
    foreign = _second(
        coder, "The interior minister accused foreign agents of stirring up the unrest."
    )
    assert foreign.cameo_code.startswith("11") and foreign.target is None
    neighbour = _second(
        coder,
        "The interior minister said Chile had sent agitators across the border and demanded "
        "an explanation.",
    )
    assert neighbour.cameo_code.startswith("10")
    # Coded today but wrong or doubtful by the guide (round 49), so this side is not pinned:
    # the explanation demanded after Chile is named is coded with no target (CHL by the guide).
    assert neighbour.target is None or neighbour.target.country != "PER"


def test_state_offers_of_talks_and_appeals_stay_unaimed(coder: Coder) -> None:
    talks = _second(coder, "The government proposed to hold talks next week.")
    assert talks.cameo_code.startswith("036") and talks.target is None
    # round 55 (roles55f): an offer of talks that names people of no country is made to the
    # story's own people (docs/labelling.md section 2; `roles._met_at_home`)
    named = _second(
        coder, "The government proposed to hold talks with the pensioners' groups next week."
    )
    assert named.cameo_code.startswith("036")
    assert named.target is not None and (named.target.country, named.target.sector) == (
        "PER",
        "CVL",
    )
    calm = _second(coder, "The labour minister called for calm.")
    assert calm.cameo_code.startswith("02") and calm.target is None


def _act(coder: Coder, text: str, root: str) -> TensionEvent:
    return next(e for e in undated_in(coder, MARCH + text, 1) if e.cameo_code.startswith(root))


def test_an_assault_at_home_with_no_maker_named_is_the_countrys(coder: Coder) -> None:
    taken = "Two activists who organised the march were abducted from their homes in Arequipa "
    event = _act(coder, taken + "overnight, their families said.", "18")
    assert event.source is not None and (event.source.code, event.source.sector) == ("PER", None)
    assert event.target is not None and event.target.country == "PER"
    # near misses: another country named in the sentence; force of root 19
    named = _act(coder, taken + "overnight, a Chilean rights group said.", "18")
    assert named.source is None
    shot = _act(coder, "Two activists who organised the march were shot dead overnight.", "19")
    assert shot.source is None


COPPER = "Chile and Peru have quarrelled over copper wire prices for months. "


def test_a_saying_gloss_names_the_foreign_party_aimed_at(coder: Coder) -> None:
    duty = "Chile slapped a 20 percent tariff on imported wire on Monday, arguing that "
    found = undated_in(coder, COPPER + duty + "Peruvian exporters were dumping it below cost.", 1)
    assert found and found[0].cameo_code.startswith("16")
    assert found[0].target is not None and found[0].target.country == "PER"
    told = (
        "Sweden and Portugal have argued over the fishing quota since March. In Stockholm the "
        "fisheries minister pressed the demand again, arguing that Portugal had broken the agreed "
        "catch limits."
    )
    demand = undated_in(coder, told, 1)
    assert demand and demand[0].cameo_code.startswith("10")
    assert demand[0].target is not None and demand[0].target.country == "PRT"


def test_a_gloss_on_the_makers_own_side_names_no_target(coder: Coder) -> None:
    # near miss: the clause opens with a party of the maker's own country
    duty = "Chile slapped a 20 percent tariff on imported wire on Monday, arguing that "
    found = undated_in(coder, COPPER + duty + "Chilean mills had been hurt by cheap imports.", 1)
    assert found and found[0].cameo_code.startswith("16") and found[0].target is None
