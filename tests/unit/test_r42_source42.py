"""Round 42, source42: a longer name that starts after a shorter one's leading "The" wins
(the actor index), so a reference back to it takes the longer name's country."""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    actor_index,
    article,
    coded_as,
    codes,
    events,
    first_dyad,
    recommended_coder,
)

coder = recommended_coder
index = actor_index
DAY = date(2024, 5, 15)


def test_longer_name_after_the_wins(index: ActorIndex) -> None:
    found = codes(index, "The Islamic Resistance in Iraq posted a statement on Monday.", DAY)
    assert found == {"Islamic Resistance in Iraq": "IRQREB"}


def test_the_form_alone_keeps_its_code(index: ActorIndex) -> None:
    found = codes(index, "The Islamic Resistance posted a statement on Monday.", DAY)
    assert found == {"The Islamic Resistance": "LBNREB"}


def test_pronoun_takes_the_longer_name(coder: Coder) -> None:
    found = events(
        coder,
        "The Islamic Resistance in Iraq said on Telegram that it had shelled an American airfield "
        "in Syria.",
    )
    assert found and found[0].source is not None
    assert found[0].source.country == "IRQ"


# A reporting verb that takes a thing ("has observed a ceasefire") or a participle's agent
# ("quoted by the state broadcaster") opens no reported clause: the subject before it stays
# the subject of the main verb after it.


def test_observed_a_thing_in_a_relative_keeps_the_subject(coder: Coder) -> None:
    text = (
        "Colombia, which has observed an arms embargo on the region for a decade, urged both "
        "governments to exercise restraint."
    )
    assert first_dyad(coder, text) == ("REQUEST", "0256", "COL", None)


def test_heard_a_thing_in_a_relative_keeps_the_subject(coder: Coder) -> None:
    text = "Ecuador, which heard the fishermen's appeal last year, urged Peru to release the crew."
    assert first_dyad(coder, text) == ("REQUEST", "0253", "ECU", "PER")


def test_observed_that_still_reports_a_clause(coder: Coder) -> None:
    text = "The Ecuadorian navy observed that Peruvian gunboats had fired on the trawler."
    assert first_dyad(coder, text) == ("ASSAULT", "190", "PER", None)


def test_official_quoted_by_an_agency_is_the_subject(coder: Coder) -> None:
    text = (
        "A Kenyan cabinet secretary quoted by the Daily Nation rejected the Ugandan accusations "
        "as lies."
    )
    assert first_dyad(coder, text) == ("REJECT", "016", "KEN", "UGA")


def test_quoted_as_saying_still_reports_a_clause(coder: Coder) -> None:
    text = "The daily quoted a Kenyan official as saying Ugandan troops had shelled the village."
    assert first_dyad(coder, text) == ("ASSAULT", "180", "UGA", None)


# A person named past the words a trigger takes ("a criminal investigation into opposition
# leader X": the pattern ends on "opposition") is the act's party, not a modifier: the article
# remembers the name, so a later bare surname is its source.
_PROBE = (
    "QUITO, March 4 (AP) - Ecuador's attorney general opened a criminal investigation into "
    "{object} on Monday over a leaked recording of a campaign meeting. Paredes urged her "
    "followers to fill the streets of Guayaquil and Cuenca on Friday."
)


def test_name_past_a_trigger_is_remembered(coder: Coder) -> None:
    found = article(coder, _PROBE.format(object="opposition leader Lucia Paredes"))
    calls = [event for event in found if event.cameo_code == "020"]
    assert calls and calls[0].source is not None
    assert (calls[0].source.text, calls[0].source.code) == ("Paredes", "ECUOPP")


def test_no_name_before_leaves_the_surname_unknown(coder: Coder) -> None:
    found = article(coder, _PROBE.format(object="the shooting of a journalist"))
    assert not [event for event in found if event.cameo_code == "020" and event.source]


# A bare body that owns what follows ("the junta's information team", "the army's press
# office") is the subject's owner, not a word modifying a noun ("military information").


def test_body_owning_an_office_is_the_source(coder: Coder) -> None:
    text = "The navy's information team denied the report."
    found = events(coder, text)
    assert found and found[0].source is not None
    assert found[0].source.sector == "MIL"


def test_office_of_a_government_is_the_source(coder: Coder) -> None:
    text = "The government's press office rejected the claims of a massacre."
    found = events(coder, text)
    assert found and found[0].source is not None
    assert found[0].source.sector == "GOV"


def test_bare_agent_word_before_information_stays_a_modifier(coder: Coder) -> None:
    text = "Navy information released on Tuesday rejected the claims of a massacre."
    found = events(coder, text)
    # Pinned to the part that is right by the guide (round 48's list):
    # the navy is the source; 'released' information frees no one.
    assert coded_as(found)[0][:2] == ("REJECT", "016")


# "The party" after an opposition politician named (no party named since) is that politician's
# party: the opposition of the article's country.
_PARTY_PROBE = (
    "ASUNCION, 2 June 2025 - Police in Paraguay detained {person} Tomas Benitez at a rally in "
    "Encarnacion on Sunday, his lawyer said. The party called the arrest a disgrace and an "
    "attack on democracy."
)


def test_the_party_after_an_opposition_leader_is_his(coder: Coder) -> None:
    found = article(coder, _PARTY_PROBE.format(person="opposition leader"))
    denounced = [event for event in found if event.sentence_index == 1]
    assert denounced and denounced[0].source is not None
    assert denounced[0].source.code == "PRYOPP"


def test_the_party_after_a_minister_stays_unknown(coder: Coder) -> None:
    found = article(coder, _PARTY_PROBE.format(person="Interior Minister"))
    assert not [event for event in found if event.sentence_index == 1 and event.source]
