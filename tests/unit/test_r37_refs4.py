"""Round 37, references (refs4), tested on sentences written for them.

- "Chinese Premier Li Qiang ... Li held talks with ...": a family name of two or three letters
  written first in a person's name (ending it with the given name) is remembered as the
  longer ones are (`context._SHORT_NAME`, `ArticleContext.short_names`) and read alone later
  (`references._SHORT_NAME_USED`); particles and titles ("Al", "De", "Te", "Gen"), a word
  before a lower-case one, and a short word opening a longer name later ("Te Kura Party")
  are none.
- "Slovenia's foreign ministry told Vienna that it would not allow ...": a pronoun opening
  what a party was told, informed or assured of is the teller's, the last fitting party
  before the telling verb, not the party told that stands between (`references._TOLD_THAT`,
  `references._teller`); "told reporters that it" and a pronoun with no telling verb before
  it keep their antecedents.
- "African Union Commission chairperson X spoke by phone with Y and Z. He urged ...": a "he"
  or "she" opening a sentence after one whose subject is a body and its office holder named
  right after it ("the body's office X") is that holder (`clauses.Layout.subject_person`,
  `ArticleContext.subject_person`), not the last person named, whom the holder spoke with.
- "President X convened a meeting ... His office said it had proposed talks": "it" or "they"
  right after "his / her office (government, administration, ministry, cabinet, spokesman)
  said" is the person the possessive stands for (`references._OWNER_SAID`), not the last
  state named; "Ghana's foreign ministry said it" stays the ministry.
"""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.context import _SHORT_NAME, ArticleContext
from tensionwatch.domain.references import resolve
from tests.unit.coding import actor_index, evaluation_coder, undated_in

coder = evaluation_coder
index = actor_index


def _pronouns(index: ActorIndex, text: str) -> dict[str, str]:
    context = ArticleContext()
    context.home = "SVN"
    mentions = resolve(text, index.find(text, date(2024, 5, 1)), context)
    return {text[m.start : m.end]: m.actor.code for m in mentions if m.kind == "pronoun"}


def test_it_after_told_a_capital_that_is_the_teller(index: ActorIndex) -> None:
    text = "Slovenia's foreign ministry told Vienna that it would not allow the convoy."
    assert _pronouns(index, text)["it"].startswith("SVN")


def test_it_after_informed_a_country_that_is_the_teller(index: ActorIndex) -> None:
    text = "The Slovenian government informed Austria that it would close the crossing."
    assert _pronouns(index, text)["it"].startswith("SVN")


def test_he_after_told_a_leader_that_is_the_teller(index: ActorIndex) -> None:
    text = (
        "Slovenian Prime Minister Robert Golob told Austrian Chancellor Karl Nehammer that he "
        "would not accept the checks."
    )
    assert _pronouns(index, text)["he"].startswith("SVN")


def test_it_after_told_reporters_stays_the_speaker(index: ActorIndex) -> None:
    text = "Slovenia's foreign ministry told reporters that it would not allow the convoy."
    assert _pronouns(index, text)["it"].startswith("SVN")


def test_it_with_no_telling_verb_is_still_the_last_state(index: ActorIndex) -> None:
    text = "Slovenia's foreign ministry protested after Austria said it would close the crossing."
    assert _pronouns(index, text)["it"].startswith("AUT")


def test_they_after_a_telling_verb_in_another_clause_is_not_moved(index: ActorIndex) -> None:
    text = "Slovenia told Austria on Monday, and Austrian officials said they would reply."
    assert _pronouns(index, text)["they"].startswith("AUT")


CALL_LEAD = "Ghana and Togo traded accusations over the border on Monday. "
CALL = (
    "African Union Commission chairperson {name} spoke by phone with Ghanaian President John "
    "Mahama and Togolese President Faure Gnassingbe on Tuesday. "
    "{pronoun} urged Mahama and Gnassingbe to resolve their differences through dialogue."
)


def _source(coder: Coder, body: str) -> str | None:
    found = undated_in(coder, body, 2)
    assert found, "the appeal keeps its event"
    return found[0].source.code if found[0].source else None


