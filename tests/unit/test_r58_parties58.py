"""Round 58 (parties58): wrong parties and wrong types of the round-56 blind pair, by class.

An expulsion of one member of a mission named with its post; a march "on the city council" (a
civic body, no city advanced on); a currency named by its country ("New Zealand dollars"); a
complaint lodged with a body and the party its ", accusing" participle charges; a soldier's
abbreviated rank between a title and a name; an agreement criticised with the accused named by
", accusing"; a body of no country naming its own seat in a threat; the Office of the High
Representative; arms pulled back by agreement; a rally of a crowd named by no mention before a
", and police ..." clause."""

from __future__ import annotations

from tensionwatch.domain import references
from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    actor_index,
    code_list,
    coded_as,
    evaluation_coder,
    events,
    first_sides,
    sides_of,
    undated,
    undated_in,
)

coder = evaluation_coder
index = actor_index


# "ordered a Chinese consular official in Cebu to leave the country": one member of a mission,
# its post named before the order's term, is expelled (161), not only accused
def test_one_mission_member_with_post_expelled(coder: Coder) -> None:
    text = (
        "Kenya's foreign ministry ordered a Somali embassy employee in Mombasa to leave the "
        "country within 48 hours, accusing him of spying."
    )
    found = events(coder, text)
    assert found[0].cameo_code == "161", coded_as(found)
    assert sides_of(found[0]) == ("KEN", "SOM")


# "marched on the town hall": the civic body marched to, a protest (141), no advance on a town
def test_march_on_the_town_hall_is_a_protest(coder: Coder) -> None:
    text = (
        "Hundreds of taxi drivers marched on the town hall in Lusaka to protest against a new fee."
    )
    found = code_list(coder, text)
    assert "141" in found, found
    assert not any(code.startswith("19") for code in found)


# "15 million New Zealand dollars": a currency, no unknown name of the story's country
def test_currency_named_by_country_is_no_name(index: ActorIndex) -> None:
    text = "Wellington has pledged 12 million New Zealand dollars to rebuild the port."
    mentions = references.resolve(text, index.find(text), None)
    assert [m.actor.text for m in mentions] == ["Wellington"]


# the same after a title that gave the article the country's words as names
def test_currency_after_titled_country_is_no_party(coder: Coder) -> None:
    body = (
        "New Zealand's trade minister, Mere Tahu, arrived in Apia on Monday for talks with "
        "Samoa's government. Wellington has also pledged 12 million New Zealand dollars to "
        "rebuild the port."
    )
    found = undated_in(coder, body, 1)
    assert all(sides_of(event) != ("NZL", "NZL") for event in found), coded_as(found)


# "lodged a complaint with the OSCE, accusing Azerbaijan": the complaint is made against the
# accused, not the body it is lodged with
def test_complaint_lodged_with_a_body_aims_at_the_accused(coder: Coder) -> None:
    text = (
        "Armenia's foreign ministry lodged a complaint with the U.N. Security Council, accusing "
        "Azerbaijan of shelling border villages."
    )
    found = events(coder, text)
    complaint = [event for event in found if event.cameo_code == "114"]
    assert complaint and sides_of(complaint[0]) == ("ARM", "AZE"), coded_as(found)


# "Thai army chief Gen. Prasert ...": the rank between the title and the name does not end it
def test_rank_between_title_and_name(index: ActorIndex) -> None:
    text = "Nigerian army chief Gen. Tunde Okafor warned that his troops would respond."
    found = index.find(text)
    assert found[0].actor.text == "Nigerian army chief Gen. Tunde Okafor"
    assert found[0].actor.code == "NGAMIL"


def test_titled_general_is_his_countrys_party(coder: Coder) -> None:
    body = (
        "YAOUNDE, May 4 (Reuters) - Cameroon closed a border crossing on Monday. Nigerian army "
        "chief Gen. Tunde Okafor warned that his troops would respond to any attack from the "
        "Cameroonian side."
    )
    found = [event for event in undated(coder, body) if event.sentence_index == 1]
    assert found and sides_of(found[0])[0] == "NGA", coded_as(found)


# "criticised the patrol agreement, accusing New Zealand": the accused, not the agreement's
# first party told before
def test_agreement_criticised_with_the_accused_named(coder: Coder) -> None:
    body = (
        "Fiji's prime minister met Samoa's prime minister on Monday, and the two men signed an "
        "agreement on joint fisheries patrols. Russia's embassy in Suva criticised the patrol "
        "agreement, accusing Australia of drawing Pacific nations into a military bloc."
    )
    found = undated_in(coder, body, 1)
    assert found and all(sides_of(event) == ("RUS", "AUS") for event in found), coded_as(found)


# "A Commission spokeswoman warned that Brussels would ... against Hungary": the EU's own seat
# as the subject of the reported clause is stepped over, as a state's own capital is
def test_body_of_no_country_threat_steps_over_its_seat(coder: Coder) -> None:
    text = (
        "A European Commission spokesman warned that Brussels would open legal proceedings against "
        "Slovakia if the law was passed."
    )
    found = events(coder, text)
    assert first_sides(found) is not None and sides_of(found[0])[1] == "SVK", coded_as(found)


def test_office_of_the_high_representative_is_international(index: ActorIndex) -> None:
    text = "The Office of the High Representative urged the authorities to drop the charges."
    found = index.find(text)
    assert found[0].actor.code == "IGOEUROHR"
    assert found[0].actor.sector == "IGO"


# "agreed to pull artillery and tanks back": a de-escalation agreed (AGREE), no attack threatened
def test_weapons_pulled_back_by_agreement(coder: Coder) -> None:
    text = (
        "The two defence ministers agreed to pull tanks and artillery back 20 kilometres from "
        "the border."
    )
    found = events(coder, text)
    assert found and found[0].plover_type == "AGREE", coded_as(found)


# "Several hundred of its supporters rallied ..., and police said ... had been arrested": the
# rally of the first clause is the sentence's act, aimed at the crowd's own state
def test_unnamed_crowd_rally_before_police_clause(coder: Coder) -> None:
    body = (
        "LUSAKA, June 3 (Reuters) - Zambia's main opposition party called for protests on Sunday. "
        "Several hundred of its supporters rallied in Lusaka on Sunday night, and police said "
        "nine people had been arrested for blocking a road."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].cameo_code.startswith("14"), coded_as(found)
    assert sides_of(found[0]) == ("ZMB", "ZMB")
