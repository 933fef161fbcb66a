"""Named international NGOs keep no country, and a bare international gold code matches them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.evaluate import GoldActor
from tensionwatch.domain.models import Actor
from tensionwatch.domain.pipeline import code_article
from tensionwatch.domain.scoring import side_right


def _events(text: str) -> list[tuple[str | None, str | None, str | None]]:
    coded = code_article(Coder(), "a1", text)
    return [
        (
            event.source.code if event.source else None,
            event.source.country if event.source else None,
            event.target.country if event.target else None,
        )
        for event in coded.events
    ]


def test_a_named_rights_group_keeps_no_country_in_a_dated_story() -> None:
    events = _events(
        "NAIROBI, Kenya (AP) — Human Rights Watch urged Tanzania's government on Tuesday to "
        "free two jailed opposition organisers."
    )
    assert ("NGOHRIHRW", None, "TZA") in events, events


def test_a_bare_rights_group_still_takes_the_country_it_acts_in() -> None:
    events = _events(
        "HARARE, Zimbabwe (AP) — A local rights group accused Zimbabwean police on Tuesday of "
        "beating detained activists."
    )
    assert any(source == "ZWE" for _, source, _ in events), events


def test_a_bare_international_gold_code_matches_any_body_of_no_country() -> None:
    amnesty = Actor(text="Amnesty", code="NGOHRIAMN", country=None, sector="NGO")
    united_nations = Actor(text="the U.N.", code="IGOUNO", country=None, sector="IGO")
    britain = Actor(text="Britain", code="GBR", country="GBR", sector="")
    assert side_right(amnesty, [GoldActor("Amnesty International", "IGO")])
    assert side_right(amnesty, [GoldActor("", "NGO")])
    assert side_right(united_nations, [GoldActor("United Nations", "IGO")])
    assert not side_right(britain, [GoldActor("", "IGO")])
    assert not side_right(amnesty, [GoldActor("", "GBR")])
    assert not side_right(None, [GoldActor("", "NGO")])


def test_activists_of_a_named_campaign_group_take_the_country_they_protest_in() -> None:
    events = _events(
        "MADRID (AP) — Greenpeace activists protested outside the Spanish parliament on "
        "Tuesday against a new mining law."
    )
    assert any(source == "ESP" for _, source, _ in events), events
