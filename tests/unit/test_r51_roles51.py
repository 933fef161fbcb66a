"""Round 51 (roles51): parties of acts whose type is right, by the mechanism that owns them.
Sentences written for these tests (none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import feed_floor_coder, undated

coder = feed_floor_coder


def _by_sentence(found: list[TensionEvent]) -> dict[int, tuple[str, str | None, str | None]]:
    """The first event of each sentence: (CAMEO code, source code, target code)."""
    first: dict[int, tuple[str, str | None, str | None]] = {}
    for event in found:
        first.setdefault(
            event.sentence_index,
            (
                event.cameo_code,
                event.source.code if event.source else None,
                event.target.code if event.target else None,
            ),
        )
    return first


# A place name of several countries ("Barcelona", "Cartagena": Spain's in the place tables)
# counts, in the article's look-ahead, for the candidate the rest of the article names most,
# as each sentence's references already read it; counted for Spain it set a Venezuelan or
# Colombian story "in" Spain, and the story's bare opposition and police became Spanish.


def test_shared_city_sets_the_story_in_the_country_the_article_names(coder: Coder) -> None:
    body = (
        "Venezuelan authorities have shut down two regional newspapers. Officers raided a "
        "printing plant in Barcelona before dawn on Monday. The opposition has condemned the "
        "raids and demanded that the papers reopen."
    )
    first = _by_sentence(undated(coder, body))
    assert first[1][1] == "VENCOP"
    assert first[2][:2] == ("111", "VENOPP")


def test_shared_city_in_a_colombian_story(coder: Coder) -> None:
    body = (
        "Colombia's government has ordered the closure of three radio stations. Officers "
        "raided a studio in Cartagena on Tuesday and seized equipment. Colombian authorities "
        "said the stations had broken the broadcasting law. The opposition has condemned the "
        "closures."
    )
    first = _by_sentence(undated(coder, body))
    assert first[1][1] == "COLCOP"
    assert first[3] == ("111", "COLOPP", "COLGOV")


def test_shared_city_in_a_spanish_story_stays_spanish(coder: Coder) -> None:
    body = (
        "Spain's government has announced new limits on tourist flats. Thousands of residents "
        "marched in Valencia on Saturday. Spanish officials said the rules would take effect "
        "in June. The opposition has condemned the measure as too weak."
    )
    first = _by_sentence(undated(coder, body))
    assert first[1][:2] == ("141", "ESPCVL")
    assert first[3][:2] == ("111", "ESPOPP")
