"""Round 53 (roles53f): parties in news-site copy, by the mechanism that owns them.
Sentences written for these tests (none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, feed_floor_coder

coder = feed_floor_coder


def _sides(found: list[TensionEvent], index: int) -> list[tuple[str, object, object]]:
    """(CAMEO code, (source country, sector), (target country, sector)) of sentence `index`."""
    return [
        (
            event.cameo_code,
            (event.source.country, event.source.sector) if event.source else None,
            (event.target.country, event.target.sector) if event.target else None,
        )
        for event in found
        if event.sentence_index == index
    ]


# docs/labelling.md, section 2 (a protest's target is the crowd's own government; parties take
# the country they belong to, from the story): a bare "the government" pressed by a country's
# former office holders, elders, churches, press or local groups is their own government, not
# the foreign state the sentence before named for the sector (`coder.HOME_PRESSERS`).
PACT = (
    "Samoa and New Zealand have agreed a labour scheme that will let 500 Samoans a year work on "
    "New Zealand farms. Samoa's prime minister signed the scheme in Apia on Monday. "
    "New Zealand's foreign minister praised the deal as a model for the region. "
)


def test_a_former_leader_presses_his_own_government(coder: Coder) -> None:
    body = PACT + (
        "Former president Tui Atua has urged the government to publish the full text of the scheme."
    )
    assert _sides(article(coder, body), 3) == [("020", ("WSM", "OPP"), ("WSM", "GOV"))]


def test_a_former_minister_presses_it_in_the_passive(coder: Coder) -> None:
    body = PACT + "The government was urged by former minister Lealailepule Rimoni to delay it."
    assert _sides(article(coder, body), 3) == [("020", ("WSM", "OPP"), ("WSM", "GOV"))]


def test_church_leaders_demand_of_their_own_government(coder: Coder) -> None:
    body = PACT + (
        "The country's Methodist church leaders demanded that the government hold a public "
        "consultation first."
    )
    assert _sides(article(coder, body), 3) == [("100", ("WSM", "REL"), ("WSM", "GOV"))]


def test_bishops_warn_their_own_government(coder: Coder) -> None:
    body = PACT + (
        "Samoa's bishops have warned the government against signing further deals without a vote."
    )
    assert _sides(article(coder, body), 3) == [("130", ("WSM", "REL"), ("WSM", "GOV"))]


def test_a_government_named_with_its_country_stays(coder: Coder) -> None:
    # near miss: the government is named with its country
    body = PACT + (
        "Former president Tui Atua has urged the government of New Zealand to pay the workers more."
    )
    assert _sides(article(coder, body), 3) == [("020", ("WSM", "OPP"), ("NZL", "GOV"))]


def test_a_foreign_former_leader_keeps_the_government_lent(coder: Coder) -> None:
    # near miss: the former leader is of the other state, not of the article's country
    body = PACT + "A former New Zealand prime minister urged the government to expand the scheme."
    assert _sides(article(coder, body), 3) == [("020", ("NZL", "GOV"), ("NZL", "GOV"))]


# docs/labelling.md point 32: "An agreement welcomed by a third party targets its first-named
# party; welcomed by one of its parties, the other party." The first telling of the agreement
# names the parties in that order; a later sentence naming them the other way round, or a third
# party's praise in between, does not reorder them (`coder._pact_welcomed`, `context.pact`).
# Criticism of the deal by a party's own opposition reproaches its own government.
QUOTAS = (
    "Peru and Chile have signed a fisheries agreement that ends a decade-long dispute over "
    "anchovy quotas. Chile's foreign minister and his Peruvian counterpart signed the text in "
    "Lima on Friday. Ecuador's government praised the two countries for the signing. "
)


def test_a_third_party_welcomes_the_first_named_party(coder: Coder) -> None:
    body = QUOTAS + "The Organization of American States welcomed the agreement as a model."
    assert _sides(article(coder, body), 3) == [("051", (None, "IGO"), ("PER", "GOV"))]


def test_a_state_praises_the_described_deal_with_a_reason_after(coder: Coder) -> None:
    body = QUOTAS + "Japan praised the new fisheries deal, saying it showed the value of dialogue."
    assert _sides(article(coder, body), 3) == [("051", ("JPN", "GOV"), ("PER", "GOV"))]


def test_one_party_hails_it_the_other_is_the_target(coder: Coder) -> None:
    body = QUOTAS + "Chile's president hailed the agreement and said Chile would honour it."
    assert _sides(article(coder, body), 3) == [("051", ("CHL", "GOV"), ("PER", "GOV"))]


def test_a_party_s_own_opposition_criticises_its_government(coder: Coder) -> None:
    body = QUOTAS + (
        "Peruvian opposition lawmakers have criticised the deal, arguing it gives away too much."
    )
    assert _sides(article(coder, body), 3) == [("111", ("PER", "OPP"), ("PER", "GOV"))]


def test_a_third_state_rejects_the_accord(coder: Coder) -> None:
    body = QUOTAS + "Bolivia rejected the accord, calling it a threat to its own fleet."
    assert _sides(article(coder, body), 3)[0] == ("127", ("BOL", "GOV"), ("PER", "GOV"))


def test_an_agreement_named_with_its_party_stays(coder: Coder) -> None:
    # near miss: the sentence names the agreement's other party
    body = QUOTAS + "Bolivia welcomed the agreement with Chile on border crossings."
    assert _sides(article(coder, body), 3) == [("051", ("BOL", "GOV"), ("CHL", "GOV"))]


def test_an_agreement_inside_a_charge_is_no_object(coder: Coder) -> None:
    # near miss: the agreement is what the accused did, not what the verb acts on
    body = QUOTAS + (
        "The Peruvian opposition accused the foreign minister of signing the agreement in secret."
    )
    assert _sides(article(coder, body), 3) == [("112", ("PER", "OPP"), ("PER", "GOV"))]


# docs/labelling.md, section 2: parties "take the country they act in or belong to, from the
# story". A party the index names with no country, by a name several countries' parties share,
# is of the country the report is from (its dateline) or about (the one it names most): not of
# the dissidents of another country named before, nor of the foreign place where the story's
# own medics or troops serve (`references._named_party`).
CANBERRA = (
    "CANBERRA (AP) - Australia expelled an Iranian diplomat on Monday, accusing him of spying "
    "on Iranian dissidents in Sydney. Foreign Minister Penny Wong said the envoy had seven days "
    "to leave. "
)
MEDICS = (
    "Norway's government has condemned a Syrian army strike near a clinic in northern Syria "
    "where Norwegian medics are stationed. No Norwegian medics were hurt in the strike, "
    "officials said. About 40 Norwegian medics serve in Syria, and three Norwegians have died "
    "in Syria since 2015. The Syrian army said it was reviewing the incident. "
)


def test_a_named_opposition_party_is_of_the_dateline_s_country(coder: Coder) -> None:
    body = CANBERRA + (
        "The opposition Liberals welcomed the expulsion but said the government had acted too late."
    )
    assert _sides(article(coder, body), 2)[0] == ("051", ("AUS", "OPP"), ("AUS", "GOV"))


def test_a_party_leader_is_of_the_country_the_story_is_about(coder: Coder) -> None:
    body = MEDICS + (
        "Christian Democrats leader Kari Olsen urged the government to bring the medics home."
    )
    assert _sides(article(coder, body), 4) == [("020", ("NOR", "OPP"), ("NOR", "GOV"))]


def test_a_foreign_opposition_named_with_its_demonym_stays(coder: Coder) -> None:
    # near miss: the party's country is named with it
    body = CANBERRA + "Iranian opposition leader Maryam Rajavi welcomed the expulsion."
    assert _sides(article(coder, body), 2)[0] == ("051", ("IRN", "OPP"), ("AUS", "GOV"))
