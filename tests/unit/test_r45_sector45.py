"""Round 45 (sector45): sectors the event writes as docs/labelling.md gives them, after the veto.

A party of no known role is `OPP` (section 2: "opposition parties, their leaders and
activists"; point 37: a ruling party is `GOV`); the guide has no `PTY`. The coder and the veto
keep reading `PTY`; `actor.written_party` writes it in the event the veto has kept."""

from __future__ import annotations

from tensionwatch.domain.actor import written_party
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import Actor
from tests.unit.coding import first_codes, recommended_coder

coder = recommended_coder


def _party(text: str, country: str = "KEN", sector: str | None = "PTY") -> Actor:
    code = country + (sector or "")
    return Actor(text=text, code=code, country=country, sector=sector)


# --- a party of no known role is the opposition ------------------------------------------


def test_a_named_party_accusing_the_government_is_the_opposition(coder: Coder) -> None:
    text = "The Orange Democratic Movement accused the government of hiding the audit report."
    assert first_codes(coder, text)[1] == "KENOPP"


def test_a_party_arrested_is_the_opposition(coder: Coder) -> None:
    text = "Police in Mombasa detained two officials of the Orange Democratic Movement on Friday."
    assert first_codes(coder, text)[2] == "KENOPP"


def test_a_ruling_party_stays_the_government(coder: Coder) -> None:
    # near miss: a party the sentence calls ruling is the government (point 37)
    text = "The ruling Orange Democratic Movement accused the opposition of hiding the audit."
    assert first_codes(coder, text)[1] == "KENGOV"


def test_only_a_party_of_no_known_role_is_written_opposition() -> None:
    written = written_party(_party("Orange Democratic Movement"), "ACCUSE", True)
    assert written is not None and (written.code, written.sector) == ("KENOPP", "OPP")
    # near misses: parties of all sides, other sectors and no party are left as they are
    assert written_party(_party("all political parties"), "REQUEST", True) is None
    assert written_party(_party("(parties)"), "REQUEST", True) is None
    assert written_party(_party("the legislators", sector="LEG"), "ACCUSE", True) is None
    assert written_party(None, "ACCUSE", True) is None
