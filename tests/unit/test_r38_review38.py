"""Round 38 review (review38), tested on sentences written for it.

- "Zimbabwe's president orders the army to seal the border": the cheap text test in front of
  `references._ordered_forces` looked for "rdere" and let "orders", a form its pattern takes,
  through to nothing; the army a head of state orders in the present tense is his state's, as
  it already was after "ordered". The army he urges (an appeal, no command) stays the story's.
- Near misses left from round 37's review: the pair going on after a meeting
  (`acts._pair_goes_on`) is "and the two ...", not any act told after a meeting ("the envoy, who
  attended the talks, urged both sides to ...": the appeal, as labelled); and a criticism of
  something other than the coup in a coup story ("condemned the decree and urged the junta")
  keeps its party (`roles._coup_named`).
- Guards of round-38 rules that no test read, each pinned by a near miss that fails without it:
  the lead state's share and the story length it needs (`coder._lead_state`), the clause break
  before "them" (`references._unbound`), the "the" of a told fight
  (`existence._casualty_of_fight`) and an act to come after a month opening
  (`relevance._month_opening`).
"""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    country,
    evaluation_coder,
    events_in,
    recommended_coder,
    undated_dyads,
    undated_in,
)

coder = evaluation_coder
recommended = recommended_coder

BROADCASTER = "LUSAKA (Reuters) - Zambia's army took control of the state broadcaster on Saturday. "


@pytest.mark.parametrize("verb", ["orders", "ordered"])
def test_the_army_a_president_orders_is_his_states(coder: Coder, verb: str) -> None:
    body = BROADCASTER + f"Zimbabwe's president {verb} the army to seal the border."
    assert undated_dyads(coder, body)[1] == ("191", "ZWE", "ZMB")


def test_an_army_a_president_urges_stays_the_storys(coder: Coder) -> None:
    body = BROADCASTER + "Zimbabwe's president urges the army to return to barracks."
    assert undated_dyads(coder, body)[1] == ("020", "ZWE", "ZMB")


TRUCE = (
    "NAIROBI (Reuters) - Sudan's army and the Rapid Support Forces opened truce talks in Jeddah "
    "on Monday. "
)


def test_an_appeal_after_a_meeting_told_in_a_relative_clause_stays_the_act(coder: Coder) -> None:
    body = TRUCE + (
        "Kenya's special envoy for the Horn of Africa, who attended the talks, urged both sides "
        "to honour the truce."
    )
    found = events_in(coder, body, 1)
    assert found
    assert (found[0].plover_type, found[0].cameo_code) == ("REQUEST", "0256")


SEIZED = (
    "LIBREVILLE (Reuters) - Soldiers seized power in Gabon on Wednesday and detained the "
    "president. "
)


def test_a_decree_condemned_in_a_coup_story_keeps_its_party(coder: Coder) -> None:
    body = SEIZED + (
        "The African Union condemned the decree and urged the junta to free the president."
    )
    found = events_in(coder, body, 1)
    assert found
    assert found[0].plover_type == "ACCUSE"
    assert found[0].target is not None and found[0].target.code == "GABGOV"


def test_the_coup_condemned_in_the_same_shape_is_the_coup_s_country(coder: Coder) -> None:
    body = (
        SEIZED + "The African Union condemned the coup and urged the junta to free the president."
    )
    found = events_in(coder, body, 1)
    assert found
    assert found[0].target is not None and found[0].target.code == "GABMIL"


# Near misses the round-38 rules had not: each guard below could be dropped with every test green.

BALLOONS = (
    "Belarus has flown weather balloons over the border with Lithuania again, Lithuanian "
    "officials said. Lithuania closed two border crossings in response. Lithuanian police said "
    "the balloons carried smuggled cigarettes. Volunteers formed a human chain outside the "
    "Belarusian embassy in Vilnius on Sunday."
)


def test_a_lead_state_named_far_less_often_is_not_the_story_s(coder: Coder) -> None:
    # coder._lead_state / context.LEAD_SHARE: Belarus opens the lead but is named twice to
    # Lithuania's five times, under two thirds: the volunteers stay Lithuania's
    found = undated_in(coder, BALLOONS, 3)
    assert found
    assert (found[0].cameo_code, country(found[0].source)) == ("141", "LTU")


def test_a_sentence_coded_alone_weighs_no_lead(coder: Coder) -> None:
    # coder.TOWNS_MIN_SENTENCES: in a story shorter than that the lead is not weighed, or the
    # troops offered would be the speaker's own
    text = (
        "Ghana is willing to contribute troops to a peacekeeping force in Haiti, the defence "
        "minister said on Monday."
    )
    assert undated_dyads(coder, text) == [("0334", "GHA", "HTI")]


def test_them_after_a_comma_is_not_moved_off_the_subject(coder: Coder) -> None:
    # references._unbound's clause break: "one of them" after a comma is the buses, and the
    # protest keeps the protesters' own government, not the police of the sentence before
    body = (
        "Riot police fired tear gas at opposition supporters outside parliament in Nairobi on "
        "Tuesday. Protesters torched three buses, one of them a police van, near the courthouse."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].cameo_code == "145"
    assert found[0].target is not None and found[0].target.code == "KENGOV"


def test_a_toll_in_a_shootout_first_told_keeps_its_event(coder: Coder) -> None:
    # existence._casualty_of_fight: only a fight told before ("in the shootout") is a toll
    lead = "NAIROBI, Kenya (Reuters) - Herders and farmers clashed over grazing land in the north. "
    text = "A police officer was wounded in a shootout with cattle raiders in Turkana on Tuesday."
    found = events_in(coder, lead + text, 1)
    assert found and found[0].plover_type == "ASSAULT"


def test_a_threat_after_a_month_opening_is_no_earlier_act(recommended: Coder) -> None:
    # relevance._month_opening: "In May, ... will ..." is an act to come (MONTH_PLANNED), no
    # earlier month's; a threat is the saying itself (docs/labelling.md, section 1)
    lead = "ACCRA, Ghana (Reuters) - Gunmen from Togo raided two Ghanaian border villages. "
    text = (
        "In May, Ghana will close its border with Togo unless the raids stop, the interior "
        "minister warned."
    )
    found = events_in(recommended, lead + text, 1)
    assert found and found[0].plover_type == "THREATEN"
