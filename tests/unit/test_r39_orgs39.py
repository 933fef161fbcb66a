"""Round 39, organisations the actor index read wrong (orgs39), tested on sentences written
for them.

- A body of the United Nations listed once in `data/actors.tsv` under one spelling ("UN
  Support Mission in Libya") also matches under the other two copy uses ("U.N. ...",
  "United Nations ..."; `actor_data._un_spellings`). Read as "U.N." and an unknown name, the
  name's word could be taken for a person the article named before ("Support" after "the
  Stability Support Apparatus"), of the story's country.
- "The African Union's Peace and Security Council" is the AU's organ, not the U.N. Security
  Council its last words name; the U.N.'s keeps its code.
- The U.N. human rights office and the Office of the High Commissioner are the human rights
  body (IGOUNOHRC) in every spelling, still of no country (its chief, a person, stays the
  U.N.'s: test_r35_parties22).
- Gangs and cartels are parties (`data/agents.tsv`: sector CRM, as the labelling guide's
  section 2 codes them), of the story's country as insurgents are, and political sides
  (`relevance.POLITICAL_SECTORS`): "Gangs set fire to two buses" has its source, "arrested 30
  suspected gang members" its target. A bare "gang" or "cartel" before a noun ("gang
  violence", "cartel violence") names no party.
- "the peacekeepers" after "United Nations peacekeepers" are the U.N.'s (the described heads of
  `references._described_bodies`), not troops of the story's country; after "Russian
  peacekeepers" they stay what they were.
"""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    actor_index,
    codes,
    dyad_in,
    evaluation_coder,
    first_dyad,
    in_sentence,
)

coder = evaluation_coder
index = actor_index

DAY = date(2025, 6, 2)


def test_a_un_mission_is_one_actor_in_each_spelling(index: ActorIndex) -> None:
    for un in ("UN", "U.N.", "United Nations"):
        text = f"Later the {un} Mission in South Sudan condemned the attack on its base."
        assert codes(index, text, DAY) == {f"{un} Mission in South Sudan": "IGOUNO"}
    text = "The United Nations Mission in South Sudan condemned the attack."
    assert codes(index, text, DAY) == {"The United Nations Mission in South Sudan": "IGOUNO"}


def test_a_un_mission_is_not_a_word_of_a_name_the_article_gave_before(coder: Coder) -> None:
    body = (
        "KABUL, June 2 (Reuters) - Taliban fighters clashed overnight with gunmen of the Border "
        "Assistance Apparatus in the east of the country, residents said. "
        "The U.N. Assistance Mission in Afghanistan called on all sides to stop the fighting."
    )
    event = in_sentence(coder, body, 1, "REQUEST")
    assert event.source is not None
    assert event.source.code == "IGOUNO"
    assert event.source.country is None


def test_the_au_peace_and_security_council_is_the_african_unions(index: ActorIndex) -> None:
    text = "The African Union's Peace and Security Council met over the coup in Niamey."
    assert codes(index, text, DAY)["Peace and Security Council"] == "IGOAFRAFU"


def test_the_un_security_council_keeps_its_code(index: ActorIndex) -> None:
    for text in (
        "The U.N. Security Council deplored the shelling of the port.",
        "The Security Council met behind closed doors on Monday.",
    ):
        assert "IGOUNO" in codes(index, text, DAY).values()
        assert "IGOAFRAFU" not in codes(index, text, DAY).values()


def test_the_un_human_rights_office_in_each_spelling(index: ActorIndex) -> None:
    for text in (
        "The U.N. human rights office said Malawi should let the two editors go home.",
        "The Office of the United Nations High Commissioner for Human Rights spoke on Friday.",
    ):
        assert "IGOUNOHRC" in codes(index, text, DAY).values(), text


def test_an_appeal_of_the_rights_office_keeps_its_target(coder: Coder) -> None:
    text = "In Geneva the U.N. human rights office called on Zambia to free two jailed editors."
    assert first_dyad(coder, text) == ("REQUEST", "025", None, "ZMB")


def test_a_un_body_named_with_un_alone_keeps_its_dyad(coder: Coder) -> None:
    body = (
        "JUBA, June 2 (Reuters) - Gunmen attacked a U.N. base in Jonglei state on Sunday, the "
        "army said. The U.N. Mission in South Sudan condemned the attack."
    )
    assert dyad_in(coder, body, 1, "ACCUSE")[0] is None


GANG_LEAD = "TEGUCIGALPA, June 2 (Reuters) - "


def test_gangs_are_a_party_of_the_story(coder: Coder) -> None:
    body = GANG_LEAD + "Gangs set fire to two buses and shot at a police patrol, police said."
    event = in_sentence(coder, body, 0, "ASSAULT")
    assert event.source is not None
    assert (event.source.country, event.source.sector) == ("HND", "CRM")


def test_gang_members_arrested_are_the_target(coder: Coder) -> None:
    body = GANG_LEAD + (
        "Troops detained dozens of gang members during overnight searches of homes in San Pedro "
        "Sula."
    )
    event = in_sentence(coder, body, 0, "COERCE")
    assert event.target is not None
    assert (event.target.country, event.target.sector) == ("HND", "CRM")


def test_cartel_violence_names_no_party(coder: Coder) -> None:
    body = (
        "MEXICO CITY (Reuters) - Mexico's army sent 2,000 troops to Zacatecas on Sunday after "
        "weeks of cartel violence."
    )
    event = in_sentence(coder, body, 0, "MOBILIZE")
    assert event.target is None


def test_the_peacekeepers_after_un_peacekeepers_are_the_uns(coder: Coder) -> None:
    body = (
        "JUBA, June 2 (Reuters) - Soldiers fired on United Nations peacekeepers guarding a camp "
        "near Malakal on Sunday, the U.N. said. The governor of Upper Nile state accused the "
        "peacekeepers of sheltering armed youths in the camp."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.target is not None
    assert event.target.code.startswith("IGOUNO")


def test_the_peacekeepers_after_national_peacekeepers_are_not_the_uns(coder: Coder) -> None:
    body = (
        "YEREVAN, June 2 (Reuters) - Russian peacekeepers withdrew from two posts near the "
        "border on Sunday, Armenia's defence ministry said. Armenia's prime minister accused the "
        "peacekeepers of failing to protect the villages."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.target is not None
    assert (event.target.code, event.target.country) == ("RUSMIL", "RUS")
