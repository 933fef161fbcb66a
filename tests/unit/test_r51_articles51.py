"""Round 51 (articles51): whole real articles. A passive of suffering whose "in" or "during"
names the forces' operation ("were killed during the operation") implies the operation's maker
as "killed in an attack" does: the act scores as one whose source a reference found, so it is
kept at the agency floor (docs/labelling.md, section 2: the passive turned round)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, events, recommended_coder

coder = recommended_coder

OPERATION = (
    "ANKARA, June 3 (Xinhua) -- Turkey launched an air and ground operation against the PKK "
    "in northern Iraq on Monday, the defence ministry said.\n\n"
)


def _second(coder: Coder, body: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.plover_type, country(e.source), country(e.target))
        for e in article(coder, body)
        if e.sentence_index == 1
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve PKK militants were killed during the operation, officials in Ankara said.",
        "A total of nine PKK fighters were killed in the operation on Tuesday.",
        "Eleven PKK members were later killed during the cross-border operation.",
        "Six PKK militants have been killed in the ongoing operation, officials said.",
    ],
)
def test_victims_of_an_operation_are_kept(coder: Coder, sentence: str) -> None:
    assert ("ASSAULT", None, "TUR") in _second(coder, OPERATION + sentence)


def test_victims_of_a_crackdown_are_kept(coder: Coder) -> None:
    body = (
        "ISLAMABAD (Reuters) - Pakistan's army moved into North Waziristan on Friday, the "
        "military said.\n\nSeven militants were killed in a security crackdown, it added."
    )
    assert ("ASSAULT", None, "PAK") in _second(coder, body)


@pytest.mark.parametrize(
    "sentence",
    [
        # no operation named: the toll of a passive alone stays under the floor
        "Twelve PKK militants were killed, the ministry said.",
        # a place after "in", not an operation
        "Twelve PKK militants were killed in the mountains, the ministry said.",
        # an operation named, but as what came after, not what they suffered it in
        "Twelve PKK militants were killed before the operation, the ministry said.",
    ],
)
def test_passives_without_an_operation_stay(coder: Coder, sentence: str) -> None:
    assert ("ASSAULT", None, "TUR") not in _second(coder, OPERATION + sentence)


# --- a verdict of unfitness told as the speaker's disbelief (data/triggers.tsv, 111 on "{not|n't}
# {believe|think} ** {is|was|...} {qualified|up_to_the_task|loyal|...}"): the believer criticises
# the one judged, as "said he is unqualified" (round 50) does ---


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Obama said he did not think Iran was qualified to join the talks.", "USA", "IRN"),
        ("Merkel said she did not believe Russia would be honest in the talks.", "DEU", "RUS"),
        ("Kenya's president does not believe Uganda's leader is up to the job.", "KEN", "UGA"),
    ],
)
def test_disbelief_in_fitness_is_criticism(
    coder: Coder, sentence: str, source: str, target: str
) -> None:
    found = [(e.cameo_code, country(e.source), country(e.target)) for e in events(coder, sentence)]
    assert ("111", source, target) in found


@pytest.mark.parametrize(
    "sentence",
    [
        # disbelief in an act, not a verdict on the party
        "Merkel said she did not believe Russia would attack Ukraine.",
        # belief, not disbelief
        "Merkel said she believed Russia would be honest in the talks.",
    ],
)
def test_disbelief_without_a_verdict_stays(coder: Coder, sentence: str) -> None:
    assert "111" not in [e.cameo_code for e in events(coder, sentence)]


# --- a period inside a relative clause set off within a trigger's gap dates the relative's act,
# not the verdict (relevance._dates_act, docs/labelling.md point 30: "who had been captured last
# week" is a relative's act) ---

KREMLIN = "WASHINGTON, May 15 (Reuters) - U.S. and Russian envoys met in Geneva on Wednesday.\n\n"


def _coded(coder: Coder, body: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.cameo_code, country(e.source), country(e.target))
        for e in article(coder, body)
        if e.sentence_index == 1
    ]


def test_period_of_a_relative_inside_the_verdict(coder: Coder) -> None:
    body = KREMLIN + (
        "Obama said he did not believe Russia, which annexed Crimea last year, was trustworthy."
    )
    assert ("111", "USA", "RUS") in _coded(coder, body)


def test_period_of_the_verdict_itself_still_dates_it(coder: Coder) -> None:
    body = KREMLIN + "Obama said last year he did not believe Russia was trustworthy."
    assert ("111", "USA", "RUS") not in _coded(coder, body)


# --- the same verdict as a qualification the speaker says the one judged lacks ("said the nominee
# has no background in", "lacks the experience to"); the speaker's own lack and a lack told by the
# narration are no one's verdict ---


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "Seoul's opposition said Pyongyang's new envoy has no experience whatsoever in "
            "arms control.",
            "KOR",
            "PRK",
        ),
        ("Lithuania's foreign minister says Belarus's leader lacks any credentials.", "LTU", "BLR"),
    ],
)
def test_lack_of_qualification_said_is_criticism(
    coder: Coder, sentence: str, source: str, target: str
) -> None:
    found = [(e.cameo_code, country(e.source), country(e.target)) for e in events(coder, sentence)]
    assert ("111", source, target) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's new foreign minister has no experience in diplomacy.",
        "Chile's president said he has no experience of such crises.",
    ],
)
def test_lack_not_said_of_another_stays(coder: Coder, sentence: str) -> None:
    assert "111" not in [e.cameo_code for e in events(coder, sentence)]


# --- blame laid by a copula that no one says ("X was behind the attack"): the report's own account
# that X did the act named after "behind" (coder._act_behind); said, denied or believed by someone,
# it stays that speaker's charge or denial ---


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Venezuela's opposition was behind the protests against the government in Caracas.",
            ("141", "VEN", "VEN"),
        ),
        ("Iran was behind the drone attack on the Saudi oil facilities.", ("180", "IRN", "SAU")),
    ],
)
def test_narrated_blame_is_the_act(
    coder: Coder, sentence: str, expected: tuple[str, str, str]
) -> None:
    found = [(e.cameo_code, country(e.source), country(e.target)) for e in events(coder, sentence)]
    assert expected in found
    assert "112" not in [code for code, _, _ in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Saudi Arabia said Iran was behind the attack on its oil facilities.",
        "Iran denied it was behind the attack on the Saudi oil facilities.",
        "Officials in Riyadh believe Iran was behind the attack on the oil facilities.",
    ],
)
def test_blame_said_denied_or_believed_is_no_attack(coder: Coder, sentence: str) -> None:
    assert "180" not in [e.cameo_code for e in events(coder, sentence)]


# --- tear gas shells and warning shots in a list of crowd-control rounds are one act of repression
# (175), not shelling (194) or a show of force (150) beside it (data/triggers.tsv) ---


def test_tear_gas_shells_are_repression_not_shelling(coder: Coder) -> None:
    codes = [
        e.cameo_code
        for e in events(coder, "Police in Lahore fired tear gas shells to disperse the marchers.")
    ]
    assert codes == ["175"]


def test_warning_shots_listed_with_rubber_bullets_are_one_act(coder: Coder) -> None:
    text = "Riot police in Dhaka fired rubber bullets and warning shots to scatter the crowd."
    assert [e.cameo_code for e in events(coder, text)] == ["175"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "South Korean troops fired warning shots after North Korean soldiers crossed the line.",
            "150",
        ),
        ("Rebels fired mortar shells at the army base near Goma.", "190"),
    ],
)
def test_warning_shots_and_shells_of_war_stay(coder: Coder, sentence: str, code: str) -> None:
    assert code in [e.cameo_code for e in events(coder, sentence)]
