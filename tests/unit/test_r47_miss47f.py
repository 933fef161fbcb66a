"""Round 47 (miss47f): misses of news-site copy, tested on sentences written for them.

- "Prime Minister Anote Kaboa Wu ... Wu turned down the offer": a surname of two or three
  letters that ends a person's name after a capitalised given name is remembered
  (`context._SHORT_SURNAME`) and read alone later as the person, as `_SHORT_NAME` does for a
  family name written first ("Li Qiang"); a short word the article never gave as a name, a
  suffix ("Jr") and the month "May" stay no one.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.context import _SHORT_SURNAME
from tests.unit.coding import recommended_coder, site_first

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
    assert found is None or found[1] != "NRU"


def test_short_surname_pattern() -> None:
    assert _SHORT_SURNAME.findall("Barnabas Hiram Wu") == ["Wu"]
    assert _SHORT_SURNAME.findall("President Jo") == ["Jo"]
    assert _SHORT_SURNAME.findall("Barnabas Wu Hiram") == []  # not last
    assert _SHORT_SURNAME.findall("the UN") == []  # capitals: an acronym
    assert _SHORT_SURNAME.findall("Wu") == []  # one word: no given name before it
