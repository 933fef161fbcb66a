"""Round 53 (miss53w): acts of relevant agency sentences the coder gave nothing for, by the stage
that dropped them. A party given a quoted name by a naming verb ("called the rights groups "the
lawyers of the gangs"") had no trigger: the lexicon's naming lines list the verdicts they know,
and the name is any words. A threat told "on state television" took the broadcaster for its
target, and one whose words ended on its content's plural subject before "would" ("warned that
striking teachers would ...") was set aside as that plural's plan. Each form here, with near
misses that must stay as they were. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, recommended_coder, second_events

coder = recommended_coder

LEAD = (
    "ACCRA, March 9 (Reuters) - Floods cut the main road between Accra and Kumasi on Sunday, "
    "officials said. "
)


def _second(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of each event of `text` after `LEAD`."""
    return [
        (e.cameo_code, country(e.source), country(e.target))
        for e in second_events(coder, text, LEAD)
    ]


# --- a party given a quoted name is criticised (acts._quoted_epithets, 111) ---


def test_a_government_labelled_with_a_quoted_name_is_criticised(coder: Coder) -> None:
    """A naming verb, a party by a common noun, a quoted name in double quotes."""
    assert _second(
        coder,
        "Speaking in Kampala, Uganda's defence minister labelled the Kenyan government "
        '"a nest of saboteurs".',
    ) == [("111", "UGA", "KEN")]


def test_a_person_called_a_name_in_single_quotes_is_criticised(coder: Coder) -> None:
    """The party by its name, the name in single quotes (no token of the tokenizer)."""
    assert _second(
        coder,
        "Bolivia's interior minister called Evo Morales 'the gravedigger of the economy' in a "
        "radio interview.",
    ) == [("111", "BOL", "BOL")]


def test_a_participle_naming_is_criticism(coder: Coder) -> None:
    """ "issued a statement dubbing the rebel commanders ...": the participle's naming."""
    assert [
        code
        for code, _source, _target in _second(
            coder,
            "Ghana's ruling party issued a statement on Tuesday dubbing the rebel commanders "
            '"the hyenas of the north".',
        )
    ] == ["111"]


def test_a_naming_after_a_relative_clause_is_criticism(coder: Coder) -> None:
    """The subject's relative clause between it and "called"; the source is the subject."""
    found = _second(
        coder,
        "Nicaragua's president, who spoke at a rally in Managua on Friday, called the exiled "
        'journalists "hired pens of Washington".',
    )
    assert [(code, source) for code, source, _target in found] == [("111", "NIC")]


# --- near misses ---


def test_a_deal_given_a_quoted_name_is_no_criticism(coder: Coder) -> None:
    """A thing named, no party: no 111."""
    assert "111" not in [
        code
        for code, _s, _t in _second(
            coder,
            "Peru's president called the agreement \"the most important step in our relations "
            'with Chile".',
        )
    ]


def test_praise_in_quotes_is_no_criticism(coder: Coder) -> None:
    """A party named a friend is praised, not criticised."""
    assert (
        _second(
            coder,
            "Indonesia's president called Malaysia's prime minister "
            '"a true friend of our people".',
        )
        == []
    )


def test_a_name_told_in_the_passive_is_no_criticism(coder: Coder) -> None:
    """ "was dubbed ...": what a person is known as, no act."""
    assert (
        _second(coder, 'Senegal\'s former leader was dubbed "the old hyena" by his rivals.') == []
    )


def test_a_group_called_by_its_name_is_no_criticism(coder: Coder) -> None:
    """ "a movement called "..."": the quote is the name itself."""
    assert "111" not in [
        code
        for code, _s, _t in _second(
            coder, 'A movement called "Free Papua Now" organised the march.'
        )
    ]


def test_what_a_state_called_an_act_stays_one_criticism(coder: Coder) -> None:
    """ "condemned what it called Uganda's ...": the possessive names the act; one event."""
    assert _second(
        coder, 'Kenya condemned what it called Uganda\'s "systematic sabotage" of the pipeline.'
    ) == [("111", "KEN", "UGA")]


# --- a broadcaster heard on is no party (clauses.Layout._broadcast_medium) ---


def test_a_threat_made_on_state_television_targets_the_threatened(coder: Coder) -> None:
    """ "threatened on state television that Malabo would cut ties with Spain": the
    broadcaster is where the threat was heard; the target is the state threatened."""
    assert _second(
        coder,
        "Equatorial Guinea's vice-president threatened on state television that Malabo would "
        "cut ties with Spain.",
    ) == [("1313", "GNQ", "ESP")]


def test_a_warning_on_state_television_has_no_media_target(coder: Coder) -> None:
    """ "warned on state television on Monday that the strike was illegal": no MED party."""
    found = second_events(
        coder,
        "Zimbabwe's health minister warned on state television on Monday that the strike was "
        "illegal.",
        LEAD,
    )
    assert [(e.cameo_code, country(e.source)) for e in found][:1] == [("130", "ZWE")]
    assert all(e.target is None or e.target.sector != "MED" for e in found)


def test_sanctions_on_a_state_broadcaster_still_target_it(coder: Coder) -> None:
    """Near miss: "imposed sanctions on Belarus's state television": no word of telling before
    "on"; the broadcaster is the target."""
    found = second_events(
        coder, "The European Union imposed sanctions on Belarus's state television on Monday.", LEAD
    )
    assert [(e.cameo_code, country(e.target), e.target and e.target.sector) for e in found] == [
        ("163", "BLR", "MED")
    ]


# --- a threat's content is no plan (relevance._announced_plan) ---


def test_strikers_warned_they_would_be_dismissed_is_a_threat(coder: Coder) -> None:
    """ "warned that striking doctors would be dismissed": the lexicon's threat ends on the
    plural its content opens with; "would" after it is the threat's, no plan of the doctors."""
    assert [
        (code, source)
        for code, source, _t in _second(
            coder,
            "Chad's health minister warned that striking doctors would be dismissed if they stayed "
            "away.",
        )
    ] == [("133", "TCD")]


def test_a_threat_on_air_with_its_content_is_coded(coder: Coder) -> None:
    """Both: the threat told on national television, its content "striking nurses would"."""
    assert [
        (code, source)
        for code, source, _t in _second(
            coder,
            "Zimbabwe's health minister warned on national television that striking nurses would "
            "lose their jobs.",
        )
    ] == [("133", "ZWE")]


def test_patrols_that_would_visit_stay_a_plan(coder: Coder) -> None:
    """Near miss: "its patrols would visit the area": a deed the plural names, still a plan."""
    assert (
        _second(
            coder, "The mission said its patrols would visit the border area to monitor the truce."
        )
        == []
    )


def test_a_long_description_in_quotes_is_no_criticism(coder: Coder) -> None:
    """A ministry quoting what a body is, in a quotation that runs on, names it; no criticism
    (lead's mend of the rule above: an epithet is a few words, closed)."""
    assert (
        _second(
            coder,
            "The Foreign Ministry called Gulfnet 'a shared broadband network meant to give the "
            "member states of the Gulfnet consortium fast and secure links for their public "
            "services.",
        )
        == []
    )


def test_a_long_closed_epithet_still_counts(coder: Coder) -> None:
    """Ten words quoted and closed are still a name given (a near miss of the mend)."""
    assert _second(
        coder,
        "Kenya's interior minister called the Kenyan opposition leader "
        '"the head of a gang ready to sell the country".',
    ) == [("111", "KEN", "KEN")]
