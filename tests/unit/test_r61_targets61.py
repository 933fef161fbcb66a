"""Round 61 (targets61): a target named by a counted back-reference or by the leaders an
appeal is addressed to.

- "Latvia expelled two Belarusian diplomats ... accused the pair of ...", "police detained
  four Georgian nationals ... the four suspects were charged": a definite number standing for
  people is the group the article last named with that number, whose country it keeps
  (`references._the_counted`).
- "The OSCE envoy pressed the country's leaders to ...", "asked leaders in Abkhazia to ...":
  an appeal addressed to a state's leaders, named by "the country's" or by the place they lead
  in, is aimed at that state's government (`references._addressed_leaders`).
- "agreed to ... at this year's SADC summit": a body naming the meeting an act is set at is
  no target (`targets._venue_name`)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import dyad_in, recommended_coder

coder = recommended_coder


# "the pair": the two diplomats of another state the lead named, not the other side of the
# lead's first act
def test_the_pair_is_the_two_named_before(coder: Coder) -> None:
    body = (
        "RIGA, May 3 (Reuters) - Latvia summoned Russia's ambassador on Friday and expelled two "
        "Belarusian diplomats, the foreign ministry said. "
        "Latvian Foreign Minister Janis Berzins accused the pair of gathering information on "
        "military depots near the eastern border."
    )
    assert dyad_in(coder, body, 1, "ACCUSE") == ("LVA", "BLR")


# "the three suspects": the three nationals of another country the lead said were arrested,
# not the arresting state's own people
def test_the_three_suspects_keep_their_country(coder: Coder) -> None:
    body = (
        "VILNIUS, May 3 (Reuters) - Lithuanian police arrested three Belarusian citizens near a "
        "military airfield on Thursday, the interior ministry said. "
        "Officers said the three suspects were arrested carrying cameras and sketches of the "
        "hangars."
    )
    assert dyad_in(coder, body, 1, "COERCE") == ("LTU", "BLR")


# two groups counted: each number stands for its own ("the three suspects": the three
# Russian citizens, not the two Belarusian diplomats named last)
def test_each_number_takes_its_own_group(coder: Coder) -> None:
    body = (
        "VILNIUS, May 3 (Reuters) - Lithuanian police arrested three Russian citizens near an "
        "airfield on Thursday, hours before the government expelled two Belarusian diplomats, "
        "the interior ministry said. "
        "Officers said the three suspects were arrested carrying cameras and sketches of the "
        "hangars."
    )
    assert dyad_in(coder, body, 1, "COERCE") == ("LTU", "RUS")


# "the country's leaders": the leaders of the country the mission works in
def test_appeal_to_the_countrys_leaders(coder: Coder) -> None:
    body = (
        "JUBA, May 3 (Reuters) - Fighting between rival army factions spread to a second town in "
        "South Sudan on Friday, residents said. "
        "The U.N. envoy for the region pressed the country's leaders to patch up their quarrel "
        "peacefully."
    )
    assert dyad_in(coder, body, 1, "REQUEST")[1] == "SSD"


# "leaders in <place>": the leaders of the state that place is in
def test_appeal_to_leaders_in_a_place(coder: Coder) -> None:
    body = (
        "SARAJEVO, May 3 (Reuters) - Bosnia's constitutional court struck down a law passed by "
        "the Serb entity's assembly on Friday. "
        "The European Union's office asked leaders in Republika Srpska to abide by the verdict "
        "and keep their campaign within the law."
    )
    assert dyad_in(coder, body, 1, "REQUEST")[1] == "BIH"


# a body that names the meeting an act is set at ("at next month's <body> summit") is where,
# not whom: the counterpart named before is the target
def test_body_naming_the_venue_is_no_target(coder: Coder) -> None:
    body = (
        "NAIROBI, May 3 (Reuters) - Kenya's foreign minister met her Ugandan counterpart in "
        "Nairobi on Monday to discuss the fishing dispute on Lake Victoria. "
        "The two ministers agreed to seek a joint ruling on the dispute at next month's East "
        "African Community summit."
    )
    assert dyad_in(coder, body, 1, "AGREE") == ("KEN", "UGA")
