"""Round 61 (story61): which state an article, a body named without a country and a state's
epithet belong to.

A state's resident envoy or mission ("Suriname's ambassador", "the Surinamese embassy") is a
guest of the state it is posted in: it does not count for the article's state, and the place
it is posted in counts once more. An organisation named inside a ministry's title (the
"Ministry of Foreign and CARICOM Affairs") is no party. "The Grand Duchy" is Luxembourg."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, recommended_coder, sides_of, undated

coder = recommended_coder


def _sides(found: list, index: int) -> tuple[str | None, str | None]:
    picked = [event for event in found if event.sentence_index == index]
    assert picked
    return sides_of(picked[0])


# a Guyanese site's story: the neighbour is named more often, but through its ambassador in
# Georgetown and its embassy; the traders protesting at the embassy are Guyana's
def test_resident_envoy_is_a_guest_of_the_story(coder: Coder) -> None:
    body = (
        "The foreign ministry has summoned Suriname's ambassador in Georgetown over the "
        "seizure of a cargo boat by the Surinamese navy on the Corentyne River. "
        "Officials said the vessel had stayed inside Guyana's waters. "
        "Suriname's foreign ministry said the crew had crossed into Surinamese waters. "
        "Traders gathered outside the Surinamese embassy on Friday. "
        "The Surinamese ambassador declined to comment. "
        "The opposition accused the government of neglecting the river traders."
    )
    found = undated(coder, body)
    assert _sides(found, 3) == ("GUY", "SUR")
    assert _sides(found, 5) == ("GUY", "GUY")


# an international body named as a field of a ministry's title is no party: the ministry is
def test_body_inside_a_ministry_title_is_no_party(coder: Coder) -> None:
    found = events(
        coder,
        "The Ministry of Foreign and CARICOM Affairs condemned the seizure of the fishing boat "
        "by Venezuelan soldiers.",
    )
    assert found
    assert found[0].source is not None
    assert not found[0].source.code.startswith("IGO")


# "the Grand Duchy" is Luxembourg, whatever state the sentence names beside it
def test_grand_duchy_is_luxembourg(coder: Coder) -> None:
    found = events(coder, "The Grand Duchy pledged five million euros to help Moldova rebuild.")
    assert found
    assert sides_of(found[0])[0] == "LUX"


# Rameswaram is an Indian town (the gazetteer lacked it): its fishermen are India's in a story
# of a neighbour's navy
def test_rameswaram_is_indian(coder: Coder) -> None:
    body = (
        "The Sri Lankan navy arrested nine fishermen off Mannar on Sunday. "
        "In Rameswaram, fishermen stayed ashore and called for the nine men to be freed."
    )
    assert _sides(undated(coder, body), 1)[0] == "IND"


# a surname with a particle after a title's given name is the minister's, not a Belgian town
def test_particle_surname_is_no_place(coder: Coder) -> None:
    found = events(coder, "Foreign Minister Hendrik van Hasselt blamed Moscow for the sabotage.")
    assert found
    assert found[0].source is not None
    assert found[0].source.text.endswith("van Hasselt")
    assert sides_of(found[0])[0] != "BEL"
