"""Round 56 (refs56): a bare "the government" after a foreign capital that stood for its state.

A story names a foreign government by its capital ("warned Santiago", "Tokyo had paid") and its
own government bare; so a capital of a state other than the story's lends no later bare "the
government" its country (context.ArticleContext._note: it does not set `by_sector`). docs/
labelling.md section 2: parties "take the country they act in or belong to, from the story".
A foreign government named as a body ("Chile's foreign ministry ... The ministry") still goes
on. Sentences written for these tests (none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_in, evaluation_coder, undated

coder = evaluation_coder


def test_lawmakers_urge_their_own_government_after_a_foreign_capital(coder: Coder) -> None:
    body = (
        "LIMA (Reuters) - Peru recalled its ambassador to Chile on Monday over a fishing "
        "dispute.\n\nForeign Minister Elena Rojas met the Chilean envoy and warned Santiago "
        "against new seizures.\n\nRuling party lawmakers urged the government to suspend trade "
        "talks."
    )
    assert coded_in(article(coder, body), 2) == [("020", "PERLEG", "PERGOV")]


def test_reported_speech_of_the_government_after_a_foreign_capital(coder: Coder) -> None:
    body = (
        "OSLO (Reuters) - Norway summoned Russia's charge d'affaires on Tuesday after a trawler "
        "was boarded in the Barents Sea.\n\nThe Russian embassy said Moscow had sent a patrol "
        "ship to the area.\n\nThe governor of Finnmark said the government had promised more "
        "coast guard patrols."
    )
    assert ("030", "NORGOV", "NORMIL") in coded_in(article(coder, body), 2)


def test_the_government_praised_in_the_passive_is_the_story_s(coder: Coder) -> None:
    body = (
        "ACCRA (Reuters) - Ghana closed a border crossing on Friday after a clash near Paga.\n\n"
        "Interior Minister Kofi Mensah demanded an apology from Ouagadougou.\n\nThe government "
        "was praised by the regional governor for acting quickly."
    )
    assert coded_in(article(coder, body), 2) == [("051", "GHAGOV", "GHAGOV")]


def test_the_government_s_decision_welcomed_is_the_story_s(coder: Coder) -> None:
    body = (
        "WELLINGTON (Reuters) - New Zealand expelled a Chinese diplomat on Thursday after a "
        "spying inquiry.\n\nPrime Minister Anna Reid said she had protested to Beijing in "
        "person.\n\nAuckland's mayor welcomed the government's decision."
    )
    assert coded_in(article(coder, body), 2) == [("051", "NZLGOV", "NZLGOV")]


def test_a_site_s_governor_thanks_his_own_national_government(coder: Coder) -> None:
    body = (
        "The Philippines has received four patrol boats from Japan, the Philippine coast guard "
        "said.\n\nPhilippine officials said Tokyo had paid for the boats under a loan programme."
        "\n\nPalawan Governor Jose Reyes thanked the national government for the boats, which "
        "will patrol Philippine waters."
    )
    assert ("051", "PHLGOV", "PHLGOV") in coded_in(undated(coder, body), 2)


def test_a_foreign_ministry_named_as_a_body_still_goes_on(coder: Coder) -> None:
    body = (
        "LIMA (Reuters) - Peru recalled its ambassador to Chile on Monday over a fishing "
        "dispute.\n\nChile's foreign ministry accused Peru of stirring nationalist feeling.\n\n"
        "The ministry also summoned Peru's ambassador in Santiago."
    )
    assert coded_in(article(coder, body), 2) == [("114", "CHLGOV", "PERGOV")]
