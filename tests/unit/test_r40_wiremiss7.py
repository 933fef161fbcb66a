"""Round 40, wiremiss7: relevant agency sentences that yielded no event. A trigger that runs
from its subject's noun to a past verb ("the drones hit", "the warplanes bombed") holds the verb:
the noun after it ("sites", "camps", "villages") is that verb's object, not a noun the trigger
qualifies, so "said the drones hit camps of the militia" reports the strike (it was dropped as
"a protest group" is). Words the lexicon lacked, each a shape of more than one open set's
misses: a force put "on the highest level of combat readiness" (152), units ordered "to move
closer" and soldiers flown "into" a region (154), relations "lowered" (161), a crew's or a
unit's gear "taken" (1711), a person carried out of his offices by officers or taken by "men in
plain clothes" (173); and a past verb after "had every right to ... and" is the subject's next
act, no item of the right's list. Near misses keep no event: hospitals put on alert, units moved
back, wounded soldiers flown to hospital, relations to improve, a man carried out of a burning
house, the acts a decree's powers allow. A report called "disinformation" or fake is denied
(016), and a verdict quoted after its article ('called the raids a "political show"') is one
(111). Every sentence in these tests was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events_in, recommended_coder
from tests.unit.coding import first_sides as firsts

coder = recommended_coder

GONDAR = (
    "ADDIS ABABA, June 3 (Reuters) - Fighting between the federal army and Fano militiamen "
    "spread to two more towns in the Amhara region on Monday, the regional government said. "
)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The army said the drones hit camps of the militia near Bahir Dar.", "195"),
        ("A local official said the warplanes bombed villages east of Gondar.", "180"),
        ("The militia said the jets struck sites in two of its strongholds.", "195"),
    ],
)
def test_a_weapon_and_its_verb_strike_the_noun_after_them(
    coder: Coder, text: str, first: str
) -> None:
    assert firsts(events_in(coder, GONDAR + text, 1)) == (first, "ETH", "ETH")


ASMARA = (
    "ASMARA, June 3 (Reuters) - Eritrea accused Ethiopia on Tuesday of massing troops on their "
    "shared border, the information minister said. "
)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Eritrea placed its border troops on the highest state of readiness on Monday, the "
            "information ministry said.",
            ("152", "ERI", None),
        ),
        (
            "Commanders ordered tank units to advance toward the frontier near Zalambessa.",
            ("154", "ERI", None),
        ),
        (
            "The air force airlifted hundreds of troops into the border region overnight.",
            ("154", "ERI", None),
        ),
        (
            "Asmara has reduced ties with Addis Ababa to a charge d'affaires, the ministry said.",
            ("161", "ERI", "ETH"),
        ),
        (
            "A fisherman said Eritrean sailors had boarded the dhow and taken its radios and "
            "fishing nets.",
            ("1711", "ERI", "ERI"),
        ),
        (
            "Police dragged the opposition leader out of his campaign headquarters on Monday, his "
            "lawyer said.",
            ("173", "ERI", "ERI"),
        ),
        (
            "Party leaders insisted that their members had every right to organise and blamed "
            "Ethiopia for the unrest.",
            ("112", "ERI", "ETH"),
        ),
    ],
)
def test_forces_alerted_moved_and_flown_ties_lowered_gear_and_people_taken(
    coder: Coder, text: str, first: tuple[str, str | None, str | None]
) -> None:
    """The alert named with its level, units ordered closer and troops flown in (15), ties
    lowered (161), a crew's gear taken (1711), a leader carried out of his offices (173), and
    an accusation after "had every right to ... and" (the past verb is no item of the right's
    list)."""
    assert firsts(events_in(coder, ASMARA + text, 1)) == first


@pytest.mark.parametrize(
    "text",
    [
        "The health ministry put hospitals on the highest level of alert over the cholera "
        "outbreak.",
        "Commanders ordered tank units to pull back from the frontier near Zalambessa.",
        "A military plane flew 30 wounded soldiers to hospitals in the capital.",
        "The minister said both sides wanted to lower tensions and improve relations with their "
        "neighbours.",
        "Officers carried the injured man out of his house after the fire, the fire service said.",
        "The decree gives the army powers to detain suspects and impose curfews in the border "
        "region.",
    ],
)
def test_near_misses_keep_no_event(coder: Coder, text: str) -> None:
    """No force put on alert (hospitals), units moved back, wounded flown to hospital, relations
    to improve, a man carried out of a burning house, and acts a decree's powers allow (base
    forms listed after "powers to")."""
    assert events_in(coder, ASMARA + text, 1) == []


def test_plainclothes_men_taking_a_party_figure_detain_him(coder: Coder) -> None:
    body = (
        "HARARE, June 3 (Reuters) - Riot police in Bulawayo arrested five opposition activists "
        "at a rally on Tuesday, their lawyer said. Men in plain clothes seized a sixth, a student "
        "leader, at a bus station, the lawyer said."
    )
    assert firsts(events_in(coder, body, 1)) == ("173", "ZWE", "ZWE")


PHNOM_PENH = (
    "PHNOM PENH, June 3 (Reuters) - Cambodia's defence ministry said Thai troops had moved "
    "border markers deeper into Cambodian territory near the village of Chong Chom on Tuesday. "
)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            'Thailand\'s army called the Cambodian report "pure disinformation" on Wednesday.',
            ("016", "THA", "KHM"),
        ),
        ("Bangkok called the Cambodian claims fake.", ("016", "THA", "KHM")),
        ('An opposition spokesman called the verdict a "political show".', ("111", "KHM", "KHM")),
        (
            "Opposition lawmakers accused the court of putting on a political show.",
            ("112", "KHM", "KHM"),
        ),
    ],
)
def test_a_report_called_disinformation_is_denied_and_a_quoted_verdict_is_one(
    coder: Coder, text: str, first: tuple[str, str, str]
) -> None:
    """A report or claims called "disinformation" or fake deny the accusation (016); a verdict
    quoted after its article ('a "political show"') is a verdict (111); the near miss, an
    accusation of staging a political show, stays 112."""
    assert firsts(events_in(coder, PHNOM_PENH + text, 1)) == first