def test_he_after_a_body_and_its_office_holder_is_the_holder(coder: Coder) -> None:
    body = CALL_LEAD + CALL.format(name="Tomas Verholt", pronoun="He")
    assert _source(coder, body) == "IGOAFRAFU"


def test_she_after_a_body_and_its_office_holder_stays_the_holder(coder: Coder) -> None:
    body = CALL_LEAD + CALL.format(name="Maria Verholt", pronoun="She")
    assert _source(coder, body) == "IGOAFRAFU"


def test_he_after_a_body_that_met_a_person_stays_the_person(coder: Coder) -> None:
    # the person after the body and a verb is no office holder of the subject's
    body = CALL_LEAD + (
        "The African Union Commission sent envoys to Togolese President Faure Gnassingbe on "
        "Tuesday. He urged Ghana to reopen the border."
    )
    assert _source(coder, body) == "TGOGOV"


def _named_later(index: ActorIndex, first: str, second: str) -> dict[str, tuple[str, str]]:
    """The mentions of `second` (word: code, kind) after `first` was read in the same article."""
    context = ArticleContext()
    context.home = "LAO"
    day = date(2024, 5, 1)
    context.observe(resolve(first, index.find(first, day), context), None)
    mentions = resolve(second, index.find(second, day), context)
    return {second[m.start : m.end]: (m.actor.code, m.kind) for m in mentions}


VISIT = "Laos and China signed agreements during a visit to Vientiane by Chinese Premier {name}."


def test_a_two_letter_family_name_names_the_person_later(index: ActorIndex) -> None:
    found = _named_later(index, VISIT.format(name="Li Qiang"), "Li held talks with Laos.")
    assert found["Li"] == ("CHNGOV", "person")


def test_a_three_letter_family_name_names_the_person_later(index: ActorIndex) -> None:
    found = _named_later(index, VISIT.format(name="Lee Kun-woo"), "Lee's visit angered Hanoi.")
    assert found["Lee"] == ("CHNGOV", "person")


def test_a_short_word_before_a_lower_case_word_is_no_family_name() -> None:
    assert _SHORT_NAME.findall("Ka Nam Front lawmaker Bounma Vongsa") == []
    assert _SHORT_NAME.findall("Front lawmaker Ka Vongsa") == ["Ka"]


def test_a_particle_first_is_no_family_name(index: ActorIndex) -> None:
    first = VISIT.format(name="Al Hamdan")
    assert "Al" not in _named_later(index, first, "Al held talks with Laos.")


def test_a_short_name_inside_a_longer_name_stays_unread(index: ActorIndex) -> None:
    # "Te" of "Aroha Te Whata" is no surname of "Te Kura Party" named later
    first = "Protest organiser Aroha Te Whata said thousands would march on Rarotonga."
    assert "Te" not in _named_later(index, first, "Te Kura Party accused the government.")


OFFICE_LEAD = CALL_LEAD + (
    "Togolese President Faure Gnassingbe convened an emergency meeting on the closure by Ghana. "
)


def _third_dyads(coder: Coder, body: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in undated_in(coder, body, 2)
    ]


def test_it_after_his_office_said_is_the_persons(coder: Coder) -> None:
    body = OFFICE_LEAD + "His office said it had proposed talks with Accra to reopen the border."
    assert _third_dyads(coder, body)[0][0] == "TGOGOV"


def test_it_after_his_office_said_on_a_day_is_the_persons(coder: Coder) -> None:
    body = OFFICE_LEAD + (
        "His office said on Tuesday it had proposed talks with Accra to reopen the border."
    )
    assert _third_dyads(coder, body)[0][0] == "TGOGOV"


def test_it_after_a_named_ministry_said_stays_the_ministry(coder: Coder) -> None:
    body = OFFICE_LEAD + (
        "Ghana's foreign ministry said it had proposed talks with Togo to reopen the border."
    )
    assert _third_dyads(coder, body)[0][0] == "GHAGOV"
