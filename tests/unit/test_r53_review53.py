"""Round 53 (review53): one look-back for "scan back to a link word, then ask the word before it".

`clause_words.link_before` is the scan nineteen look-backs of existence, relevance, roles, acts
and the coder wrote out each for itself (`charge_content`, `_effort_object`, `feared`,
`asked_about`, ...). These tests hold its contract: the nearest link in reach, a break before
it ends the look, a token that is no plain word ends it when asked, and a link found always
has a word before it (the look stops at the sentence's second word)."""

from __future__ import annotations

from tensionwatch.domain.clause_words import NO_BREAKS, OF, THAT, TO, link_before
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.existence import charge_content, feared
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, country, feed_floor_coder

coder = feed_floor_coder

BREAKS = frozenset({",", "said"})


def _words(text: str) -> list[str]:
    return text.split()


def test_the_nearest_link_in_reach() -> None:
    words = _words("reports that the envoy hoped that rebels had shelled the port")
    shelled = words.index("shelled")
    assert link_before(words, shelled - 1, 6, THAT, BREAKS) == 5  # the second "that"


def test_a_break_before_the_link_ends_the_look() -> None:
    words = _words("claims that ministers resigned , said rebels had shelled the port")
    shelled = words.index("shelled")
    assert link_before(words, shelled - 1, 10, THAT, BREAKS) == -1
    assert link_before(words, shelled - 1, 10, THAT, NO_BREAKS) == 1


def test_the_reach_counts_from_the_start() -> None:
    words = _words("a bid to win the quick release")
    release = words.index("release")
    assert link_before(words, release - 1, 3, TO, NO_BREAKS) == -1  # "to" is four words back
    assert link_before(words, release - 1, 4, TO, NO_BREAKS) == 2


def test_a_token_that_is_no_word_ends_the_look_when_asked() -> None:
    words = _words("the spectre of 2,000 more raids")
    raids = words.index("raids")
    assert link_before(words, raids - 1, 5, OF, NO_BREAKS) == 2
    assert link_before(words, raids - 1, 5, OF, NO_BREAKS, words_only=True) == -1


def test_a_link_found_has_a_word_before_it() -> None:
    words = _words("to end the siege")
    assert link_before(words, 2, 8, TO, NO_BREAKS) == -1  # the first word is never a link
    words = _words("vowed to end the siege")
    assert link_before(words, 2, 8, TO, NO_BREAKS) == 1


def test_a_word_in_both_sets_is_a_link() -> None:
    words = _words("rumours that troops , that convoys crossed")
    crossed = words.index("crossed")
    assert link_before(words, crossed - 1, 8, THAT, frozenset({"that"})) == 4


def test_callers_read_the_word_before_the_link() -> None:
    content = _words("Lima denied accusations that its navy had rammed the trawler")
    assert charge_content(content, content.index("rammed"))
    aside = _words("Lima denied , that day , its navy had rammed the trawler")
    assert not charge_content(aside, aside.index("rammed"))
    fears = _words("markets fell on fears of a naval blockade")
    assert feared(fears, fears.index("blockade"), frozenset())
    hopes = _words("markets rose on hopes of a naval blockade")
    assert not feared(hopes, hopes.index("blockade"), frozenset())


# The round's rules read again: parts of them no test failed without (each checked by taking the
# part out and running the whole suite). docs/labelling.md point 32: "An agreement welcomed by a
# third party targets its first-named party; welcomed by one of its parties, the other party";
# criticism from a party's own country reproaches that party (`coder._pact_welcomed`).
BORDER_DEAL = (
    "Kenya and Tanzania have signed an agreement on a joint border market at Namanga. "
    "The two trade ministers signed the text in Arusha on Wednesday. "
)


def _third(found: list[TensionEvent]) -> list[tuple[str, object, object]]:
    return [
        (
            e.cameo_code,
            (country(e.source), e.source.sector if e.source else None),
            country(e.target),
        )
        for e in found
        if e.sentence_index == 2
    ]


def test_the_second_party_s_own_critics_reproach_it(coder: Coder) -> None:
    body = BORDER_DEAL + "Tanzanian opposition lawmakers condemned the deal in parliament."
    assert _third(article(coder, body))[:1] == [("111", ("TZA", "OPP"), "TZA")]


def test_the_first_party_s_government_rejecting_it_rejects_the_other(coder: Coder) -> None:
    body = BORDER_DEAL + "Kenya's president rejected the agreement on Friday."
    assert [(code, target) for code, _source, target in _third(article(coder, body))][:1] == [
        ("127", "TZA")
    ]


# roles53f's `coder.HOME_PRESSERS` (round 53) added the press (MED) and local groups (NGO) to who
# presses their own government from within; no test failed without those two.
POLICING = (
    "Fiji and Australia have agreed a policing scheme that will send 40 Australian officers to "
    "Suva. Fiji's police commissioner signed the scheme in Suva on Monday. Australia's home "
    "affairs minister praised the deal as a model for the Pacific. "
)


def _fourth(found: list[TensionEvent]) -> list[tuple[str, object, object]]:
    return [
        (
            e.cameo_code,
            (country(e.source), e.source.sector if e.source else None),
            (country(e.target), e.target.sector if e.target else None),
        )
        for e in found
        if e.sentence_index == 3
    ]


def test_the_press_presses_its_own_government(coder: Coder) -> None:
    body = POLICING + "Fiji's main newspapers have urged the government to publish its terms."
    assert _fourth(article(coder, body)) == [("020", ("FJI", "MED"), ("FJI", "GOV"))]


def test_local_groups_press_their_own_government(coder: Coder) -> None:
    body = POLICING + "Local aid groups urged the government to publish the full terms."
    assert _fourth(article(coder, body)) == [("020", ("FJI", "NGO"), ("FJI", "GOV"))]
