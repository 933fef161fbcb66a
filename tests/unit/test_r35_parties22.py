"""Round 35, parties of right-typed events (parties22), tested on sentences written for them.

- "brought to justice", "a travesty of justice", "calls for justice": the ideal, not a judge
  (`actors._IDEAL_JUSTICE`), so a criticism or demand that ends so does not take the courts
  of the story for its target; a criticism of "the shooting" reaches the shooter
  (`roles.CRITICISED`);
- "Eleven people were detained", "Several men have been arrested": an arrest in the passive
  that names neither side holds people of the article's country, and so is that country's
  police's (`roles._held_unnamed`, before `roles.sentenced_here`);
- U.N. office holders of 2014-2025 the tables lacked (`data/actors.tsv`: Michelle Bachelet,
  Martin Griffiths, Filippo Grandi, ...) speak for the U.N. in their years, not for a state
  they served before;
- "Oman's foreign ministry rejected the criticism, saying the country had a sovereign
  right": a charge named after its rejection answers the last act by another country (or a
  body of none) aimed at the rejecter's, where its own side or no one was taken for the
  accuser (`coder._charge_of_outsider`); a critic at home coded as such stays;
- "The Russian ambassador, Ivan Petrov, was summoned to the foreign ministry": a summons in
  the passive with no agent is the host's (the ministry named, the city after it, the
  article's country, the other side of the last act) and aimed at the envoy's state
  (`coder._summoned_here`);
- "the foreign ministry in Beijing", "the government in Lima": a bare ministry, government
  or authorities right before "in" and a state's place is that state's
  (`references._seated_bodies`); a mission ("the embassy in Beijing") keeps its own;
- "el-Sissi" with two esses is Egypt's president (`data/actors.tsv`), and "Mr Khurelsukh and
  Mr Putin signed" is a pair like "Khurelsukh and Putin" (`roles._CONJOINED`);
- "Prime Minister Antonio Guterres" in copy with no date: a person whose latest role is in an
  international body, named with a state's office before, holds his latest national office
  (`actors._national_title`); named alone or with the body's title, the latest role stays;
- "Saudi Arabia, the UAE and Egypt cut ties": a listed subject with "the" after a comma still
  acts through its first party (`roles.LIST_COMMAS`).
"""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    actor_index,
    coded_as,
    codes,
    country,
    evaluation_coder,
    of_type,
    sides_of,
    undated,
    undated_in,
)

coder = evaluation_coder
index = actor_index
DAY = date(2024, 5, 1)


def test_brought_to_justice_names_no_court(coder: Coder) -> None:
    body = (
        "Malawi's foreign minister condemned the raid on the market and demanded that those "
        "responsible be brought to justice."
    )
    found = undated(coder, body)
    assert found
    assert [act[:3] for act in coded_as(found)] == [
        ("ACCUSE", "111", "MWIGOV"),
        ("REQUEST", "100", "MWIGOV"),
    ]
    # Coded today but wrong or doubtful by the guide (round 49), so this side is not pinned:
    # the unnamed raiders are coded as the state's people (MWI/CVL).
    assert all(e.target is None or e.target.sector != "JUD" for e in found)


def test_a_criticised_shooting_reaches_the_shooter(coder: Coder) -> None:
    body = (
        "Zambian soldiers shot dead a farmer near the border on Tuesday. Malawi's president "
        "called the shooting a crime and demanded that the killers be brought to justice."
    )
    accusations = [e for e in undated_in(coder, body, 1) if e.plover_type == "ACCUSE"]
    assert accusations
    assert sides_of(accusations[0]) == ("MWI", "ZMB")
    assert accusations[0].target is not None and accusations[0].target.sector == "MIL"


def test_a_criticised_shooting_with_no_demand_reaches_the_shooter(coder: Coder) -> None:
    body = (
        "Zambian soldiers shot dead a farmer near the border on Tuesday. Malawi's president "
        "called the shooting a crime."
    )
    accusations = [e for e in undated_in(coder, body, 1) if e.plover_type == "ACCUSE"]
    assert accusations
    assert sides_of(accusations[0]) == ("MWI", "ZMB")


def test_a_travesty_of_justice_is_no_judge(index: ActorIndex) -> None:
    found = codes(index, "Rights groups called the trial a travesty of justice.", DAY)
    assert "justice" not in found
    found = codes(index, "Thousands marched in Lilongwe to call for justice.", DAY)
    assert "justice" not in found


def test_a_justice_of_a_court_is_still_a_judge(index: ActorIndex) -> None:
    found = codes(index, "A justice of the high court in Lilongwe ordered a recount.", DAY)
    assert found.get("justice") == "JUD"
    found = codes(index, "Justice Banda accused the minister of lying.", DAY)
    assert found.get("Justice Banda") == "JUD"


TIRANA_LEAD = "Riot police broke up a rally outside the parliament in Tirana on Monday. "


