"""Parties, round 31: the victims of an attack told as what they suffered in ("four traders
were killed in a roadside truck bombing", "two soldiers were wounded in a militant attack") are
its target, never its source, also with plain words or a party's name between "in a" and the
act's noun; such an attack implies an attacker, so it keeps its confidence in agency copy and
the attacker the sentence before named carries on. After "a" and up to three modifying words,
a trigger in its plain form is a noun ("a militant attack", "a rebel ambush"), as no singular
subject takes a verb in that form. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    article,
    coded_as,
    country,
    evaluation_coder,
    events,
    in_sentence,
    of_type,
    recommended_coder,
)

coder = evaluation_coder
recommended = recommended_coder


def test_victims_of_a_suicide_car_bombing_are_its_target(coder: Coder) -> None:
    found = events(
        coder,
        "At least four Kenyan civilians have been killed in a suicide car bomb attack near "
        "Garissa, police said.",
    )
    event = of_type(found, "ASSAULT")
    assert event.target is not None and event.target.code == "KENCVL"
    assert coded_as([event]) == [("ASSAULT", "1832", None, "KENCVL")]


def test_victims_of_a_militant_attack_are_no_source(coder: Coder) -> None:
    found = events(coder, "Four Indian soldiers were killed in a militant attack in Kashmir.")
    event = of_type(found, "ASSAULT")
    assert event.target is not None and event.target.code == "INDMIL"
    # Coded today but wrong or doubtful by the guide (round 49), so this side is not pinned:
    # 'a militant attack' is coded with no source (the militants, REB, may be wanted).
    assert event.source is None or event.source.sector != "MIL"


def test_a_named_group_before_the_attack_is_its_source(coder: Coder) -> None:
    found = events(coder, "Two Israeli soldiers were killed in a Hamas attack.")
    event = of_type(found, "ASSAULT")
    assert country(event.source) == "PSE"
    assert event.target is not None and event.target.code == "ISRMIL"


def test_an_adjective_before_shelling_of_a_place_keeps_the_place(coder: Coder) -> None:
    # near miss: victims of no country, the place shelled names the target
    event = of_type(events(coder, "Nine people died in Russian shelling of Kherson."), "ASSAULT")
    assert country(event.source) == "RUS"
    assert country(event.target) == "UKR"


def test_the_attacker_named_before_goes_on(coder: Coder) -> None:
    body = (
        "MAIDUGURI, Nigeria (AP) - Boko Haram fighters attacked a military base in "
        "northeastern Nigeria on Sunday, the army said. "
        "Two Nigerian soldiers were wounded in a roadside bombing near the base."
    )
    event = in_sentence(coder, body, 1, "ASSAULT")
    assert event.source is not None and event.source.sector == "REB"
    assert event.target is not None and event.target.code == "NGAMIL"


def test_an_agentless_bombing_in_agency_copy_keeps_its_event(recommended: Coder) -> None:
    body = (
        "MAIDUGURI, Nigeria (AP) - Two Nigerian soldiers were wounded in a roadside bombing in "
        "Borno state on Sunday, the army said."
    )
    found = [e for e in article(recommended, body) if e.plover_type == "ASSAULT"]
    assert found and found[0].target is not None and found[0].target.code == "NGAMIL"


def test_a_singular_subject_keeps_its_verb(coder: Coder) -> None:
    # near miss: "a gunman attacked" is a subject and its verb, not a noun phrase
    found = events(coder, "A gunman attacked a police post in Peshawar on Friday.")
    event = of_type(found, "ASSAULT")
    # insurgents are written REB in the event (labelling guide section 2; round 43, sector43)
    assert event.source is not None and event.source.sector == "REB"
    assert event.target is not None and event.target.sector == "COP"


def test_a_plural_subject_keeps_its_verb(coder: Coder) -> None:
    found = events(coder, "A dozen rebels attack army posts in Kivu every week, residents said.")
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a weekly habit ('attack ... every week') is coded an attack.
    assert all(e.source is None or e.source.sector != "MIL" for e in found)
