"""Round 49 (passive49): the passive of the lexicon's verb-object triggers.

docs/labelling.md, section 2: "Passives are turned round": the "by" agent is the source and
the passive's subject what the act is done to. A trigger of one verb ("seized", "arrested")
already matched its participle, but one written as verb and object ("close~ * crossing",
"hand~ back * prisoners", "shut down * newspaper") matched only the active order, so "the
crossing was closed by X" coded nothing. `lexicon._passives` reads every such pattern also as
"OBJECT was/were/has been VERB-ed [particle]". Each passive below is written with its active
twin, which must come out with the same type and the same parties.
"""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, events, first_dyad, recommended_coder

coder = recommended_coder

# (passive, active): the same act told both ways, by the guide's table row
TWINS = [
    # 03: an offer of aid or a loan
    (
        "A loan of $2 billion was offered to Pakistan by Saudi Arabia.",
        "Saudi Arabia offered a loan of $2 billion to Pakistan.",
    ),
    # 07: aid given
    (
        "Food parcels were delivered to Tigray by Sudan on Friday.",
        "Sudan delivered food parcels to Tigray on Friday.",
    ),
    (
        "Medical supplies have been sent to Haiti by Canada.",
        "Canada has sent medical supplies to Haiti.",
    ),
    (
        "Tents and blankets were flown to Libya by Algeria after the floods.",
        "Algeria flew tents and blankets to Libya after the floods.",
    ),
    # 08: prisoners handed back, a restriction lifted
    (
        "Twelve captured soldiers were handed back by Armenia on Thursday.",
        "Armenia handed back twelve captured soldiers on Thursday.",
    ),
    (
        "The curfew was lifted by the Malian junta on Sunday.",
        "The Malian junta lifted the curfew on Sunday.",
    ),
    (
        "The bodies of three pilots were handed over by Moscow.",
        "Moscow handed over the bodies of three pilots.",
    ),
    # 12: a plan or proposal rejected
    (
        "The peace plan was rejected by Hungary.",
        "Hungary rejected the peace plan.",
    ),
    (
        "The proposal has been turned down by the Serbian government.",
        "The Serbian government has turned down the proposal.",
    ),
    # 15: troops sent or deployed
    (
        "Extra troops were deployed to the frontier by Armenia.",
        "Armenia deployed extra troops to the frontier.",
    ),
    (
        "Hundreds of soldiers were sent to the border by the Indian army.",
        "The Indian army sent hundreds of soldiers to the border.",
    ),
    (
        "Warships were dispatched towards the strait by Beijing.",
        "Beijing dispatched warships towards the strait.",
    ),
    # 16: a consulate closed, military aid suspended
    (
        "The consulate in Jeddah was closed by Canada.",
        "Canada closed the consulate in Jeddah.",
    ),
    (
        "Military aid to Niger was suspended by Washington.",
        "Washington suspended military aid to Niger.",
    ),
    (
        "Diplomatic ties were cut by Ecuador on Monday.",
        "Ecuador cut diplomatic ties on Monday.",
    ),
    # 17: a newspaper shut down, assets frozen
    (
        "The weekly newspaper was shut down by the Turkish authorities.",
        "The Turkish authorities shut down the weekly newspaper.",
    ),
    (
        "The assets of the oligarch were frozen by Swiss authorities.",
        "Swiss authorities froze the assets of the oligarch.",
    ),
    # 19: a border crossing closed or sealed
    (
        "The crossing was closed by Poland on Monday.",
        "Poland closed the crossing on Monday.",
    ),
    (
        "The border with Chad was sealed by Sudanese troops.",
        "Sudanese troops sealed the border with Chad.",
    ),
    (
        "The main border crossing has been shut by Tajikistan.",
        "Tajikistan has shut the main border crossing.",
    ),
]


@pytest.mark.parametrize(("passive", "active"), TWINS)
def test_passive_twin_has_the_active_type_and_source(
    coder: Coder, passive: str, active: str
) -> None:
    told = first_dyad(coder, passive)
    twin = first_dyad(coder, active)
    assert told is not None, passive
    assert twin is not None, active
    assert told[:3] == twin[:3], (passive, told, twin)


NEAR_MISSES = [
    "The parcel was delivered on time.",
    "The speech was received well.",
    "The shop was shut down by its owner.",
    "The road was closed by snow.",
    "The match was called off by the referee.",
    # no agent: the passive of a verb-object pattern needs its "by"
    "Aid was delivered on Tuesday.",
    "The crossing was closed for repairs.",
    "The border crossing has been closed since 2019.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_passive_with_no_political_agent_stays_silent(coder: Coder, text: str) -> None:
    assert coded_as(events(coder, text)) == []
