"""Round 56 (roles56): wrong parties, traced to the stage that chose them.

An expulsion told in the passive from its subject ("two envoys were expelled", "the attache
... was given two days to leave"): the trigger starts on the diplomats' noun, the passive's
reading (`roles._expelled_roles`) makes them the target, and no agent in the sentence may
make them the maker as well (`roles.assign`'s fallback to the agent held in the trigger,
`_agent_in_trigger`, took the same mention, and `_roles` then dropped the target).
docs/labelling.md section 2: "Passives are turned round"; point 7 and section 3: expelling
diplomats is 16 (161), the expelled state the target. Near misses: an expulsion with its "by"
agent, a recall in the passive (the ambassador's own state's act), an agent that starts the
trigger in the active ("Ugandan soldiers opened fire"). Every sentence here was written for
these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, events_in, recommended_coder

coder = recommended_coder


def _first(coder: Coder, sentence: str) -> tuple[str, str | None, str | None]:
    """(CAMEO code, source country, target country) of the sentence's first event alone."""
    found = events(coder, sentence)
    assert found, sentence
    event = found[0]
    return (
        event.cameo_code,
        event.source.country if event.source is not None else None,
        event.target.country if event.target is not None else None,
    )


def test_envoys_expelled_in_the_passive_are_the_target(coder: Coder) -> None:
    assert _first(coder, "Two Libyan envoys were expelled on Monday.") == ("161", None, "LBY")


def test_a_consul_ordered_to_leave_in_the_present_perfect(coder: Coder) -> None:
    sentence = "A Belarusian consul in Gdansk has been ordered to leave within a week."
    assert _first(coder, sentence) == ("161", None, "BLR")


def test_a_diplomat_in_apposition_given_days_to_leave_after_the_expulsion(coder: Coder) -> None:
    body = (
        "HELSINKI, March 3 (Reuters) - Finland expelled a Kazakh diplomat on Tuesday over "
        "what its foreign ministry called espionage. The diplomat, a first secretary at the "
        "Kazakh embassy in Helsinki, was given three days to leave the country."
    )
    found = events_in(coder, body, 1)
    assert found
    event = found[0]
    assert event.cameo_code == "161"
    assert event.source is not None and event.source.country == "FIN"
    assert event.target is not None and event.target.country == "KAZ"


def test_near_miss_an_expulsion_with_its_agent(coder: Coder) -> None:
    sentence = "Three Chinese envoys were expelled by Canberra on Monday."
    assert _first(coder, sentence) == ("161", "AUS", "CHN")


def test_near_miss_a_recall_in_the_passive_stays_the_own_states_act(coder: Coder) -> None:
    sentence = "Egypt's ambassador has been recalled for consultations."
    assert _first(coder, sentence) == ("161", "EGY", None)


def test_near_miss_an_active_agent_at_the_start_of_the_trigger(coder: Coder) -> None:
    sentence = "Ugandan soldiers opened fire on Kenyan fishermen on Lake Victoria."
    assert _first(coder, sentence) == ("190", "UGA", "KEN")


# "the union" after a story that named people organised by a trade ("several hundred dairy
# farmers", "fishermen") is theirs: `ArticleContext._note_body` notes their country as
# `last_trade` for `references._unions`, as it did for a civic sector only (docs/labelling.md
# section 2: trade unions and their leaders take the story's country, `CVL`). Near miss:
# residents of a town are no trade, and "the union" after them stays no one's.


def _union_act(coder: Coder, body: str) -> tuple[str, str | None, str | None, str | None]:
    """(CAMEO code, source country, source sector, target country) of the second sentence's
    first event."""
    found = events_in(coder, body, 1)
    assert found, body
    event = found[0]
    source, target = event.source, event.target
    return (
        event.cameo_code,
        source.country if source is not None else None,
        source.sector if source is not None else None,
        target.country if target is not None else None,
    )