def test_people_detained_with_no_side_named_are_the_story_country(coder: Coder) -> None:
    body = TIRANA_LEAD + "Eleven people were detained, the regional office said."
    found = [e for e in undated_in(coder, body, 1) if e.plover_type == "COERCE"]
    assert found
    assert sides_of(found[0]) == ("ALB", "ALB")


def test_supporters_arrested_in_the_passive_are_the_story_country(coder: Coder) -> None:
    body = (
        "Opposition leader Bobi Wine held a rally in Kampala on Sunday. At least 20 of his "
        "supporters were arrested, his party said."
    )
    found = [e for e in undated_in(coder, body, 1) if e.plover_type == "COERCE"]
    assert found
    assert sides_of(found[0]) == ("UGA", "UGA")


def test_an_arrest_with_its_sides_named_keeps_them(coder: Coder) -> None:
    body = TIRANA_LEAD + "Police arrested twelve Kosovar students near the embassy."
    found = [e for e in undated_in(coder, body, 1) if e.plover_type == "COERCE"]
    assert found
    assert sides_of(found[0]) == ("ALB", "XKX")


def test_an_arrest_in_a_country_named_keeps_its_place_rule(coder: Coder) -> None:
    body = "A Canadian climber was detained in Nepal on Friday."
    found = [e for e in undated(coder, body) if e.plover_type == "COERCE"]
    assert found
    assert sides_of(found[0]) == ("NPL", "CAN")


OMAN_LAW = (
    "Oman brought in a new press law on Monday. In a speech, Sultan Haitham bin Tariq said "
    "he wanted the press to serve the nation. The U.N. human rights office urged the "
    "government to repeal the law. "
)


def test_a_rejected_criticism_answers_the_foreign_critic_not_the_last_speaker(
    coder: Coder,
) -> None:
    body = OMAN_LAW + (
        "Oman's foreign ministry rejected the criticism, saying the country had a sovereign "
        "right to pass its own laws."
    )
    rejections = [e for e in undated_in(coder, body, 3) if e.plover_type == "REJECT"]
    assert rejections
    target = rejections[0].target
    assert target is not None and target.code.startswith("IGOUNO")


def test_a_rejected_criticism_keeps_a_critic_at_home(coder: Coder) -> None:
    body = (
        "The U.N. human rights office urged Oman to repeal its new press law. Oman's "
        "opposition party accused the government of silencing critics. Oman's foreign "
        "ministry rejected the criticism."
    )
    rejections = [e for e in undated_in(coder, body, 2) if e.plover_type == "REJECT"]
    assert rejections
    target = rejections[0].target
    assert target is not None and target.sector == "OPP"


def test_a_critic_of_another_state_is_not_the_one_answered(coder: Coder) -> None:
    body = (
        "Oman brought in a new press law on Monday. In a speech, Sultan Haitham bin Tariq said "
        "he wanted the press to serve the nation. The U.N. human rights office urged Qatar to "
        "free a jailed blogger. Oman's foreign ministry rejected the criticism, saying the "
        "country had a sovereign right to pass its own laws."
    )
    rejections = [e for e in undated_in(coder, body, 3) if e.plover_type == "REJECT"]
    assert rejections
    assert [act[:3] for act in coded_as(rejections)] == [("REJECT", "120", "OMNGOV")]
    # Coded today but wrong or doubtful by the guide (round 49), so this side is not pinned:
    # the rejection is aimed at the state's own sultan (OMN/GOV), not at an unnamed critic.
    assert all(e.target is None or not e.target.code.startswith("IGO") for e in rejections)


def _person(index: ActorIndex, text: str, name: str, day: date) -> str | None:
    found = codes(index, text, day)
    return next((code for words, code in found.items() if name in words), None)


def test_un_officials_speak_for_the_un_in_their_years(index: ActorIndex) -> None:
    text = "U.N. human rights chief Michelle Bachelet urged restraint."
    assert _person(index, text, "Bachelet", date(2019, 4, 1)) == "IGOUNO"
    text = "The aid chief, Martin Griffiths, urged restraint."
    assert _person(index, text, "Griffiths", date(2022, 4, 1)) == "IGOUNO"
    text = "Filippo Grandi visited the camps."
    assert _person(index, text, "Grandi", date(2020, 4, 1)) == "IGOUNOREFHCR"


def test_a_un_official_keeps_an_earlier_national_office(index: ActorIndex) -> None:
    text = "Michelle Bachelet spoke on Monday."
    assert _person(index, text, "Bachelet", date(2016, 4, 1)) == "CHLGOV"


def _summons(coder: Coder, body: str, index: int) -> tuple[str | None, str | None]:
    found = [e for e in undated_in(coder, body, index) if e.cameo_code.startswith("114")]
    assert found, "no summons"
    return sides_of(found[0])


