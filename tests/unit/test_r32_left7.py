"""Wrong codings left by round 31, round 32 (left7): a bare sector word used as the modifier
of a plural head before "from X" ("Military instructors from Britain", "Army engineers from
India") is X's, not the article's; a lawmaker named right before "of the opposition ...
Party" is the opposition's voice (OPP); bare militants in a story filed from their own
country keep the dateline's country when the state the article names more often is set
nowhere (only speaks). Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, evaluation_coder

coder = evaluation_coder


def test_military_instructors_from_a_country_are_that_countrys(coder: Coder) -> None:
    body = (
        "LILONGWE, Malawi (Reuters) - Military instructors from Britain trained Malawian "
        "troops in jungle warfare this week."
    )
    aid = next(e for e in article(coder, body) if e.cameo_code.startswith("07"))
    assert country(aid.source) == "GBR"
    assert country(aid.target) == "MWI"


def test_army_engineers_from_a_country_are_that_countrys(coder: Coder) -> None:
    body = (
        "LILONGWE, Malawi (Reuters) - Army engineers from India trained Malawian troops in "
        "mine clearance, the defence ministry said."
    )
    aid = next(e for e in article(coder, body) if e.cameo_code.startswith("07"))
    assert country(aid.source) == "IND"


def test_a_verb_before_from_is_no_head_noun(coder: Coder) -> None:
    # near miss: "the army withdrew troops from ..." -- the place the troops leave is no origin
    body = (
        "LILONGWE, Malawi (Reuters) - The army pulls out from the border town while police "
        "arrested 12 smugglers."
    )
    found = article(coder, body)
    assert found == []
    body = "LIMA, Peru (AP) - Police arrested two men who came from Chile on Tuesday."
    arrest = next(e for e in article(coder, body) if e.cameo_code.startswith("17"))
    assert country(arrest.source) == "PER"


def test_a_senator_of_the_opposition_party_is_the_opposition(coder: Coder) -> None:
    body = (
        "ASUNCION, Paraguay (AP) - Sen. Ana Benitez of the opposition Liberal Party accused "
        "the government on Tuesday of hiding the cost of a new dam."
    )
    accusation = next(e for e in article(coder, body) if e.cameo_code.startswith("11"))
    assert accusation.source is not None
    assert accusation.source.code == "PRYOPP"


def test_a_lawmaker_of_the_ruling_party_stays_a_lawmaker(coder: Coder) -> None:
    body = (
        "ASUNCION, Paraguay (AP) - Rep. Jorge Silva of the ruling Colorado Party accused the "
        "opposition of blocking the budget."
    )
    accusation = next(e for e in article(coder, body) if e.cameo_code.startswith("11"))
    assert accusation.source is not None
    assert accusation.source.code != "PRYOPP"


_SPEAKING_STATE = (
    "BAMAKO, Mali (AP) - France said on Monday it would keep troops in the region.\n\n"
    "Militants attacked an army post near Mopti, killing four soldiers.\n\n"
    "French officials said France had not been asked to help.\n\n"
    "France has no troops left there."
)


def test_militants_keep_the_dateline_when_the_other_state_only_speaks(coder: Coder) -> None:
    attack = next(e for e in article(coder, _SPEAKING_STATE) if e.sentence_index == 1)
    assert country(attack.source) == "MLI"


def test_militants_take_the_story_country_where_it_is_set(coder: Coder) -> None:
    # near miss: a report filed from a neighbour's capital on a war set in another country
    body = (
        "NAIROBI, Kenya (AP) - Somalia's president said on Monday the war would end soon.\n\n"
        "Militants attacked an army base in Mogadishu, killing four soldiers.\n\n"
        "Somalia's army said it killed 20 militants.\n\n"
        "Somalia has asked for more help."
    )
    attack = next(e for e in article(coder, body) if e.sentence_index == 1)
    assert country(attack.source) == "SOM"


def _sanction(coder: Coder, body: str) -> float:
    found = [e for e in article(coder, body) if e.cameo_code.startswith("16")]
    assert found
    return found[-1].confidence


def test_a_speaker_saying_it_did_is_no_guessed_reference(coder: Coder) -> None:
    # 0.72 before: "it" scored as a reference guessed from the article
    own = _sanction(
        coder,
        "MANAGUA, Nicaragua (AP) - Nicaragua said on Tuesday it had expelled the Brazilian "
        "ambassador.",
    )
    assert own >= 0.9


def test_a_speaker_saying_it_would_keeps_the_doubt_of_a_plan(coder: Coder) -> None:
    from tensionwatch.domain.clauses import Layout
    from tensionwatch.domain.confidence import _own_speaker
    from tensionwatch.domain.context import Mention
    from tensionwatch.domain.references import make_actor

    def layout(words: list[str], country: str = "NIC") -> Layout:
        starts, at = [], 0
        for word in words:
            starts.append(at)
            at += len(word) + 1
        nic = make_actor("Nicaragua", "NIC", "NIC", None)
        pronoun = make_actor("it", country, country, None)
        it = words.index("it")
        mentions = [
            Mention(0, 9, nic, "country"),
            Mention(starts[it], starts[it] + 2, pronoun, "pronoun", True),
        ]
        return Layout(words, starts, mentions)

    assert _own_speaker(layout(["nicaragua", "said", "it", "had", "expelled", "him"]), 1)
    assert not _own_speaker(layout(["nicaragua", "said", "it", "would", "expel", "him"]), 1)
    # "it" taken for another state than the speaker: a reference still
    assert not _own_speaker(layout(["nicaragua", "said", "it", "had", "left"], "BRA"), 1)


def test_shooting_before_arrests_by_the_same_police_comes_first(coder: Coder) -> None:
    body = "QUITO, Ecuador (AP) - Police shot dead a protester and arrested 12 others."
    found = article(coder, body)
    assert found[0].plover_type == "ASSAULT"


def test_a_storming_to_make_an_arrest_leaves_the_arrest_first(coder: Coder) -> None:
    # near miss: how the arrest was made is no act of force of its own
    body = "QUITO, Ecuador (AP) - Soldiers stormed the building and detained the rebel leader."
    found = article(coder, body)
    assert found[0].cameo_code == "173"


def test_an_arrest_before_the_shooting_stays_first(coder: Coder) -> None:
    # near miss: the first act is the arrest
    body = (
        "QUITO, Ecuador (AP) - Police arrested 12 protesters and later shot dead a man who "
        "tried to flee."
    )
    found = article(coder, body)
    assert found[0].cameo_code == "173"


def test_a_named_party_ending_in_s_before_a_compound_attack_is_its_attacker(
    coder: Coder,
) -> None:
    body = "JERUSALEM (AP) - Two soldiers were killed in a Hamas drone attack on Sunday."
    attack = article(coder, body)[0]
    assert country(attack.source) == "PSE"
    assert country(attack.target) == "ISR"


def test_a_plural_subject_before_a_verb_stays_a_verb() -> None:
    from tensionwatch.domain.existence import is_noun

    # near miss: "a town whose rebels attack at night" -- a plain plural, not a name
    words = "it is a town whose rebels attack at night".split()
    assert not is_noun(words, 6, False, frozenset())
    words = "killed in a Hamas drone attack".split()
    assert is_noun(words, 5, False, frozenset({3}))


def test_journalists_beaten_by_police_are_the_media(coder: Coder) -> None:
    body = (
        "CARACAS, Venezuela (AP) - Police detained an opposition leader on Tuesday.\n\n"
        "Police beat two journalists outside the court."
    )
    beating = next(e for e in article(coder, body) if e.cameo_code == "182")
    assert beating.target is not None
    assert beating.target.code == "VENMED"


def test_protesters_beaten_by_police_stay_civilians(coder: Coder) -> None:
    # near miss: people who are not the media
    body = (
        "CARACAS, Venezuela (AP) - Police detained an opposition leader on Tuesday.\n\n"
        "Police beat two protesters outside the court."
    )
    beating = next(e for e in article(coder, body) if e.cameo_code == "182")
    assert beating.target is not None
    assert beating.target.code == "VENCVL"
