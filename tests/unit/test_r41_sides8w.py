"""Round 41, wrong parties in agency copy (sides8w), tested on sentences written for them.

- A place named after a country's word and a place noun ("near the southern Somali town of
  Kismayo", "in the Peruvian border city of Tacna") hangs from the preposition before the
  whole phrase (`clauses.Layout._place_modifier`): it is where the act happened, not the
  subject of the verb after it, and a later "condemned the strike" is aimed at the striker.
- Farmers, farm workers and herders are civilians (`data/agents.tsv`, as "farmer" already
  was), so counted ones killed are the target, not the town the sentence places them near.
- A crowd in a sentence that opens on its scene ("In Valparaiso, demonstrators ...", also "In
  the northern Chilean city of Iquique, residents ...") is of the scene's country, though the
  sentence places something else later ("officials in Lima"): `references._opening_place`
  is where the crowd is placed, before `_placed_in`'s first lower-case "in".
- An appeal to the world at large ("asked other countries to contribute", "appealed to the
  international community to send soldiers") has no target (labelling guide, section 2: an
  appeal to no one in particular): not the story's government (`roles._appeal_to_the_world`),
  nor the party inside what it asks for (`targets._uncoded_addressee`, now also after
  "appealed to"); "all sides" and a named state stay the addressees.
- An "Association of Magistrates" or of judges is the judiciary (`data/agents.tsv`, as
  a "magistrates' association" was), so its rejection of a charge has a side to answer from.
- A criticism of a definite act followed by "but" and an appeal ("condemned the arrests but
  urged Brasilia to ...") is aimed at the act's maker, as with "and"
  (`roles.CLAUSE_JOINERS`); the appeal keeps its addressee.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, evaluation_coder, first_sides, in_sentence, sides_of

coder = evaluation_coder

STRIKE = (
    "MOGADISHU, March 4 (Reuters) - A Kenyan air strike on a pickup truck near the southern "
    "Somali town of Kismayo killed an al Shabaab commander on Friday, regional officials said. "
)


def test_a_strike_near_a_town_named_with_its_country_is_the_strikers(coder: Coder) -> None:
    assert first_sides(article(coder, STRIKE)) == ("190", "KEN", "SOM")


def test_the_condemned_strike_is_aimed_at_the_striker_not_the_town(coder: Coder) -> None:
    body = STRIKE + (
        "Somalia's president condemned the strike as a breach of sovereignty and called on "
        "the African Union to investigate."
    )
    assert sides_of(in_sentence(coder, body, 1, "ACCUSE")) == ("SOM", "KEN")


def test_a_border_town_with_a_noun_between_is_a_place_too(coder: Coder) -> None:
    body = (
        "LIMA, Peru, May 3 (Reuters) - A Chilean drone strike on a truck near the Peruvian "
        "border town of Tacna killed a rebel commander on Tuesday, officials said."
    )
    event = article(coder, body)[0]
    assert event.source is not None
    assert (event.source.country, event.source.text) == ("CHL", "Chilean")


def test_troops_in_a_foreign_town_named_with_its_country_are_the_subject(coder: Coder) -> None:
    body = (
        "NAIROBI, March 4 (Reuters) - Kenyan troops in the Somali border town of Dhobley "
        "shelled al Shabaab positions on Friday, the army said."
    )
    event = article(coder, body)[0]
    assert event.source is not None and event.target is not None
    assert (event.source.country, event.source.sector) == ("KEN", "MIL")
    assert event.target.sector == "REB"


def test_counted_farm_workers_killed_are_the_civilian_target(coder: Coder) -> None:
    body = (
        "MOPTI, Mali, Sept 8 (Reuters) - Jihadist fighters killed at least 12 farm workers in "
        "millet fields outside the central Malian town of Djenne on Sunday, a local official "
        "said."
    )
    event = article(coder, body)[0]
    assert event.target is not None
    assert (event.target.country, event.target.sector) == ("MLI", "CVL")


ROW = (
    "SANTIAGO, June 2 (Reuters) - Chile recalled its ambassador from Lima on Monday after "
    "Peruvian boats were accused of fishing in Chilean waters. "
)


def test_a_crowd_in_the_opening_scene_is_not_of_a_city_named_later(coder: Coder) -> None:
    body = ROW + (
        "In Valparaiso, demonstrators pelted the Peruvian consulate with eggs and said their "
        "government should get tougher with officials in Lima."
    )
    assert sides_of(in_sentence(coder, body, 1, "PROTEST")) == ("CHL", "PER")


def test_residents_in_an_opening_town_named_with_its_country_are_its_people(
    coder: Coder,
) -> None:
    body = (
        "LIMA, Peru, June 2 (Reuters) - Chile recalled its ambassador to Peru on Monday after a "
        "row over fishing rights. In the northern Chilean city of Iquique, residents marched on "
        "Tuesday against what they called Peruvian provocations."
    )
    event = in_sentence(coder, body, 1, "PROTEST")
    assert event.source is not None
    assert (event.source.country, event.source.sector) == ("CHL", "CVL")


def test_a_crowd_placed_in_a_foreign_capital_stays_there(coder: Coder) -> None:
    body = ROW + "Hundreds of protesters rallied outside the Chilean embassy in Lima."
    assert sides_of(in_sentence(coder, body, 1, "PROTEST")) == ("PER", "CHL")


MISSION = (
    "LIMA, Peru, May 3 (Reuters) - Peru's congress voted on Tuesday to extend a foreign police "
    "mission fighting gangs in the capital. "
)


def _appeal(coder: Coder, text: str) -> tuple[str | None, str | None]:
    return sides_of(in_sentence(coder, MISSION + text, 1, "REQUEST"))


def test_an_appeal_to_other_countries_is_aimed_at_no_one(coder: Coder) -> None:
    text = "Sweden asked other countries to contribute engineers and money to the mission."
    assert _appeal(coder, text) == ("SWE", None)


def test_the_soldiers_asked_of_the_world_are_not_the_addressee(coder: Coder) -> None:
    text = (
        "Peru's interior minister appealed to the international community to send soldiers "
        "and armoured vehicles."
    )
    assert _appeal(coder, text) == ("PER", None)


def test_an_appeal_to_all_sides_still_reaches_the_story(coder: Coder) -> None:
    assert _appeal(coder, "Sweden urged all sides to stop the fighting.") == ("SWE", "PER")


def test_an_appeal_to_a_named_state_keeps_it(coder: Coder) -> None:
    text = "Sweden called on Chile to send more police officers to the mission."
    assert _appeal(coder, text) == ("SWE", "CHL")


def test_an_association_of_magistrates_answers_the_minister(coder: Coder) -> None:
    body = (
        "LIMA, Peru, Oct 9 (Reuters) - Peru's interior minister accused judges on Wednesday of "
        "freeing gang leaders on technicalities. The Association of Magistrates rejected the "
        "accusation, saying its members were applying the law."
    )
    event = in_sentence(coder, body, 1, "REJECT")
    assert event.source is not None and event.target is not None
    assert (event.source.country, event.source.sector) == ("PER", "JUD")
    assert (event.target.country, event.target.sector) == ("PER", "GOV")


ARRESTS = (
    "CARACAS, Venezuela, March 2 (Reuters) - Venezuelan police detained 40 opposition activists "
    "on Sunday, officials said. "
)


def test_a_criticism_before_but_is_aimed_at_the_acts_maker(coder: Coder) -> None:
    body = ARRESTS + (
        "Chile's president condemned the arrests but urged Brasilia to keep talking to Caracas."
    )
    assert sides_of(in_sentence(coder, body, 1, "ACCUSE")) == ("CHL", "VEN")
    assert sides_of(in_sentence(coder, body, 1, "REQUEST")) == ("CHL", "BRA")


def test_a_criticism_naming_its_target_before_but_keeps_it(coder: Coder) -> None:
    body = ARRESTS + "Chile's president condemned Caracas but urged Brasilia to keep talking."
    assert sides_of(in_sentence(coder, body, 1, "ACCUSE")) == ("CHL", "VEN")
