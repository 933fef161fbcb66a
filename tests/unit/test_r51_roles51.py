"""Round 51 (roles51): parties of acts whose type is right, by the mechanism that owns them.
Sentences written for these tests (none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import actor_index, article, events, feed_floor_coder, undated

coder = feed_floor_coder
index = actor_index


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


# A one-word capital right after a title, with a capitalised word after it, is the first name
# of the office holder ("Education Cabinet Secretary Aden Farah": Kenya's, not Yemen's
# government), as a one-word country name already was ("Foreign Minister Ararat Mirzoyan").


def test_capital_as_first_name_after_a_title(coder: Coder) -> None:
    body = (
        "NAIROBI, May 3 (Reuters) - Kenyan teachers marched on parliament on Tuesday to demand "
        "higher pay. Education Cabinet Secretary Aden Farah ordered the strikers back to work."
    )
    assert _by_sentence(article(coder, body))[1] == ("100", "KENGOV", "KENCVL")


def test_capital_as_first_name_in_the_passive(coder: Coder) -> None:
    body = (
        "NAIROBI, May 3 (Reuters) - Kenyan teachers marched on parliament on Tuesday to demand "
        "higher pay. The strike was condemned by Education Cabinet Secretary Aden Farah."
    )
    assert _by_sentence(article(coder, body))[1] == ("111", "KENGOV", "KENCVL")


def test_capital_as_first_name_of_a_minister_of_another_state(coder: Coder) -> None:
    body = (
        "MOGADISHU, May 3 (Reuters) - Somali troops clashed with al Shabaab fighters near the "
        "capital on Tuesday. Defence Minister Aden Abdi accused the militants of attacking a "
        "school."
    )
    assert _by_sentence(article(coder, body))[1] == ("112", "SOMGOV", "SOMREB")


def test_european_capital_as_first_name(coder: Coder) -> None:
    body = (
        "NAIROBI, May 3 (Reuters) - Kenyan teachers marched on parliament on Tuesday to demand "
        "higher pay. Labour Minister Paris Otieno met union leaders on Wednesday."
    )
    assert _by_sentence(article(coder, body))[1][:2] == ("040", "KENGOV")


def test_capital_after_in_stays_a_place(index: ActorIndex) -> None:
    found = [(m.actor.text, m.actor.code) for m in index.find("the minister in Aden said")]
    assert ("Aden", "YEMGOV") in found


# Money paid out told in the passive frees no one: no release (0841) of a party.


def test_money_released_in_the_passive_is_no_release(coder: Coder) -> None:
    found = events(coder, "The finance ministry said the funds had been released to the counties.")
    assert [e.cameo_code for e in found] == []
    found = events(coder, "Three activists have been released, police said.")
    assert [(e.cameo_code, e.target.sector if e.target else None) for e in found] == [
        ("0841", "OPP")
    ]
