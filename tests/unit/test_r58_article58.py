"""Round 58 (article58): an act told in the reason a praise gives.

"thanked X for his condemnation of ...", "thanked X for their help in securing the release",
"praised X for its efforts to broker the truce": the reason ("for" and the praised party's
possessive) names the deed praised, which is no act of its own (`acts._praised_for`): the praise
is the sentence's one event. A clause of its own opened in the reason ("for their action against
what it called terrorists") and an act after a clause break ("..., and condemned ...") stay."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder

coder = recommended_coder


# a noun in the reason: the condemnation praised is no second event
def test_condemnation_thanked_for_is_no_event(coder: Coder) -> None:
    text = (
        'Estonia\'s prime minister thanked Mr Berzins for his "quick condemnation" of a video '
        "a Russian deputy posted about the 1991 storming of the Riga press house."
    )
    assert code_list(coder, text) == ["051"]


# a release secured, told in the reason: the praise alone
def test_release_thanked_for_is_no_event(coder: Coder) -> None:
    text = (
        "Kenya's foreign ministry thanked the Somali government for its efforts to secure the "
        "aid workers' release."
    )
    assert code_list(coder, text) == ["051"]


# the praiser's own charge in a clause of its own stays
def test_clause_in_reason_keeps_its_act(coder: Coder) -> None:
    text = (
        "Peru's president praised the police for their quick work against what he called "
        "terrorists who had tried to storm the congress."
    )
    found = code_list(coder, text)
    assert found[0] == "051"
    assert any(code.startswith("11") for code in found[1:])


# an act after a clause break is the sentence's own second act
def test_act_after_reason_and_break_stays(coder: Coder) -> None:
    text = (
        "Chile's foreign minister thanked Argentina for its support and condemned the attack on "
        "the embassy in Caracas."
    )
    found = code_list(coder, text)
    assert "051" in found
    assert any(code.startswith("11") for code in found)
