"""Agency copy's context judged not relevant that still got an event, round 35: a perfect act
with its span between the auxiliary and the participle ("has for years accused"); a sentence
that only dates an act already reported, with a longer hedge before its link ("came little
more than a week after"); an advance that "met no resistance" (no meeting); an act dated by a
year after "a midnight raid" (a part of the day describing a noun names no day of the news); a
state that "tolerates little criticism"; states that "backed rival sides"; a measure's verb
joined by "and" with an adverb ("The sanctions freeze ... and generally bar ..."); troops that
"patrol" a zone in the simple present (how a force is posted); a sentence whose subject
"followed" an earlier act ("The expulsions followed the arrest of ..."); each verb of a list
after "powers to" (a possibility); a meeting "without" which one left (not done, no refusal);
and an act in a question one was "not told" the answer to. Each has a near miss that stays an
act. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, recommended_coder, second, second_events

recommended = recommended_coder

LEAD = (
    "KAMPALA, Uganda (Reuters) - Ugandan police fired tear gas at opposition supporters in "
    "Kampala on Tuesday, witnesses said. "
)
LIMA = (
    "LIMA (AP) - Peru's Congress voted on Thursday to remove the interior minister over a "
    "wave of killings, lawmakers said. "
)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (LEAD, "The opposition leader's brother has for years accused the government of torture."),
        (LEAD, "The opposition has for months accused the electoral board of rigging the count."),
        (LIMA, "Peru has for decades accepted deportation flights from the United States."),
        (
            LEAD,
            "The incident came little more than a week after Rwandan troops shelled a Ugandan "
            "border post.",
        ),
        (LIMA, "The vote came just over a month after police arrested two lawmakers in Cusco."),
        (LEAD, "A military spokeswoman said the soldiers had faced no opposition so far."),
        (LEAD, "Army officers said the soldiers met with little resistance as they advanced."),
        (
            LEAD,
            "Besigye, 68, a founder of the Forum for Democratic Change, was arrested in a "
            "midnight raid on his home in 2017.",
        ),
        (LIMA, "The former president was detained in a dawn raid on his farm in 2019."),
        (
            LEAD,
            "Uganda allows scant dissent, and monitors say its prisons are fuller every year.",
        ),
        (LEAD, "Rwanda and Uganda have backed rival sides in Congo's long conflict."),
        (LIMA, "Peru and Bolivia supported opposing factions in the dispute over the lake."),
        (
            LEAD,
            "The sanctions freeze any U.S. assets of the four generals and generally bar "
            "Americans from dealing with them.",
        ),
        (
            LEAD,
            "The measures freeze any British assets of the officials and largely bar Britons "
            "from trading with them.",
        ),
        (LEAD, "About 600 U.N. peacekeepers patrol the 90-km buffer zone."),
        (LEAD, "Chinese coast guard ships patrol the waters around the atoll."),
        (
            LIMA,
            "The expulsions followed the arrest of a Bolivian consular official in a case "
            "involving the kidnapping of a dissident.",
        ),
        (
            LEAD,
            "The sanctions follow the arrest of two Ugandan lawmakers in a case involving the "
            "kidnapping of a critic.",
        ),
        (
            LEAD,
            "The new decree gives ministers powers to limit travel, close markets and requisition "
            "trucks.",
        ),
        (
            LEAD,
            "The emergency law gives the army powers to search homes, detain suspects and ban "
            "rallies.",
        ),
        (
            LEAD,
            "The U.S. envoy left the base after about three hours without meeting Ugandan "
            "officials.",
        ),
        (
            LEAD,
            "The family said they had not been told why the opposition lawmaker was arrested.",
        ),
        (
            LIMA,
            "Relatives of the three students said nobody had informed them what the charges were.",
        ),
    ],
)
def test_context_gets_no_event(recommended: Coder, lead: str, text: str) -> None:
    assert second(recommended, text, lead) == []


@pytest.mark.parametrize(
    ("lead", "text", "plover"),
    [
        # no span, a first time, or a span of weeks (the story's own turn)
        (LEAD, "The opposition has accused the government of rigging the count.", "ACCUSE"),
        (
            LEAD,
            "The opposition has for the first time accused the government of rigging the count.",
            "ACCUSE",
        ),
        (
            LEAD,
            "The opposition has for weeks accused the government of rigging the count.",
            "ACCUSE",
        ),
        # "came as": the act is the news itself
        (
            LEAD,
            "The incident came as Rwandan troops shelled a Ugandan border post on Tuesday.",
            "ASSAULT",
        ),
        # a meeting with people of the resistance, and a meeting of two ministers
        (LEAD, "The Rwandan foreign minister met resistance leaders in Kigali.", "CONSULT"),
        (LEAD, "The Rwandan foreign minister met his Ugandan counterpart in Kigali.", "CONSULT"),
        # a raid of the news's day, with no year
        (LEAD, "Police arrested Besigye in a dawn raid on his home in Kasangati.", "COERCE"),
        (LEAD, "The activist was seized in a night raid on her flat on Tuesday.", "COERCE"),
        # criticism made, and a side backed
        (LEAD, "Uganda's opposition criticised the government over the arrests.", "ACCUSE"),
        (LIMA, "Peru backed Bolivia's bid for a seat on the council.", "SUPPORT"),
        # imposing the sanctions is the act
        (
            LEAD,
            "Washington imposed sanctions that freeze the assets of four Ugandan generals.",
            "SANCTION",
        ),
        # a patrol told in the past, or on a day of the story
        (LEAD, "U.N. peacekeepers patrolled the buffer zone after the clash.", "MOBILIZE"),
        (
            LEAD,
            "Chinese coast guard ships patrol the waters around the atoll on Tuesday.",
            "MOBILIZE",
        ),
        # the subject's own next deed after "followed"
        (
            LEAD,
            "The police followed the protesters to the square and arrested 20 of them.",
            "COERCE",
        ),
        # a list of deeds done, and a deed after the powers' clause
        (LEAD, "The army restricted movement, imposed curfews and detained 40 people.", "COERCE"),
        (
            LEAD,
            "The decree gave police powers to search homes, and officers arrested 20 people on "
            "Tuesday.",
            "COERCE",
        ),
        # a meeting refused, or not held, is a rejection
        (LEAD, "Uganda refused to meet Rwandan officials.", "REJECT"),
        (LEAD, "Uganda did not meet Rwandan officials on Tuesday.", "REJECT"),
        # told what was done: the arrest is reported
        (
            LEAD,
            "The family said they were told on Tuesday that he was arrested for sedition.",
            "COERCE",
        ),
        (LEAD, "Police told reporters why the activists were detained.", "COERCE"),
    ],
)
def test_near_misses_stay_acts(recommended: Coder, lead: str, text: str, plover: str) -> None:
    assert plover in second(recommended, text, lead)


# Parties of a crowd: "Several hundred people gathered outside the embassy" had no party for the
# crowd (a count in the singular, "hundred", "thousand", was no counted people), so the rally was
# lost; now the crowd is the country's civilians, as "hundreds of people" are.
def test_a_crowd_counted_in_the_singular_rallies(recommended: Coder) -> None:
    text = "Several hundred people gathered outside the Rwandan embassy on Saturday, waving flags."
    found = second_events(recommended, text, LEAD)
    assert [event.plover_type for event in found] == ["PROTEST"]
    assert (country(found[0].source), country(found[0].target)) == ("UGA", "RWA")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people protested in Kampala.",
        "Several thousand people protested outside the Kampala headquarters of the ruling "
        "party in the evening, accusing the party of rigging the vote.",
    ],
)
def test_a_counted_crowd_protests_first(recommended: Coder, text: str) -> None:
    found = second_events(recommended, text, LEAD)
    assert found and found[0].plover_type == "PROTEST"
    assert country(found[0].source) == "UGA"
