"""Round 62 (roles62): sources - a name read as a verb, a possessive, a delegation's head.

- "Interior Minister Ahmed Said Bakari accused ...": a saying verb's form inside a titled
  person's name is a word of the name, and "Park" before a given name is a surname; the title
  has its holder and the act its source.
- "Chile's Mining and Energy Ministry rejected ...": a body after a state's possessive whose
  capitalised name joins two words with "and" is that state's, not the article's home state.
- "The Catholic Bishops Conference of Fiji and Tonga": the bishops' body without the
  apostrophe; the Melanesian Spearhead Group is an intergovernmental body.
- "The Indian delegation was headed by Deputy Foreign Minister X": the official leading a
  state's delegation is that state's, not the host's.
- "resume EU-mediated border talks with Azerbaijan": the mediator is no side of the talks.
- "X wrote to Y, urging him to ...", "X told lawmakers that Z had ..., accusing W of ...": a
  comma's participle of a demand or reproach is said by the sentence's opening subject."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, recommended_coder, sides_of

coder = recommended_coder


# "Said" between a title's given name and surname: the minister is the accuser
def test_said_inside_a_titled_name_is_the_name(coder: Coder) -> None:
    found = events(
        coder, "Interior Minister Ahmed Said Bakari accused Nairobi of sheltering the gunmen."
    )
    assert found
    assert found[0].source is not None
    assert found[0].source.text.endswith("Said Bakari")


# "Park" before a given name is the title holder's surname, not a park's name
def test_park_after_a_title_is_a_surname(coder: Coder) -> None:
    found = events(coder, "Trade Minister Park Min-jun urged Tokyo to lift the export curbs.")
    assert found
    assert found[0].source is not None
    assert found[0].source.text == "Trade Minister Park Min-jun"


# the state's possessive before "Mining and Energy Ministry" owns the ministry
def test_possessive_before_a_body_named_with_and(coder: Coder) -> None:
    body = (
        "LA PAZ, June 2 (Reuters) - Bolivia demanded on Monday that Chile pay more for the "
        "water of the Silala springs. Chile's Mining and Energy Ministry rejected Bolivia's "
        "claim as unfounded."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert found
    assert sides_of(found[0])[0] == "CHL"


# "Bishops Conference" with no apostrophe is the religious body, of the first state named
def test_bishops_conference_without_apostrophe(coder: Coder) -> None:
    found = events(
        coder,
        "The Catholic Bishops Conference of Fiji and Tonga condemned the government over the "
        "arrests of pastors.",
    )
    assert found
    assert found[0].source is not None
    assert (found[0].source.country, found[0].source.sector) == ("FJI", "REL")


def test_melanesian_spearhead_group_is_an_igo(coder: Coder) -> None:
    found = events(
        coder, "The Melanesian Spearhead Group said it supported Fiji's bid to host the talks."
    )
    assert found
    assert found[0].source is not None
    assert found[0].source.sector == "IGO"


# the head of a visiting delegation is the delegation's state, not the host's
def test_delegation_head_takes_the_delegation_state(coder: Coder) -> None:
    body = (
        "THIMPHU, May 6 (Reuters) - Bhutan and India opened two days of talks on hydropower "
        "on Monday. The Indian delegation was headed by Deputy Foreign Minister Ravi Menon, "
        "who flew in on Sunday and was welcomed by Bhutanese Prime Minister Karma Dorji at the "
        "palace."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert found
    countries = [
        side.country
        for event in found
        for side in (event.source, event.target)
        if side is not None and "Menon" in side.text
    ]
    assert countries == ["IND"] * len(countries) and countries


# the mediator of the talks is no side of them: the talks' other side is the target
def test_mediator_of_talks_is_no_party(coder: Coder) -> None:
    found = events(
        coder, "Armenia agreed on Monday to resume EU-mediated border talks with Azerbaijan."
    )
    assert found
    assert sides_of(found[0]) == ("ARM", "AZE")


# the urging participle after "wrote to Y," is the writer's, not left with no source
def test_comma_participle_after_an_addressee_is_the_subjects(coder: Coder) -> None:
    found = events(
        coder,
        "Chief Minister Ravi Kumar wrote to Foreign Minister Anil Mehta, urging him to seek the "
        "release of the trawler crews.",
    )
    assert found
    assert found[0].source is not None
    assert found[0].source.text == "Chief Minister Ravi Kumar"


# the accusing participle after a reported "that" clause is the reporter's, not that clause's
def test_comma_participle_after_a_that_clause_is_the_subjects(coder: Coder) -> None:
    found = [
        e
        for e in events(
            coder,
            "Energy Minister Joyce Nakato told lawmakers that Tanzania had breached the pipeline "
            "treaty, accusing Dodoma of diverting the crude to its own port.",
        )
        if e.plover_type == "ACCUSE"
    ]
    assert found
    assert found[0].source is not None
    assert found[0].source.text == "Energy Minister Joyce Nakato"
