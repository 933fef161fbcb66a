"""Round 49 (miss49w): acts of relevant agency sentences the coder gave nothing for (or the wrong
type), sorted by the stage that dropped them and fixed by class, each in several forms with near
misses that must stay silent. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import Lexicon, compile_pattern, tokenize
from tests.unit.coding import country, recommended_coder, second_events

coder = recommended_coder

SEA_LEAD = (
    "ANKARA, Sept 3 (Reuters) - A Greek coast guard vessel detained a Turkish trawler off the "
    "island of Lesbos on Tuesday, Turkey's foreign ministry said. "
)


def _second(
    coder: Coder, text: str, lead: str = SEA_LEAD
) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of each event of `text` after `lead`."""
    return [
        (e.cameo_code, country(e.source), country(e.target))
        for e in second_events(coder, text, lead)
    ]


def _roots(coder: Coder, text: str, lead: str = SEA_LEAD) -> list[str]:
    return [code[:2] for code, _, _ in _second(coder, text, lead)]


# --- a quote mark inside a trigger's phrase is no word (the lexicon's quoted walk) ---


def test_quoted_measures_promised_are_a_threat(coder: Coder) -> None:
    text = (
        'The ministry said Ankara would "take all necessary measures" to protect its '
        "fishermen in the Aegean."
    )
    assert _second(coder, text)[:1] == [("130", "TUR", None)]


def test_quoted_corresponding_actions_authorised_are_a_threat(coder: Coder) -> None:
    text = (
        "Turkey's security council authorised the navy to take \u201ccorresponding actions\u201d "
        "at a time of its choosing."
    )
    assert _roots(coder, text)[:1] == ["13"]


def test_corresponding_measures_unquoted_are_a_threat(coder: Coder) -> None:
    text = "A ministry spokesman said Turkey would take corresponding measures against Athens."
    assert _roots(coder, text)[:1] == ["13"]


def test_quoted_verb_of_an_accusation_is_read(coder: Coder) -> None:
    """A past perfect verb in quotes after "said ... had": the accusation (112) as unquoted."""
    text = 'The ministry said three Greek shipping firms had "colluded" with the coast guard.'
    assert _roots(coder, text)[:1] == ["11"]


def test_quoted_walk_keeps_patterns_that_name_a_quote_mark() -> None:
    """The quoted walk steps over a quote mark only where the pattern's word does not name it:
    a line naming the mark still matches it, a line that does not steps over it."""
    lexicon = Lexicon(
        compile_pattern('would " strike', "130", 0.7)
        + compile_pattern("would take all necessary measures", "130", 0.7)
    )
    tokens = tokenize('They said they would "strike back" and would "take all necessary measures".')
    assert sorted((m.first, m.last) for m in lexicon.find(tokens)) == [(3, 5), (9, 14)]


def test_war_on_crime_quoted_or_not_codes_no_fighting(coder: Coder) -> None:
    """Near miss: a war waged on crime is a policy's name, no force (190 or 138)."""
    for text in (
        'The new interior minister said he would wage "war on crime" in the port cities.',
        "The new interior minister said he would wage war on crime in the port cities.",
    ):
        assert not any(root in {"19", "13", "18"} for root in _roots(coder, text)), text


def test_committed_to_fighting_graft_codes_no_fighting(coder: Coder) -> None:
    """Near miss: a state "committed" to fighting drug smuggling states a policy."""
    for text in (
        'The foreign minister said Turkey was "fully committed" to fighting drug trafficking.',
        "The foreign minister said Turkey remained determined to combat organised crime.",
    ):
        assert _second(coder, text) == [], text


def test_quoted_measures_against_a_storm_code_no_threat(coder: Coder) -> None:
    """Near miss: measures promised for a storm name no party they are aimed at."""
    text = (
        "The governor of Izmir said the province would take precautions against the storm "
        "expected on Thursday."
    )
    assert "13" not in _roots(coder, text)
