"""Round 45 (coop45): material cooperation (PentaClass 2: CAMEO 07 PROVIDE AID, 08 YIELD), the
forms of it the coder missed or took for another act, and the near misses that are no such act.
Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, first_act, recommended_coder

coder = recommended_coder


# --- a measure given up: amendments, laws, decrees, revisions (080) ---


def test_dropped_amendments_are_a_concession(coder: Coder) -> None:
    """ "dropped the constitutional amendments": a measure given up, as a plan or bill is."""
    text = "Governor Halvorsen dropped the constitutional amendments after three days of marches."
    act = first_act(coder, text)
    assert act is not None and act[1] == "080" and act[2] == 2


def test_withdrawn_amendments_are_no_troop_withdrawal(coder: Coder) -> None:
    """ "withdrew the amendments to the press law": a concession (080), not 087 (troops)."""
    text = "The cabinet in Tarvia withdrew the amendments to the press law on Friday."
    codes = code_list(coder, text)
    assert "080" in codes
    assert "087" not in codes


def test_scrapped_law_and_shelved_revision(coder: Coder) -> None:
    """ "scrapped the new mining law", "shelved the revision of the voting code": the same."""
    scrapped = "The government scrapped the new mining law after the strikes."
    assert "080" in code_list(coder, scrapped)
    shelved = "Senators shelved the revision of the voting code on Monday."
    assert "080" in code_list(coder, shelved)


def test_dropped_player_is_no_concession(coder: Coder) -> None:
    """Near miss: a coach dropping a player gives up no measure."""
    assert code_list(coder, "The coach dropped the goalkeeper for the cup final on Sunday.") == []


# --- bail granted (0841) ---


def test_bail_granted_is_a_release(coder: Coder) -> None:
    """ "a magistrate granted bail to the editor": the accused let out of custody (0841)."""
    text = "A magistrate in Ostrava granted bail to the newspaper editor on Wednesday."
    act = first_act(coder, text)
    assert act is not None and act[1] == "0841" and act[0] == "RETREAT"


def test_bail_refused_is_no_release(coder: Coder) -> None:
    """Near miss: bail denied lets no one out."""
    text = "A magistrate in Ostrava denied bail to the newspaper editor on Wednesday."
    assert "0841" not in code_list(coder, text)


# --- an armed wing disbanded by its own side (0873) ---


def test_rebels_disbanding_their_armed_wing_demobilise(coder: Coder) -> None:
    """ "disbanded their armed wing": their own forces stood down."""
    text = "The Velmar rebels disbanded their armed wing at a ceremony in the hills."
    assert "0873" in code_list(coder, text)


def test_government_disbanding_a_commission_is_no_demobilisation(coder: Coder) -> None:
    """Near miss: a body another side disbands is no armed force of the disbander's."""
    text = "The government disbanded the anti-graft commission in March."
    assert "0873" not in code_list(coder, text)


# --- aid dispatched (070) ---


def test_dispatched_medicine_is_aid(coder: Coder) -> None:
    """ "dispatched 30 tonnes of medicine to X": aid sent."""
    text = "Chile dispatched 30 tonnes of medicine to Peru after the landslides."
    act = first_act(coder, text)
    assert act is not None and act[1] == "070"


def test_dispatched_investigators_are_no_aid(coder: Coder) -> None:
    """Near miss: investigators dispatched carry no aid."""
    text = "Chile dispatched a team of investigators to the border town of Arica."
    assert "070" not in code_list(coder, text)


# --- yield as produce (no 080) ---


def test_a_policy_that_yielded_few_results_yields_to_no_one(coder: Coder) -> None:
    """ "the reform has yielded few results": yield as produce."""
    text = "Minister Okafor's land reform has yielded few results, critics said."
    assert "080" not in code_list(coder, text)


def test_a_harvest_yielded_is_no_concession(coder: Coder) -> None:
    """ "is expected to yield a record harvest": a crop."""
    text = "The maize belt is expected to yield a record harvest this season."
    assert code_list(coder, text) == []


def test_yielding_to_demands_stays_a_concession(coder: Coder) -> None:
    """Near miss: "yielded to the nurses' demands" gives way to a side (083)."""
    text = "The government yielded to the nurses' demands on Thursday."
    act = first_act(coder, text)
    assert act is not None and act[1] == "083"
