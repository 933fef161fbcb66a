"""Round 30, feedrel16: the leftovers of news-site pages that gave false events with weak
parties (sentences written for these tests; docs/labelling.md, section 1: culture, sport,
business, accidents and private lawsuits are not political)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, undated, undated_codes

coder = recommended_coder


# A demonym before a private trade ("a French singer", "the Ghanaian rapper") names a person of
# that country, not its state: `data/agents.tsv` gives such people of the arts, entertainment,
# sport and society pages the sector of private life (CVL, or BUS for a magnate or a fashion
# house), where the demonym alone counted as a political side.
@pytest.mark.parametrize(
    "text",
    [
        "A French singer accused a Belgian television host of plagiarism on Monday.",
        "The Chilean actress met the Peruvian film director in Lima to discuss a new film.",
        "A Dutch art dealer was sued by a Greek collector over a forged painting.",
        "The Ghanaian rapper denied the charge.",
        "A Canadian hockey star signed a four-year contract with a Swedish club on Thursday.",
        "The Portuguese fashion house rejected the ruling.",
    ],
)
def test_people_of_private_trades_are_no_state(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


@pytest.mark.parametrize(
    ("text", "root", "target_sector"),
    [
        # near misses: the state acting on such a person, officials, an opposition leader
        (
            "Police arrested a Zambian rapper at a rally against the government in Lusaka on "
            "Saturday.",
            "17",
            "CVL",
        ),
        (
            "The Chilean foreign minister met the Peruvian ambassador in Lima to discuss the "
            "border.",
            "04",
            "GOV",
        ),
        ("The Ghanaian opposition leader denied the charge.", "01", "GOV"),
    ],
)
def test_state_and_party_acts_near_them_stay(
    coder: Coder, text: str, root: str, target_sector: str
) -> None:
    found = undated(coder, text)
    assert found and found[0].cameo_root == root, [e.cameo_code for e in found]
    assert found[0].target is not None and found[0].target.sector == target_sector


# A fire, a crash or a landslide as the subject of the deaths is no one's act, and "a fire at"
# a factory is no firing at it (`data/triggers.tsv`, the discard beside "killed in a crash").
@pytest.mark.parametrize(
    "text",
    [
        "A fire at a garment factory outside Dhaka killed 11 workers on Wednesday.",
        "The crash on the coastal highway killed six tourists and injured 20.",
        "A landslide in the mountains of Nepal killed at least nine people on Sunday.",
    ],
)
def test_disasters_that_kill_are_no_attack(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # near misses: people firing, setting fire, opening fire
        ("Rebels set fire to a market in the town, killing 11 traders.", "17"),
        ("Gunmen opened fire at a bus station, killing seven people.", "19"),
        # a state's troops firing on a crowd repress it (labelling guide points 6 and 47: 175,
        # round 41); the firing stays an act either way
        ("Troops fired at a crowd in the capital, killing four protesters.", "17"),
    ],
)
def test_fire_set_or_opened_stays(coder: Coder, text: str, root: str) -> None:
    codes = undated_codes(coder, text)
    assert codes and codes[0][:2] == root, codes


# In a crime sentence, a place of the police's own country that they raided is where they
# acted, not a state they acted on (`relevance._policed_place`).
def test_police_raid_on_a_home_place_in_a_crime_story_is_ordinary(coder: Coder) -> None:
    text = "Police raided a cannabis farm in a village near Utrecht on Tuesday."
    assert undated_codes(coder, text) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # near misses: no crime cue, or a foreign place raided
        ("Police raided the opposition party's offices in Lusaka on Tuesday.", "17"),
        ("Soldiers raided a rebel camp near the border with Malawi on Tuesday.", "19"),
    ],
)
def test_raids_without_crime_cues_stay(coder: Coder, text: str, root: str) -> None:
    codes = undated_codes(coder, text)
    assert codes and codes[0][:2] == root, codes


# Hosting an event (a festival, a final, the Games) receives no visitor: no CAMEO 043
# (`data/triggers.tsv`, the discard before "host~").
@pytest.mark.parametrize(
    "text",
    [
        "The Thai capital hosted a food festival on the weekend.",
        "Lisbon hosted the final of the European rowing championships on Sunday.",
        "The city will host next year's Asian Games.",
    ],
)
def test_an_event_hosted_is_no_visit(coder: Coder, text: str) -> None:
    assert undated_codes(coder, text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # near misses: a guest received, a dinner for a visitor, talks hosted between sides
        ("Ghana's president hosted his Togolese counterpart at the state house on Monday.", "043"),
        ("Ghana's president hosted a dinner for the visiting Togolese leader.", "043"),
        ("Oman hosted negotiations between the rival factions.", "046"),
    ],
)
def test_guests_hosted_stay(coder: Coder, text: str, code: str) -> None:
    codes = undated_codes(coder, text)
    assert codes and codes[0] == code, codes
