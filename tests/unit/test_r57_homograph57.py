"""Round 57 (homograph57): words of force read in their other sense.

A sweep of written sentences found fixed phrases of business, culture, markets and sports copy
whose trigger word the lexicon reads as force: a camera that "captured images", an athlete who
"captured the title", a film "shot" somewhere or a singer who "shot to fame", a film that
"bombed at the box office", a band that "stormed the charts", "a marketing offensive", "a penalty
shootout", a market that "retreated from a record high" or "surrendered its early gains", a
report that "gave ammunition to critics", "an assault on the world record". Discard lines in
triggers.tsv take them; the same verbs keep their acts on a place, a person or a weapon. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, recommended_coder

coder = recommended_coder


@pytest.mark.parametrize(
    "text",
    [
        "A satellite captured images of the volcano's eruption over Tonga, the agency said.",
        "The novel captured the mood of post-war Italy, critics in Rome said.",
        "Ethiopia's Tigst Assefa captured the marathon title in Berlin on Sunday.",
        "The series was shot in Morocco and Portugal over six months, the producers said.",
        "Nigeria's Burna Boy shot to fame with an album recorded in Lagos.",
        "The Chinese comedy bombed at the box office in Japan, earning under 2 million dollars.",
        "South Korea's Blackpink stormed the British charts with their new single.",
        "Huawei launched a marketing offensive in Kenya ahead of the holidays, the firm said.",
        "Croatia beat Japan in a penalty shootout in Al Wakrah.",
        "Gold prices retreated from a record high on Wednesday on a stronger dollar.",
        "Hong Kong's Hang Seng surrendered its early gains on Thursday after data from China.",
        "The audit gave ammunition to critics of the French finance ministry.",
        "Kenya's assault on the world record fell short in the 4x400 metres relay in Eugene.",
    ],
)
def test_the_other_sense_of_a_word_of_force_is_no_event(coder: Coder, text: str) -> None:
    assert events(coder, text) == [], text


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("M23 rebels captured the town of Kitshanga on Sunday, the army said.", "19"),
        ("A student was shot in the chest by police in Dhaka on Monday, witnesses said.", "19"),
        ("Protesters stormed the parliament building in Colombo on Saturday.", "14"),
        ("The Sudanese army launched an offensive against the RSF in Omdurman.", "19"),
        ("Iran gave ammunition and drones to the Houthi rebels, U.S. officials said.", "07"),
        ("Ukrainian troops retreated from the village of Krynky on Monday, the army said.", "08"),
        ("Russian forces occupied the village of Novomykhailivka on Monday.", "19"),
    ],
)
def test_the_act_of_force_is_kept(coder: Coder, text: str, root: str) -> None:
    found = events(coder, text)
    assert found and found[0].cameo_root == root, text


@pytest.mark.parametrize(
    "text",
    [
        "Storm Babet hit Scotland and Denmark on Friday, killing at least four people.",
        "A magnitude 6.8 earthquake struck Morocco's High Atlas on Friday, killing hundreds.",
        "Typhoon Haikui hit southern Taiwan on Sunday, forcing thousands to flee their homes.",
        "Floods hit northern Italy in May, killing 15 people and forcing 10,000 from their homes.",
        "NAIROBI, May 3 (Reuters) - Heavy rains lashed Kenya this week, killing 40 people.",
    ],
)
def test_a_hazards_toll_after_its_impact_is_no_attack(coder: Coder, text: str) -> None:
    assert events(coder, text) == [], text


def test_a_disease_as_the_killer_is_no_attack(coder: Coder) -> None:
    text = "The flu killed thousands of people in Europe last winter, the WHO said."
    assert events(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A Russian missile hit an apartment block in Dnipro on Sunday, killing 12 people.",
        "Gunmen attacked a village in Plateau state after the floods, killing 30 people.",
        "A barrage of rockets hit Kiryat Shmona on Monday, killing two people.",
    ],
)
def test_an_attack_told_with_its_toll_is_kept(coder: Coder, text: str) -> None:
    found = events(coder, text)
    assert found and found[0].cameo_root in ("18", "19"), text


VOLLEYBALL = (
    "Serbia's volleyball team beat Italy in the semi-final on Friday. The International "
    "Volleyball Federation banned the Serbian setter for two matches for abusing the referee."
)


def test_a_body_named_after_its_sport_bans_a_player_on_the_sports_pages(coder: Coder) -> None:
    """ "handball", "volleyball", ... are sports' names (relevance.tsv's sport cues), so a body
    named after one is the sport's governing body (`relevance._sport_body`)."""
    assert [e for e in article(coder, VOLLEYBALL) if e.sentence_index == 1] == []
