"""Round 54 (roles54w): parties of threats in agency copy, by the mechanism that owns them.
Sentences written for these tests (none copied from a labelled set)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, feed_floor_coder

coder = feed_floor_coder

SEIZURE = (
    "BUENOS AIRES (Reuters) - Argentina's coast guard seized two Chilean fishing boats on Monday. "
)
EXPULSION = "ANKARA (Reuters) - Turkey expelled four Greek diplomats on Monday. "
DRILLS = "TOKYO (Reuters) - Japanese destroyers held drills near the Korean coast on Monday. "


def _threats(
    found: list[TensionEvent], index: int = 1, root: str = "13"
) -> list[tuple[str | None, str | None]]:
    """(source country, target country) of each threat (13, or `root`) of sentence `index`."""
    return [
        (
            event.source.country if event.source else None,
            event.target.country if event.target else None,
        )
        for event in found
        if event.sentence_index == index and event.cameo_root == root
    ]


# `roles._own_holding`: a possessive that owns the source's own ground or standing, or follows a
# verb of guarding, names no object of the act; a threat with no other object is aimed at the
# story's other side (docs/labelling.md section 2: the target is the one the act is aimed at).


def test_a_threat_not_to_tolerate_incursions_into_its_own_waters_is_aimed_at_the_other_side(
    coder: Coder,
) -> None:
    body = SEIZURE + (
        "Chile's defence minister said the country would not tolerate incursions into its waters."
    )
    assert _threats(article(coder, body)) == [("CHL", "ARG")]


def test_a_threat_to_guard_its_own_people_is_aimed_at_the_other_side(coder: Coder) -> None:
    body = EXPULSION + (
        "The Greek foreign ministry said Greece would take all appropriate measures to protect "
        "its staff."
    )
    assert _threats(article(coder, body)) == [("GRC", "TUR")]


def test_a_possessive_right_after_the_threat_still_names_its_object(coder: Coder) -> None:
    # near miss: "its critics" is whom the warning is aimed at, only not a coded party
    body = SEIZURE + (
        "Chile's foreign minister threatened its critics in the fishing industry with lawsuits."
    )
    assert _threats(article(coder, body)) in ([], [("CHL", None)])


# `targets._carrier`: the medium that carries or broadcasts the words ("carried by", "broadcast
# by") is no party the act is aimed at.


def test_the_agency_that_carries_a_warning_is_not_its_target(coder: Coder) -> None:
    body = DRILLS + (
        "Kim Yo Jong warned in a statement carried by state media KCNA that Tokyo would regret "
        "its provocation."
    )
    assert _threats(article(coder, body)) == [("PRK", "JPN")]


def test_the_agency_that_broadcasts_a_threat_is_not_its_target(coder: Coder) -> None:
    body = DRILLS + (
        "A North Korean general threatened in remarks broadcast by the state news agency KCNA "
        "that Japan would be punished."
    )
    assert _threats(article(coder, body)) == [("PRK", "JPN")]


def test_the_agency_that_publishes_a_vow_is_not_its_target(coder: Coder) -> None:
    body = DRILLS + (
        "A North Korean general vowed in an article published by the official KCNA that the "
        "United States would pay."
    )
    found = article(coder, body)
    assert [
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in found
        if e.sentence_index == 1
    ] == [("PRK", "USA")]


def test_a_party_after_by_with_no_verb_of_carrying_stays_the_target(coder: Coder) -> None:
    # near miss: "staged by" names the maker of what is condemned
    body = DRILLS + "North Korea condemned the drills staged by Japan and the United States."
    assert _threats(article(coder, body), root="11") == [("PRK", "JPN")]


# `targets._trailing_warner`: a threat told first, its speaker after it with a verb of warning
# (not "said", which the reporting frame reads): the speaker is no one the threat is aimed at.


def test_a_speaker_who_warned_after_the_threat_is_not_its_target(coder: Coder) -> None:
    body = EXPULSION + (
        "Athens would respond in kind, a spokesman for the Greek foreign ministry warned in "
        "comments to state television."
    )
    assert _threats(article(coder, body)) == [("GRC", "TUR")]


def test_a_speaker_who_has_warned_after_the_threat_is_not_its_target(coder: Coder) -> None:
    body = EXPULSION + "Athens will retaliate, the Greek foreign ministry has warned."
    assert ("GRC", "GRC") not in _threats(article(coder, body))
    assert ("GRC", "TUR") in _threats(article(coder, body))


def test_a_party_that_threatened_to_act_after_a_comma_is_not_a_trailing_speaker(
    coder: Coder,
) -> None:
    # near miss: "the bloc threatened to ..." is its own act, with its own roles
    body = (
        "BAMAKO (Reuters) - Mali's army seized power on Monday. The African Union condemned the "
        "coup, and the West African bloc threatened to impose sanctions on the junta."
    )
    found = article(coder, body)
    assert _threats(found, root="11") == [(None, "MLI")]
    assert _threats(found) == [(None, "MLI")]


# `roles._freed_people`: persons freed (0841) named by a common noun with no country word are of
# the freeing side's own country, whoever frees them; soldiers and police are its forces
# (docs/labelling.md section 2: the target of a release is the one released).

AMBUSH = "BOGOTA (Reuters) - Guerrillas ambushed an army convoy in Arauca on Monday. "


def _releases(
    found: list[TensionEvent], index: int = 1
) -> list[tuple[str | None, str | None, str | None]]:
    """(source country, target country, target sector) of each release (0841) of sentence
    `index`."""
    return [
        (
            event.source.country if event.source else None,
            event.target.country if event.target else None,
            event.target.sector if event.target else None,
        )
        for event in found
        if event.sentence_index == index and event.cameo_code == "0841"
    ]


def test_soldiers_freed_by_guerrillas_are_the_country_s_forces(coder: Coder) -> None:
    body = AMBUSH + (
        "On Thursday the guerrillas freed three soldiers they had captured, the defence ministry "
        "said."
    )
    assert _releases(article(coder, body)) == [("COL", "COL", "MIL")]


def test_activists_whose_release_a_court_ordered_are_the_country_s_people(coder: Coder) -> None:
    body = (
        "LISBON (Reuters) - Spain and Portugal signed a water treaty on Monday, Spain's foreign "
        "ministry said. Separately, a "
        "Portuguese judge ordered the release of six activists arrested at a sit-in in May."
    )
    assert _releases(article(coder, body)) == [("PRT", "PRT", "CVL")]


def test_freed_soldiers_with_a_country_word_keep_their_country(
    coder: Coder,
) -> None:
    # near miss: freed people with a country word of their own keep it
    body = AMBUSH + "The guerrillas freed two Venezuelan soldiers on Thursday, the army said."
    assert _releases(article(coder, body)) == [("COL", "VEN", "MIL")]
