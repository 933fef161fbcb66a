"""Round 28, known-wrong sentences of agency copy (left9): trigger gaps."""

from tensionwatch.bootstrap import build_coder
from tensionwatch.domain.pipeline import code_article
from tensionwatch.settings import Settings

CODER = build_coder(Settings())


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for e in code_article(CODER, "t", text).events:
        out.append(
            (e.cameo_code, e.source.code if e.source else None, e.target.code if e.target else None)
        )
    return out


def test_taken_in_for_questioning_is_detention() -> None:
    text = (
        "TOKYO (Reuters) - Two city councillors were taken in for questioning by police on Friday."
    )
    assert any(code == "173" and src == "JPNCOP" for code, src, _ in _events(text))
    text = "PARIS (Reuters) - Police took three union leaders in for questioning on Monday."
    assert any(code == "173" and src == "FRACOP" for code, src, _ in _events(text))


def test_reserving_the_right_to_respond_is_a_threat() -> None:
    text = (
        "NEW DELHI (Reuters) - India reserved the right to respond to China's move, "
        "its foreign ministry said."
    )
    assert ("130", "INDGOV", "CHNGOV") in _events(text)
    text = (
        "WARSAW (Reuters) - Poland reserves the right to take countermeasures against Belarus, "
        "a spokesman said."
    )
    assert any(code == "130" and tgt and tgt.startswith("BLR") for code, _, tgt in _events(text))


def test_people_held_by_police_are_the_target() -> None:
    text = "ROME (Reuters) - Six students were held by police after the march on Saturday."
    assert ("173", "ITACOP", "ITAEDU") in _events(text)


def test_senior_clergy_appeal_for_calm_counts() -> None:
    text = "WARSAW (Reuters) - The archbishop of Krakow appealed for calm after the clashes."
    assert any(code.startswith("02") and src == "POLREL" for code, src, _ in _events(text))
    text = "MADRID (Reuters) - Spain's Catholic bishops appealed for restraint after the riots."
    assert any(code.startswith("02") and src == "ESPREL" for code, src, _ in _events(text))


def test_military_saying_it_targeted_armed_men_is_an_attack() -> None:
    text = "NEW DELHI (Reuters) - The Indian army said it had targeted a militant cell in Manipur."
    assert any(code == "190" and src == "INDMIL" for code, src, _ in _events(text))
    assert not _events("The campaign targeted young voters in the suburbs of Lyon.")
