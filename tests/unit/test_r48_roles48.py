"""Round 48 (roles48): parties read by the labelling guide's conventions where the opened
sets broke them. Point 40: "rejected the criticism" answers the critic of the rejecter's side,
not the rejecter's own police charging people at home. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, sides_of, undated_in

coder = recommended_coder

JAILED = "A court in Gyumri has jailed two bloggers for three years for insulting the mayor. "
FOREIGN_CRITIC = (
    "Lithuania's foreign minister denounced the verdicts as an attack on free speech. "
    "Armenia's foreign ministry dismissed the criticism, saying the courts were independent."
)


# --- a state's own charge at home is no critic of that state (coder._note_accuser) ---


def test_rejection_answers_the_foreign_critic_not_the_home_police(coder: Coder) -> None:
    """Police charging the people they arrest accuse no one of the state's side: the foreign
    minister who denounced the verdicts next is the critic the rejection answers."""
    body = (
        JAILED + "Police arrested four of their supporters outside the courthouse, accusing "
        "them of hooliganism. " + FOREIGN_CRITIC
    )
    found = undated_in(coder, body, 3)
    assert [(e.plover_type, *sides_of(e)) for e in found] == [("REJECT", "ARM", "LTU")]


def test_rejection_keeps_the_first_critic_of_the_side(coder: Coder) -> None:
    """Near miss: an opposition leader who accused the judges first is the first critic of the
    state's side (point 40: with two critics, the first named); the rule leaves him."""
    body = (
        JAILED
        + "The opposition leader, Hrant Babayan, accused the judges of bias. "
        + FOREIGN_CRITIC
    )
    found = undated_in(coder, body, 3)
    assert [(e.plover_type, *sides_of(e)) for e in found] == [("REJECT", "ARM", "ARM")]
    assert found[0].target is not None and found[0].target.sector == "OPP"


# --- a charge rejected as meddling answers a critic from outside (coder.INTERFERENCE) ---


def test_rejection_as_meddling_answers_the_foreign_critic(coder: Coder) -> None:
    """Point 40: a foreign ministry calling the criticism meddling in internal affairs answers
    the foreign minister, not the opposition leader who accused the judges first."""
    body = (
        JAILED + "The opposition leader, Hrant Babayan, accused the judges of bias. "
        "Lithuania's foreign minister denounced the verdicts as an attack on free speech. "
        "Armenia's foreign ministry dismissed the criticism as meddling in the country's "
        "internal affairs."
    )
    found = undated_in(coder, body, 3)
    assert [(e.plover_type, *sides_of(e)) for e in found] == [("REJECT", "ARM", "LTU")]


# --- a charge named with one word describing it (coder._charge_named) ---


def test_described_charge_answers_its_accuser(coder: Coder) -> None:
    """ "dismissed the rigging accusations": a charge with a word describing it is still the
    charge named, so the denial targets the party that made it (point 46)."""
    body = (
        "Gabon's largest opposition party, the Union for Renewal, accused the electoral "
        "commission of inflating turnout in the north. A government spokeswoman, Celine Mba, "
        "dismissed the rigging accusations as fantasy."
    )
    found = undated_in(coder, body, 1)
    assert [(e.plover_type, *sides_of(e)) for e in found] == [("REJECT", "GAB", "GAB")]
    assert found[0].target is not None and found[0].target.sector == "OPP"


# --- a protest handed in a summons's own passive clause (coder._summoned_before) ---

EXPELLED = "Vilnius expelled two Belarusian diplomats on Tuesday over spying. "


def test_protest_handed_after_a_passive_summons_is_the_hosts(coder: Coder) -> None:
    """ "was summoned ... and handed a formal note of protest": the envoy is the one protested
    to, the host state the one protesting (section 2: passives are turned round)."""
    body = (
        EXPELLED + "Belarus's ambassador was summoned to the foreign ministry in Vilnius on "
        "Wednesday and handed a formal note of protest over the balloons."
    )
    found = undated_in(coder, body, 1)
    assert [(e.cameo_code, *sides_of(e)) for e in found] == [("114", "LTU", "BLR")]


def test_protest_handed_by_a_named_state_keeps_its_maker(coder: Coder) -> None:
    """Near miss: after a comma the clause names its own maker ("Minsk handed a note of
    protest to Lithuania's envoy"), who stays the source."""
    body = (
        EXPELLED + "Belarus's ambassador was summoned to the foreign ministry in Vilnius, and "
        "Minsk handed a formal note of protest to Lithuania's envoy."
    )
    found = undated_in(coder, body, 1)
    assert ("114", "BLR", "LTU") in [(e.cameo_code, *sides_of(e)) for e in found]