def test_an_envoy_summoned_in_the_passive_is_the_target(coder: Coder) -> None:
    body = (
        "Belarus expelled two Polish diplomats on Monday. The Polish ambassador was summoned "
        "to the foreign ministry in Minsk."
    )
    assert _summons(coder, body, 1) == ("BLR", "POL")


def test_a_named_envoy_summoned_is_summoned_by_the_other_side(coder: Coder) -> None:
    body = (
        "Austria expelled two Russian diplomats on Monday. The Russian ambassador, Ivan "
        "Petrov, was summoned to the foreign ministry and informed of the decision, a ministry "
        "spokesman said."
    )
    assert _summons(coder, body, 1) == ("AUT", "RUS")


def test_the_city_of_the_ministry_names_the_host(coder: Coder) -> None:
    body = "The Czech ambassador, Jan Novak, was summoned to the ministry in Moscow on Sunday."
    assert _summons(coder, body, 0) == ("RUS", "CZE")


def test_a_summons_made_in_the_active_keeps_its_sides(coder: Coder) -> None:
    body = "Austria expelled two Russian diplomats. Austria summoned the Russian ambassador."
    assert _summons(coder, body, 1) == ("AUT", "RUS")
    body = "The Russian ambassador was summoned by Austria's foreign ministry on Monday."
    assert _summons(coder, body, 0) == ("AUT", "RUS")


VILNIUS_LEAD = "Lithuania allowed Taiwan to open an office in Vilnius on Friday. "


def test_a_ministry_in_a_capital_is_that_capitals_state(coder: Coder) -> None:
    body = VILNIUS_LEAD + (
        "On Tuesday the foreign ministry in Beijing accused the Lithuanian government of "
        "meddling in China's internal affairs. It warned that Vilnius would pay a price."
    )
    accusation = of_type(undated_in(coder, body, 1), "ACCUSE")
    assert sides_of(accusation) == ("CHN", "LTU")
    threat = of_type(undated_in(coder, body, 2), "THREATEN")
    assert sides_of(threat) == ("CHN", "LTU")


def test_a_government_in_a_capital_is_that_capitals_state(coder: Coder) -> None:
    body = (
        "Washington threatened tariffs on Peru on Sunday. Late on Sunday, the White House said "
        "the government in Lima had agreed to all of the president's terms."
    )
    agreement = of_type(undated_in(coder, body, 1), "AGREE")
    assert country(agreement.source) == "PER"


def test_an_embassy_in_a_capital_keeps_its_own_state(coder: Coder) -> None:
    body = "The Indian embassy in Beijing protested to the foreign ministry on Monday."
    found = undated(coder, body)
    assert found
    assert country(found[0].source) == "IND"


def test_sissi_spelt_with_two_esses_is_egypts_president(coder: Coder, index: ActorIndex) -> None:
    body = "Erdogan and el-Sissi signed a declaration on trade on Tuesday."
    assert sides_of(of_type(undated(coder, body), "SUPPORT")) == ("TUR", "EGY")
    found = codes(index, "President Abdel Fattah el-Sissi spoke on Monday.", DAY)
    assert "EGYGOV" in found.values()


def test_two_leaders_named_with_honorifics_are_a_pair(coder: Coder) -> None:
    body = "Mr Tokayev and Mr Erdogan signed a pact on grain shipments."
    assert sides_of(of_type(undated(coder, body), "SUPPORT")) == ("KAZ", "TUR")
    body = "Mr. Tokayev and Mr. Erdogan held talks in Ankara on Friday."
    assert sides_of(of_type(undated(coder, body), "CONSULT")) == ("KAZ", "TUR")


def test_a_leader_meeting_another_with_honorifics_keeps_subject_and_object(
    coder: Coder,
) -> None:
    body = "Mr Khurelsukh met Mr Putin in Moscow on Monday."
    assert sides_of(of_type(undated(coder, body), "CONSULT")) == ("MNG", "RUS")


def test_a_national_title_outranks_a_later_international_role(index: ActorIndex) -> None:
    found = index.find("Prime Minister Antonio Guterres visited Madrid.", None)
    assert [m.actor.code for m in found if "Guterres" in m.actor.text] == ["PRTGOV"]


def test_an_international_title_or_none_keeps_the_latest_role(index: ActorIndex) -> None:
    for text in (
        "U.N. Secretary-General Antonio Guterres visited Madrid.",
        "Antonio Guterres visited Madrid.",
    ):
        found = index.find(text, None)
        assert [m.actor.code for m in found if "Guterres" in m.actor.text] == ["IGOUNO"]


def test_a_listed_subject_with_the_inside_acts_through_its_first_party(coder: Coder) -> None:
    body = "Kuwait, the UAE and Jordan broke off diplomatic ties with Iran on Friday."
    assert sides_of(of_type(undated(coder, body), "SANCTION")) == ("KWT", "IRN")
    body = "Kuwait, Oman and Jordan broke off diplomatic ties with Iran on Friday."
    assert sides_of(of_type(undated(coder, body), "SANCTION")) == ("KWT", "IRN")
