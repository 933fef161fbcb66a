"""Round 31 review: `relevance.political_act`, the one decision on an act once its parties are
known (the score's threshold and the checks coder.py used to run beside it)."""

from tensionwatch.domain.actor import Actor
from tensionwatch.domain.context import Mention
from tensionwatch.domain.relevance import MIN_RELEVANCE, SentenceCues, political_act

MINISTER = Actor(text="the interior minister", code="KENGOV", country="KEN", sector="GOV")
STAFF = Actor(text="senior officials", code="KENGOV", country="KEN", sector="GOV")
ENVOY = Actor(text="the Tanzanian envoy", code="TZAGOV", country="TZA", sector="GOV")
SITE = SentenceCues()  # a news site's lead sentence
WIRE = SentenceCues(agency=True)


def _decide(
    code: str,
    text: str,
    first: int,
    source: Actor | None,
    target: Actor | None,
    cues: SentenceCues = SITE,
    relevant: float = 0.8,
    mentions: tuple[Mention, ...] = (),
) -> bool:
    words = text.lower().split()
    return political_act(relevant, code, words, first, first, source, target, mentions, cues)


def test_the_score_below_the_threshold_drops_the_act() -> None:
    text = "The interior minister met the Tanzanian envoy"
    assert _decide("040", text, 3, MINISTER, ENVOY)
    assert not _decide("040", text, 3, MINISTER, ENVOY, relevant=MIN_RELEVANCE - 0.01)


def test_a_meeting_with_ones_own_staff_is_no_act() -> None:
    assert not _decide("040", "The interior minister met senior officials", 3, MINISTER, STAFF)


def test_a_promise_to_no_one_holds_only_in_a_news_sites_copy_naming_no_other_country() -> None:
    text = "The interior minister pledged to hire 2,000 teachers"
    assert not _decide("030", text, 3, MINISTER, None)
    assert _decide("030", text, 3, MINISTER, None, cues=WIRE)  # agency copy: kept
    other = (Mention(0, 5, ENVOY, "name"),)  # another country named: aimed at it
    assert _decide("030", text, 3, MINISTER, None, mentions=other)
    home = (Mention(0, 5, MINISTER, "name"),)
    assert not _decide("030", text, 3, MINISTER, None, mentions=home)
