"""Round 41, the maker of an act told earlier (maker9), tested on sentences written for them.

- A party named as the owner of a forceful act's noun in an earlier sentence ("in response
  to Peru's detention of three fishermen", "over China's ramming of a fishing boat") is that
  act's maker, whatever act the sentence itself tells (`coder._note_owned_acts`), so a later
  "condemned the detention" is aimed at it. The noun with no owner named ("in response to the
  detention of ...") notes no one, and an act told by its verb keeps its own maker.
- A rejection of a definite act whose target was found past "and", in the next clause
  ("rejected the verdict as unfair and urged Peru to free him"), is aimed at the act's maker
  (`roles.criticised_past_clause`, until now for accusations alone): the court, not the state
  the appeal addresses. A rejection of an offer its owner names keeps that owner.
- An act's noun is noted in both its numbers (`coder._NUMBERS`): "a Bolivian air strike ...
  condemned the strikes" is aimed at the striker, though the other side's shelling was told
  in between.
- The critic's own name for an act ("condemned what he called the shooting of unarmed
  fishermen", "what she described as a reckless attack") names the act as "the shooting"
  does (`roles._called_at`), so the criticism is aimed at its maker; a name that is no act
  ("what he called Peru's silence") keeps the party it names.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, evaluation_coder, sides_of

coder = evaluation_coder

RECALLED = (
    "SANTIAGO, March 9 (Reuters) - Chile recalled its ambassador from Lima on Tuesday in "
    "response to {owner}detention of three Chilean fishermen off the coast of Arica. "
    "The fishermen were taken to the port of Ilo. "
    "Sweden's foreign minister condemned the detention."
)


def test_a_detention_named_with_its_owner_is_the_owners(coder: Coder) -> None:
    found = article(coder, RECALLED.format(owner="Peru's "))
    assert [sides_of(event) for event in found] == [("CHL", "PER"), ("SWE", "PER")]


def test_a_ramming_named_with_its_owner_is_the_owners(coder: Coder) -> None:
    body = (
        "HANOI, June 2 (Reuters) - Vietnam lodged a formal protest with Beijing on Friday over "
        "China's ramming of a Vietnamese fishing boat near the Paracel Islands. Nine fishermen "
        "were rescued by a passing vessel. The Philippines' foreign ministry condemned the "
        "ramming."
    )
    assert sides_of(article(coder, body)[-1]) == ("PHL", "CHN")


def test_a_detention_with_no_owner_names_no_maker(coder: Coder) -> None:
    found = article(coder, RECALLED.format(owner="the "))
    assert [sides_of(event) for event in found] == [("CHL", "PER"), ("SWE", None)]


def test_a_seizure_told_by_its_maker_keeps_its_maker(coder: Coder) -> None:
    body = (
        "COLOMBO, Jan 4 (Reuters) - Sri Lanka summoned India's envoy on Monday after India's "
        "seizure of four Sri Lankan trawlers near Mannar. The boats were towed to Rameswaram. "
        "Kenya's foreign ministry criticised the seizure."
    )
    assert sides_of(article(coder, body)[-1]) == ("KEN", "IND")


SENTENCED = (
    "LIMA, May 2 (Reuters) - A Peruvian court sentenced a former regional governor to six "
    "years in prison on Tuesday for taking bribes from a road builder. "
)


def test_a_rejected_verdict_past_an_appeal_is_the_courts(coder: Coder) -> None:
    body = (
        SENTENCED
        + "Chile's foreign ministry rejected the verdict as unfair and urged Peru to free him."
    )
    rejection = article(coder, body)[1]
    assert rejection.cameo_code.startswith("12")
    assert rejection.target is not None
    assert (rejection.target.country, rejection.target.sector) == ("PER", "JUD")


def test_a_rejected_offer_keeps_the_offers_owner(coder: Coder) -> None:
    body = SENTENCED + "The governor rejected Bolivia's offer of asylum."
    assert sides_of(article(coder, body)[-1]) == ("PER", "BOL")


BORDER = "LA PAZ, Oct 3 (Reuters) - {first} Armenia's foreign ministry {criticised}."


def test_strikes_condemned_are_those_of_the_strike_told(coder: Coder) -> None:
    first = (
        "A Bolivian air strike hit a camp of Peruvian miners near the border on Friday, Peru's "
        "foreign ministry said. Peruvian troops then shelled Bolivian army positions across "
        "the river."
    )
    body = BORDER.format(first=first, criticised="condemned the strikes")
    assert sides_of(article(coder, body)[-1]) == ("ARM", "BOL")


def test_arrests_told_by_their_verb_keep_their_maker(coder: Coder) -> None:
    first = (
        "Bolivian police arrested four Peruvian truck drivers at a border crossing near "
        "Desaguadero on Friday, Peru's foreign ministry said. Peruvian soldiers later detained "
        "two Bolivian smugglers on the other side."
    )
    body = BORDER.format(first=first, criticised="criticised the arrests")
    assert sides_of(article(coder, body)[-1]) == ("ARM", "BOL")


PATROL = (
    "ARICA, Chile, Feb 8 (Reuters) - A Chilean navy patrol boat fired on two Peruvian fishing "
    "boats near the maritime border on Sunday, wounding three fishermen. Bolivia's foreign "
    "minister condemned what {called}."
)


def test_an_act_the_critic_names_in_its_own_words_is_its_makers(coder: Coder) -> None:
    for called in (
        "he called the shooting of unarmed fishermen",
        "she described as a reckless attack",
    ):
        found = article(coder, PATROL.format(called=called))
        assert sides_of(found[1]) == ("BOL", "CHL"), called


def test_a_name_for_no_act_keeps_the_party_it_names(coder: Coder) -> None:
    found = article(coder, PATROL.format(called="he called Peru's silence"))
    assert sides_of(found[1]) == ("BOL", "PER")
