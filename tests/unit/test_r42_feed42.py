"""Round 42, feed42: the parties of news-site copy (no dateline). Every sentence in these
tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, recommended_coder

coder = recommended_coder


def sides(coder: Coder, text: str) -> tuple[str, str | None, str | None]:
    """(CAMEO code, source code, target code) of the sentence's first event."""
    found = events(coder, text)
    assert found, text
    event = found[0]
    return (
        event.cameo_code,
        event.source.code if event.source else None,
        event.target.code if event.target else None,
    )


# A call after a reported clause whose subject was not found goes on with the speaker
# (coder._speaker_goes_on); the reported clause's party is no addressee, but the body the
# speaker calls on after the verb is, an international body as much as a state.


def test_call_after_reported_clause_reaches_the_union_called_on(coder: Coder) -> None:
    text = (
        "The Austrian chancellor said Austria would not be pressured and urged the European "
        "Union to freeze the assets of the smugglers."
    )
    assert sides(coder, text) == ("020", "AUTGOV", "IGOEUREEC")


def test_call_after_reported_clause_reaches_another_state(coder: Coder) -> None:
    text = "The Kenyan minister said Kenya had been wronged and urged Uganda to pull back."
    assert sides(coder, text)[1:] == ("KENGOV", "UGA")


def test_reported_party_before_the_call_stays_no_addressee(coder: Coder) -> None:
    text = (
        "The Austrian chancellor said Slovenia had been treated unfairly and called for an inquiry."
    )
    assert sides(coder, text) == ("020", "AUTGOV", None)
