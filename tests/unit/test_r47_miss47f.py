"""Round 47 (miss47f): misses of news-site copy, tested on sentences written for them.

- "Prime Minister Anote Kaboa Wu ... Wu turned down the offer": a surname of two or three
  letters that ends a person's name after a capitalised given name is remembered
  (`context._SHORT_SURNAME`) and read alone later as the person, as `_SHORT_NAME` does for a
  family name written first ("Li Qiang"); a short word the article never gave as a name, a
  suffix ("Jr") and the month "May" stay no one.
- "The crowd gathered outside the court, where some threw eggs at the building" in an article
  the blotter makes a crime story (a murder that set off marches): a protest (14) by a sectored
  party other than a firm or the media is dissent, not ordinary crime
  (`relevance._crowd_dissent`); a coercive act, a firm, and the sports pages keep the penalty.
- "Chile's bishops have offered to mediate between ...": an offer or promise in the present
  perfect in the body of a news site's report is the day's act (docs/labelling.md, point 14:
  site copy tells the day's act in the perfect; background only with a habit or a span), no
  longer a standing one (`relevance._standing_offer` now reads agency copy alone, where the
  open sets label all six such body sentences irrelevant); "have repeatedly offered" stays none.
- "Officers pulled protesters into unmarked vans": "pulled" joins "dragged", "bundled" in
  triggers.tsv's detention into vans (173); a net pulled into a boat is none.
"""

from __future__ import annotations

from tensionwatch.domain.actor import Actor
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.context import _SHORT_SURNAME, Mention
from tensionwatch.domain.relevance import SentenceCues, _crowd_dissent
from tests.unit.coding import recommended_coder, second_events, site_first

coder = recommended_coder

_VISIT = (
    "Nauru's president, Barnabas Hiram Wu, flew to Canberra on Monday for two days of talks. "
    "Fiji's foreign ministry has pressed Nauru to drop its fishing pact with Canberra. "
)


def test_short_surname_read_alone_later(coder: Coder) -> None:
    body = _VISIT + "Wu turned down the request, telling journalists the pact would stand."
    assert site_first(coder, body, 2) == ("120", "NRU", "FJI")


def test_short_surname_of_a_minister_after_title(coder: Coder) -> None:
    body = (
        "Samoa's finance minister, Lagi Tuilaepa Fa, arrived in Wellington for budget talks. "
        "Fa signed an accord with New Zealand's trade minister on fisheries aid."
    )
    found = site_first(coder, body, 1)
    assert found is not None and found[1] == "WSM"


def test_short_word_never_given_as_a_name_is_no_one(coder: Coder) -> None:
    body = (
        "Fiji's foreign ministry has pressed Nauru to drop its fishing pact with Canberra. "
        "Wu turned down the request, telling journalists the pact would stand."
    )
    found = site_first(coder, body, 1)
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # the request turned down is a 12 REJECT by the guide, its maker the target.
    assert found is None or found[1] != "NRU"


def test_short_surname_pattern() -> None:
    assert _SHORT_SURNAME.findall("Barnabas Hiram Wu") == ["Wu"]
    assert _SHORT_SURNAME.findall("President Jo") == ["Jo"]
    assert _SHORT_SURNAME.findall("Barnabas Wu Hiram") == []  # not last
    assert _SHORT_SURNAME.findall("the UN") == []  # capitals: an acronym
    assert _SHORT_SURNAME.findall("Wu") == []  # one word: no given name before it


# A crime story (a murder, an arrest, a charge) whose crowd then protests: the crowd's protest
# is dissent, not ordinary crime; a firm's act in the same story stays none.
_MURDER = (
    "Thousands of people marched through Tirana on Saturday over the murder of a radio host. "
    "Police arrested a builder on suspicion of the killing and he was charged with murder. "
)


def test_crowd_protest_in_a_crime_story(coder: Coder) -> None:
    body = _MURDER + (
        "The crowd gathered outside the prime minister's office, where some threw eggs at the "
        "building."
    )
    found = site_first(coder, body, 2)
    assert found is not None and found[0].startswith("14") and found[1] == "ALB"


def test_relevance_exempts_crowd_dissent_only() -> None:
    crowd = Mention(0, 9, Actor("the crowd", "ALBCVL", "ALB", "CVL"), "body")
    firm = Mention(0, 8, Actor("the firm", "ALBBUS", "ALB", "BUS"), "body")
    story = SentenceCues(crime=True)
    assert _crowd_dissent("145", crowd, story)
    assert not _crowd_dissent("145", firm, story)  # a firm is no protester
    assert not _crowd_dissent("173", crowd, story)  # no protest
    assert not _crowd_dissent("145", crowd, SentenceCues(topic="sport"))  # the sports pages


_STRIKE = "Copper miners in Antofagasta have walked off the job, halting output at two pits. "


def test_offer_in_the_perfect_in_a_site_body_is_news(coder: Coder) -> None:
    body = (
        _STRIKE + "Chile's bishops have offered to mediate between the miners and the government."
    )
    found = site_first(coder, body, 1)
    assert found is not None and found[0].startswith("03") and found[1] == "CHL"


def test_offer_held_over_time_stays_none(coder: Coder) -> None:
    body = _STRIKE + (
        "Chile's bishops have repeatedly offered to mediate between the miners and the government."
    )
    assert site_first(coder, body, 1) is None


def test_offer_in_the_perfect_in_agency_body_stays_standing(coder: Coder) -> None:
    lead = (
        "SANTIAGO, May 14 (Reuters) - Copper miners in Antofagasta walked off the job on "
        "Tuesday, halting output at two pits. "
    )
    text = "Chile's bishops have offered to mediate between the miners and the government."
    assert second_events(coder, text, lead) == []


def test_pulled_into_vans_is_an_arrest(coder: Coder) -> None:
    body = (
        "Hundreds of students marched on the parliament in Yerevan on Friday. "
        "Witnesses said riot officers pulled several students into unmarked vans."
    )
    found = site_first(coder, body, 1)
    assert found is not None and found[0] == "173" and found[1] == "ARM"


def test_pulled_into_a_boat_is_no_arrest(coder: Coder) -> None:
    body = (
        "Hundreds of students marched on the parliament in Yerevan on Friday. "
        "A fisherman pulled the net into his boat and drove his van home."
    )
    assert site_first(coder, body, 1) is None
