"""Round 40, feedmiss7: relevant news-site sentences that yielded no event. A crowd that defied a
ban "and gathered" (or marched) protests (141), as one that defied it "to march"; a crowd
"chanting for" someone to resign protests against them (141); a crowd that booed or jeered an
official (active voice) protests against them (141), as the passive of round 39 said; and,
labelling guide point 28, concern "over" or "at" a named side's act, in a story's sentence with
no appeal in it, is a criticism of the doer (111), where concern over reports, concern "that",
concern beside an appeal and a sentence coded alone keep their old reading. Each has a near miss
that keeps it. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, recommended_coder, sides_of, undated_in
from tests.unit.coding import site_codes_in as codes_in
from tests.unit.coding import site_first as firsts

coder = recommended_coder


MAYOR = (
    "Police in Bucharest banned all marches on Tuesday after the city's mayor was charged with "
    "fraud. "
)


def test_a_crowd_that_defied_a_ban_and_gathered_protests(coder: Coder) -> None:
    body = MAYOR + "Students defied the ban the next day and gathered in front of the prefecture."
    assert firsts(coder, body, 1) == ("141", "ROU", "ROU")


def test_shops_that_defied_a_trading_ban_make_no_protest_codes_nothing(coder: Coder) -> None:
    # near miss: a ban defied by opening shops, no crowd gathering or marching after it
    body = MAYOR + (
        "Shopkeepers defied the ban on Sunday trading and opened their doors across the old town."
    )
    assert codes_in(coder, body, 1) == set()


LISBON = "Portugal's parliament approved cuts to state pensions on Thursday. "


def test_a_crowd_chanting_for_the_prime_minister_to_resign_protests(coder: Coder) -> None:
    body = LISBON + (
        "Outside the assembly that night, a crowd of pensioners chanted for the prime minister "
        "to resign."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].cameo_code == "141"
    assert sides_of(found[0]) == ("PRT", "PRT")
    assert found[0].target is not None and found[0].target.sector == "GOV"


def test_fans_chanting_for_the_coach_to_resign_make_no_protest(coder: Coder) -> None:
    # near miss: the same chant on the sports pages, aimed at a club's coach
    body = "Benfica lost at home for the third time this season. " + (
        "Fans chanted for the coach to resign as the players left the pitch."
    )
    assert undated_in(coder, body, 1) == []


FARMERS = "Greek farmers blocked roads across Thessaly on Monday. "


def test_farmers_who_booed_the_minister_protest_against_him(coder: Coder) -> None:
    body = FARMERS + (
        "In Larissa, angry farmers booed the agriculture minister as he arrived at the town hall."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].cameo_code == "141"
    assert found[0].source is not None and found[0].source.text == "farmers"
    assert found[0].target is not None and found[0].target.sector == "GOV"


def test_a_crowd_that_booed_the_referee_makes_no_protest(coder: Coder) -> None:
    # near miss: the active voice with a referee, no official, as its object
    body = "The derby ended in a goalless draw on Saturday. " + (
        "The crowd booed the referee as he left the pitch."
    )
    assert undated_in(coder, body, 1) == []


SHOOTING = "Bangladesh summoned India's envoy on Monday over a border shooting. "


def test_concern_at_a_named_sides_act_criticises_the_doer(coder: Coder) -> None:
    body = SHOOTING + (
        "The Bangladeshi foreign ministry was deeply concerned at the killing of two villagers by "
        "Indian border guards."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].cameo_code == "111"
    assert sides_of(found[0]) == ("BGD", "IND")


def test_concern_over_reports_stays_a_comment_codes_nothing(coder: Coder) -> None:
    # near miss: the concern is over reports, no act the sentence lays on a side
    body = SHOOTING + (
        "The Bangladeshi foreign ministry was deeply concerned by reports of shooting by Indian "
        "border guards."
    )
    assert codes_in(coder, body, 1) == set()


def test_concern_beside_an_appeal_leaves_the_appeal_the_act(coder: Coder) -> None:
    # near miss: with an appeal in the sentence the appeal is the act (point 28)
    body = SHOOTING + (
        "The Bangladeshi foreign ministry was deeply concerned at the killing of two villagers by "
        "Indian border guards and urged New Delhi to hold an inquiry."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].cameo_code[:2] == "02"
    assert "111" not in codes_in(coder, body, 1)


def test_concern_in_a_sentence_coded_alone_stays_a_comment(coder: Coder) -> None:
    # near miss: the type sets code a lone sentence's concern 012
    text = (
        "The Bangladeshi foreign ministry was deeply concerned at the killing of two villagers by "
        "Indian border guards."
    )
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # concern is coded a pessimistic comment (012), which the guide does not code.
    assert "111" not in {event.cameo_code for event in events(coder, text)}