def test_the_union_of_farmers_demands_of_a_foreign_body(coder: Coder) -> None:
    body = (
        "Several hundred Irish dairy farmers drove their tractors into Dublin on Monday to "
        "protest against cuts to EU milk subsidies. The union has demanded that the European "
        "Commission drop the cuts before the summer."
    )
    assert _union_act(coder, body) == ("100", "IRL", "CVL", None)


def test_the_union_of_fishermen_appeals_to_another_state(coder: Coder) -> None:
    body = (
        "Fishermen in Senegal blocked the port of Dakar on Tuesday over foreign trawlers. "
        "The union called on China to pull its trawlers out of Senegalese waters."
    )
    assert _union_act(coder, body) == ("025", "SEN", "CVL", "CHN")


def test_the_unions_leaders_accuse_another_state(coder: Coder) -> None:
    body = (
        "Polish grain farmers blocked a border crossing on Monday. The union's leaders "
        "accused Ukraine of flooding the market with cheap wheat."
    )
    assert _union_act(coder, body) == ("112", "POL", "CVL", "UKR")


def test_the_union_of_fishermen_warns_another_state(coder: Coder) -> None:
    body = (
        "Fishermen in Ghana blocked the port of Tema on Tuesday over foreign trawlers. The "
        "union warned China that its members would board any trawler found inside the zone."
    )
    assert _union_act(coder, body) == ("130", "GHA", "CVL", "CHN")


def test_near_miss_residents_are_no_trade_for_the_union(coder: Coder) -> None:
    body = (
        "Residents of a Slovak town marched on Monday against a new road. The union has "
        "demanded that the European Commission halt the funding."
    )
    assert _union_act(coder, body)[1:3] == (None, None)


# "Among those detained was X" (roles._among_inverted): the one held is the party after the
# copula, also when a time phrase stands before the copula ("Among those detained on Saturday
# evening was") or when a name the index does not know comes first and the party is its
# apposition ("was Wanjiru Kamau-Otieno, a senator from the opposition"): docs/labelling.md
# section 2, the target of an arrest is the person arrested (the source the police of the
# story's country, as for "Among those detained was a former minister"). Near miss: a copula
# after a comma-set speaker ("Among those detained, the ministry said, was") is not read.

RALLY = "Police in {0} broke up an opposition rally in {1} on Saturday. "


def _held(coder: Coder, body: str) -> tuple[str, str | None, str | None, str | None]:
    """(CAMEO code, source sector, target country, target sector) of the second sentence's
    first event."""
    found = events_in(coder, body, 1)
    assert found, body
    event = found[0]
    source, target = event.source, event.target
    return (
        event.cameo_code,
        source.sector if source is not None else None,
        target.country if target is not None else None,
        target.sector if target is not None else None,
    )


def test_among_those_detained_after_a_time_phrase(coder: Coder) -> None:
    body = RALLY.format("Armenia", "Yerevan") + (
        "Among those detained on Saturday evening was opposition leader Arsen Petrosyan, "
        "his party said."
    )
    assert _held(coder, body) == ("173", "COP", "ARM", "OPP")


def test_among_those_arrested_an_unknown_name_with_its_apposition(coder: Coder) -> None:
    body = RALLY.format("Kenya", "Nairobi") + (
        "Among those arrested was Wanjiru Kamau-Otieno, a senator from the opposition ODM "
        "party, who was carried to a police van."
    )
    assert _held(coder, body) == ("173", "COP", "KEN", "LEG")


def test_among_those_held_in_the_plural_after_last_night(coder: Coder) -> None:
    body = RALLY.format("Peru", "Lima") + (
        "Among those held last night were two opposition lawmakers, their party said."
    )
    assert _held(coder, body) == ("173", "COP", "PER", "OPP")


def test_near_miss_the_copula_after_a_speaker_set_off_by_commas(coder: Coder) -> None:
    body = RALLY.format("Serbia", "Belgrade") + (
        "Among those detained, the ministry said, was a student leader."
    )
    assert _held(coder, body)[2] is None
