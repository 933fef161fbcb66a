"""Round 54, types54: a verb of praise or backing whose object is itself an act ("backed the
expulsions", "welcomed the arrest") is the sentence's act, 05 SUPPORT aimed at the act's maker
(docs/labelling.md, section 3: praising, welcoming, backing is 05; section 4, point 32). The bare
verbs weigh little, so in agency copy the praised noun, a trigger of its own (173, 174), was coded
in their place. A quoted verdict on an act whose doer is named after "by" ("'It is a provocation
organised by Pyongyang,' the minister said") is the speaker's charge on that doer, 11 ACCUSE.
Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, events, recommended_coder

coder = recommended_coder


def first_in(found: list[TensionEvent], index: int) -> tuple[str, str, str] | None:
    """(CAMEO code, source country/sector, target country/sector) of the first event of the
    article's sentence `index`."""
    for event in found:
        if event.sentence_index == index:
            source = f"{event.source.country}/{event.source.sector}" if event.source else "-"
            target = f"{event.target.country}/{event.target.sector}" if event.target else "-"
            return event.cameo_code, source, target
    return None


def test_backing_an_expulsion_in_the_present_perfect(coder: Coder) -> None:
    body = (
        "MONTEVIDEO, May 14 (AP) - Uruguay expelled two Cuban diplomats on Tuesday. "
        "Uruguay's main opposition party has backed the expulsions."
    )
    assert first_in(article(coder, body), 1) == ("051", "URY/OPP", "URY/GOV")


def test_welcoming_an_arrest_with_a_verdict_after_it(coder: Coder) -> None:
    body = (
        "ACCRA, May 14 (Reuters) - Ghanaian police arrested the former finance minister on "
        "Tuesday over a missing loan. The opposition New Patriotic Party welcomed the arrest as "
        "overdue."
    )
    assert first_in(article(coder, body), 1) == ("051", "GHA/OPP", "GHA/COP")


def test_welcoming_a_dated_expulsion(coder: Coder) -> None:
    text = "Chile's Socialist Party welcomed Tuesday's expulsion of the Nicaraguan ambassador."
    found = events(coder, text)
    assert found[0].cameo_code == "051"
    assert found[0].confidence > 0.9  # the bare verb's weight left it at 0.85


def test_reported_welcome_of_arrests(coder: Coder) -> None:
    text = "The ruling party in Lusaka said it welcomed the arrests, calling them overdue."
    found = events(coder, text)
    assert found[0].cameo_code == "051"
    assert found[0].confidence >= 0.85  # 0.78 at the bare verb's weight


def test_backed_by_is_no_praise_of_the_arrest(coder: Coder) -> None:
    body = (
        "LUSAKA, May 14 (Reuters) - Zambian police detained an opposition lawmaker on Tuesday. "
        "Police in Lusaka, backed by soldiers, arrested 40 students at the university."
    )
    assert first_in(article(coder, body), 1) == ("173", "ZMB/COP", "ZMB/EDU")


def test_welcoming_visitors_names_no_act(coder: Coder) -> None:
    text = "Mongolia's president welcomed the visiting delegation and signed a trade accord."
    assert [e.cameo_code for e in events(coder, text)][:1] == ["043"]


# A charge told as a verdict on the act ("'This is a blatant provocation organised by Pyongyang,'
# the minister said"): the speaker accuses the doer the charge names after "by" (section 1, an
# act done by saying; guide section 3, 11 ACCUSE), not an attack by that doer.


def first_dyad_of(found: list[TensionEvent]) -> tuple[str, str, str] | None:
    """(CAMEO code, source country/sector, target country/sector) of the first event."""
    if not found:
        return None
    event = found[0]
    source = f"{event.source.country}/{event.source.sector}" if event.source else "-"
    target = f"{event.target.country}/{event.target.sector}" if event.target else "-"
    return event.cameo_code, source, target


def test_quoted_provocation_organised_by_a_neighbour(coder: Coder) -> None:
    text = (
        '"It is a blatant provocation organised by Pyongyang," South Korea\'s defence minister '
        "said on Friday."
    )
    assert first_dyad_of(events(coder, text)) == ("111", "KOR/GOV", "PRK/GOV")


def test_quoted_kidnapping_carried_out_by_agents(coder: Coder) -> None:
    text = (
        '"This constituted a kidnapping carried out by Rwandan agents," Burundi\'s government '
        "said in a statement."
    )
    assert first_dyad_of(events(coder, text)) == ("111", "BDI/GOV", "RWA/GOV")


def test_quoted_verdict_after_the_speaker(coder: Coder) -> None:
    text = (
        'Ecuador\'s foreign minister said: "That was an invasion of our embassy by Mexican police."'
    )
    assert first_dyad_of(events(coder, text)) == ("111", "ECU/GOV", "MEX/COP")


def test_a_war_that_can_be_won_is_no_charge(coder: Coder) -> None:
    text = '"This is a war we can only win together," Peru\'s health minister told reporters.'
    assert events(coder, text) == []


def test_an_attack_with_no_doer_named_is_no_charge(coder: Coder) -> None:
    text = (
        '"This was a daring attack on the warehouse, carried out with inside help," a detective '
        "told reporters."
    )
    assert events(coder, text) == []


# An act told before a ", a day after" clause is the sentence's act (section 1: the first act; the
# clause dates the news), whatever the later trigger weighs.


def test_riot_before_a_day_after_clause(coder: Coder) -> None:
    body = (
        "PORT VILA, March 4 (Reuters) - Police in Vanuatu detained dozens of people on Thursday "
        "after a night of unrest in the capital. Young men torched market stalls and threw stones "
        "at officers in the Freshwota district late on Wednesday, a day after parliament stripped "
        "the opposition leader of his seat."
    )
    assert first_in(article(coder, body), 1) == ("145", "VUT/CVL", "VUT/COP")


def test_a_time_clause_opening_the_sentence_keeps_its_main_act(coder: Coder) -> None:
    text = "Hours after the raid, rebels attacked a police post near Goma."
    assert first_dyad_of(events(coder, text)) == ("190", "COD/REB", "COD/COP")


def test_after_with_no_span_is_no_time_clause(coder: Coder) -> None:
    text = "Police arrested 15 students in Accra after they blocked a highway."
    assert first_dyad_of(events(coder, text)) == ("173", "GHA/COP", "GHA/EDU")
