"""Round 50 (miss50w): acts of relevant agency sentences the coder gave nothing for, sorted by
the mechanism that dropped them and fixed by class, each in several forms with near misses
that must stay as they were. Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import Lexicon, compile_pattern, tokenize
from tests.unit.coding import country, recommended_coder, second_events

coder = recommended_coder

COURT_LEAD = (
    "NIAMEY, June 4 (Reuters) - Niger's junta extended a ban on political parties on Tuesday, "
    "state television said. "
)


def _second(
    coder: Coder, text: str, lead: str = COURT_LEAD
) -> list[tuple[str, str | None, str | None, str | None]]:
    """(CAMEO root, source country, source sector, target country) of each event of `text`
    after `lead`."""
    return [
        (e.cameo_root, country(e.source), e.source.sector if e.source else None, country(e.target))
        for e in second_events(coder, text, lead)
    ]


# --- a one-word tag in brackets is part of the name a gap reaches across (lexicon) ---


def test_gap_reaches_across_a_bracketed_tag() -> None:
    """A long gap steps over "(UNDP)" as over the name it tags, and counts it as one token:
    eleven words and the tag fill a gap of twelve."""
    lexicon = Lexicon(compile_pattern("sentenced ** to * years", "173", 0.65))
    text = (
        "The court sentenced the deputy leader of the small Union for National Democratic "
        "Progress (UNDP) to four years."
    )
    tokens = tokenize(text)
    found = [(m.first, m.last) for m in lexicon.find(tokens)]
    assert found == [(2, tokens.words.index("years"))]


def test_short_gap_reaches_across_a_bracketed_tag() -> None:
    lexicon = Lexicon(compile_pattern("expelled * diplomats", "161", 0.8))
    tokens = tokenize("Ghana expelled three Togolese (ECOWAS) diplomats.")
    assert [(m.first, m.last) for m in lexicon.find(tokens)] == [(1, 7)]


def test_gap_stops_at_a_longer_bracket() -> None:
    """Near miss: a bracket of more than one word is an aside a gap does not cross."""
    lexicon = Lexicon(compile_pattern("sentenced ** to * years", "173", 0.65))
    for text in (
        "The court sentenced the deputy (a former minister) to four years.",
        "The court sentenced the deputy (about 200 watched to the end), with years of delay.",
    ):
        assert lexicon.find(tokenize(text)) == [], text


def test_gap_stops_at_a_bracket_left_open() -> None:
    """Near miss: an opening bracket whose word is not closed right after it still stops."""
    lexicon = Lexicon(compile_pattern("sentenced ** to * years", "173", 0.65))
    assert lexicon.find(tokenize("The court sentenced the deputy (UNDP to four years.")) == []


def test_sentence_of_a_tagged_opposition_figure_is_coded(coder: Coder) -> None:
    """The sentence passed on an opposition figure whose party's acronym is in brackets."""
    text = (
        "A court in Niamey on Wednesday sentenced opposition lawmaker Moussa Tchangari Ide of the "
        "Movement for Democratic Renewal (MDR) to five years in prison for insulting the head of "
        "state."
    )
    assert _second(coder, text)[:1] == [("17", "NER", "JUD", "NER")]


def test_reported_sentence_of_a_tagged_figure_is_coded(coder: Coder) -> None:
    """Reported speech: the act the lawyer reports is the court's sentence (17)."""
    text = (
        "His lawyer said a Niamey court had sentenced former minister Ibrahim Yacouba of the "
        "Patriotic Movement for the Republic (MPR) to ten years on Monday."
    )
    assert [root for root, _, _, _ in _second(coder, text)][:1] == ["17"]


# --- people held by one side handed to another's officials are released (0841, lexicon) ---

BORDER_LEAD = (
    "DAKAR, Jan 9 (AFP) - Senegalese troops detained 14 Gambian herders on Sunday after their "
    "cattle crossed the border near Tambacounda, Senegal's army said. "
)


def test_herders_handed_to_officials_are_released(coder: Coder) -> None:
    text = "Senegalese authorities handed nine of the herders to Gambian officials on Tuesday."
    assert _second(coder, text, BORDER_LEAD)[:1] == [("08", "SEN", "GOV", "GMB")]


def test_herders_handed_over_are_released(coder: Coder) -> None:
    """The older "handed over" line with the people it lacked ("herders", "shepherds")."""
    text = "Senegal handed over the remaining shepherds at the Keur Ayip post on Wednesday."
    assert [root for root, _, _, _ in _second(coder, text, BORDER_LEAD)][:1] == ["08"]


def test_people_handed_back_in_the_perfect_are_released(coder: Coder) -> None:
    text = "The army has handed the 14 farmers back to the Gambian side, a spokesman said."
    assert [root for root, _, _, _ in _second(coder, text, BORDER_LEAD)][:1] == ["08"]


def test_people_handed_over_to_border_guards_are_released(coder: Coder) -> None:
    """Agentless passive: the act of the side that held them, given to the border guards."""
    text = (
        "The herders, all from the Central River region, were handed over to Gambian border "
        "guards at Keur Ayip on Thursday, the army said."
    )
    assert _second(coder, text, BORDER_LEAD)[:1] == [("08", "SEN", "MIL", "GMB")]


def test_handed_out_or_handed_power_is_no_release(coder: Coder) -> None:
    """Near misses: goods handed out to herders, and power handed to civilians, free no one."""
    food = "Senegalese soldiers handed out food and water to herders at the border post."
    assert "0841" not in [e.cameo_code for e in second_events(coder, food, BORDER_LEAD)]
    power = "The junta leader said he would hand power to civilians at the end of the year."
    assert "0841" not in [e.cameo_code for e in second_events(coder, power, BORDER_LEAD)]


def test_suspects_handed_over_to_police_are_no_release(coder: Coder) -> None:
    """Near miss: a custody passed on to the police (round 45's line) stays no release."""
    text = "The two suspects were handed over to police in Tambacounda on Friday."
    assert "0841" not in [e.cameo_code for e in second_events(coder, text, BORDER_LEAD)]


# --- a verdict of wrong with a comma-set aside between the act and its verb (lexicon) ---

DRILL_LEAD = (
    "ATHENS, Oct 2 (Reuters) - Turkey began naval exercises off the island of Rhodes on "
    "Wednesday, the Turkish defence ministry said. "
)


def _verdicts(coder: Coder, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [act for act in _second(coder, text, DRILL_LEAD) if act[0] == "11"]


def test_verdict_on_drills_past_a_participle_aside_accuses(coder: Coder) -> None:
    text = (
        "A Greek government spokesman said the exercises, announced by Ankara in a notice on "
        "Sunday, were a flagrant violation of international law."
    )
    assert _verdicts(coder, text)[:1] == [("11", "GRC", "GOV", "TUR")]


def test_verdict_on_a_seizure_past_a_relative_aside_accuses(coder: Coder) -> None:
    text = (
        "Greece's foreign minister said the seizure, which took place inside Greek waters, "
        "was illegal and provocative."
    )
    assert _verdicts(coder, text)[:1] == [("11", "GRC", "GOV", "TUR")]


def test_verdict_in_the_perfect_past_an_aside_accuses(coder: Coder) -> None:
    text = (
        "Greece's foreign ministry said the overflights, the third this month, had been a breach "
        "of Greek sovereignty."
    )
    assert [root for root, _, _, _ in _verdicts(coder, text)][:1] == ["11"]


def test_aside_then_a_plain_description_is_no_verdict(coder: Coder) -> None:
    """Near misses: the same shape with no verdict of wrong after the verb."""
    for text in (
        "Officials said the exercises, announced by Ankara on Sunday, were the largest in years.",
        "The attack, carried out by two gunmen on a motorbike, was over in minutes, police said.",
    ):
        assert _verdicts(coder, text) == [], text


# --- forces sent to a place or a task, in the active with police and in the passive (lexicon) ---

FRONTIER_LEAD = (
    "VIENTIANE, Feb 3 (AFP) - Laos accused Cambodian soldiers on Monday of building a road "
    "inside Lao territory near the border, state media said. "
)


def _deployed(coder: Coder, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [act for act in _second(coder, text, FRONTIER_LEAD) if act[0] == "15"]


def test_police_sent_to_reinforce_posts_are_a_deployment(coder: Coder) -> None:
    text = "Laos sent 200 police officers to reinforce checkpoints along the Mekong on Tuesday."
    assert [(root, src) for root, src, _, _ in _deployed(coder, text)][:1] == [("15", "LAO")]


def test_gendarmes_dispatched_to_guard_crossings_are_a_deployment(coder: Coder) -> None:
    text = "The interior ministry dispatched gendarmes to guard the two crossings, officials said."
    assert [(root, src) for root, src, _, _ in _deployed(coder, text)][:1] == [("15", "LAO")]


def test_troops_sent_to_the_area_in_the_passive_are_a_deployment(coder: Coder) -> None:
    text = (
        "State media said Lao soldiers from the northern military command had been sent to the "
        "area to protect the border, without saying how many."
    )
    assert [(root, src) for root, src, _, _ in _deployed(coder, text)][:1] == [("15", "LAO")]


def test_police_sent_to_the_border_in_the_passive_are_a_deployment(coder: Coder) -> None:
    text = "Riot police were sent to the border region on Wednesday, the ministry said."
    assert [root for root, _, _, _ in _deployed(coder, text)][:1] == ["15"]


def test_soldiers_sent_to_hospital_or_home_are_no_deployment(coder: Coder) -> None:
    """Near misses: soldiers sent to hospital, and police sent home, move no force."""
    for text in (
        "Three soldiers wounded in the incident were sent to a hospital in Pakse, the army said.",
        "The police officers who guarded the crossing were sent home for the holiday.",
    ):
        assert _deployed(coder, text) == [], text


# --- one incident's start before "when": the clause tells the news (existence, relevance) ---

PATROL_LEAD = (
    "DUSHANBE, Aug 5 (Reuters) - Two Tajik border guards were killed in a shootout on the "
    "frontier with Afghanistan on Monday, Tajikistan's security service said. "
)


def _force(coder: Coder, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [act for act in _second(coder, text, PATROL_LEAD) if act[0] in {"18", "19"}]


def test_shooting_began_when_guards_opened_fire_reports_the_fire(coder: Coder) -> None:
    text = (
        "The service said the shooting began when Afghan border guards opened fire on a Tajik "
        "patrol near the river."
    )
    assert [(root, src, tgt) for root, src, _, tgt in _force(coder, text)][:1] == [
        ("19", "AFG", "TJK")
    ]


def test_clash_broke_out_when_troops_attacked_reports_the_attack(coder: Coder) -> None:
    text = "The clash broke out when Afghan troops attacked a Tajik post at dawn."
    assert [(root, src, tgt) for root, src, _, tgt in _force(coder, text)][:1] == [
        ("19", "AFG", "TJK")
    ]


def test_incident_occurred_when_a_patrol_was_fired_on(coder: Coder) -> None:
    text = "The incident happened when Afghan gunmen shelled a Tajik outpost, the service said."
    assert [(root, src) for root, src, _, _ in _force(coder, text)][:1] == [("19", "AFG")]


def test_unrest_or_a_career_begun_when_is_still_background() -> None:
    """Near misses: an unrest's or a career's start before "when" keeps the clause a time
    reference (existence), and an unrest's origin stays background (relevance)."""
    from tensionwatch.domain import existence, relevance

    for text, verb in (
        ("the protests began when police arrested a street vendor", "arrested"),
        ("she entered politics when students marched on the palace", "marched"),
        ("the war began when gunmen attacked the border town", "attacked"),
    ):
        words = text.split()
        head = words.index(verb)
        assert existence.background(words, head, head), text
    for text, verb in (
        ("the shooting began when guards fired on the patrol", "fired"),
        ("the clash broke out when troops attacked the post", "attacked"),
    ):
        words = text.split()
        head = words.index(verb)
        assert not existence.background(words, head, head), text
    words = "the unrest began when police shot a student".split()
    assert relevance._how_it_began(words, words.index("shot"))
    words = "the shooting began when guards shot at the patrol".split()
    assert not relevance._how_it_began(words, words.index("shot"))


# --- strikers ordered back to their work: a demand on them (lexicon) ---

STRIKE_LEAD = (
    "LUSAKA, May 6 (Reuters) - Thousands of Zambian teachers went on strike on Monday over "
    "unpaid allowances, their union said. "
)


def _demands(coder: Coder, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [act for act in _second(coder, text, STRIKE_LEAD) if act[0] == "10"]


def test_teachers_ordered_back_to_the_classroom_are_asked(coder: Coder) -> None:
    text = "Zambia's government ordered the striking teachers back to the classroom on Tuesday."
    assert _demands(coder, text)[:1] == [("10", "ZMB", "GOV", "ZMB")]


def test_workers_ordered_back_after_a_verdict_on_the_strike(coder: Coder) -> None:
    """The form of the news: a verdict on the strike, then "and ordered ... back to"."""
    text = (
        "The education ministry said the strike was unlawful because no notice had been given, "
        "and ordered the teachers back to their posts."
    )
    assert [(root, src, sector) for root, src, sector, _ in _demands(coder, text)][:1] == [
        ("10", "ZMB", "GOV")
    ]


def test_ordered_back_to_work_in_the_passive_is_a_demand(coder: Coder) -> None:
    text = "The teachers were ordered back to work by the labour minister on Wednesday."
    assert [(root, src) for root, src, _, _ in _demands(coder, text)][:1] == [("10", "ZMB")]


def test_units_ordered_back_to_barracks_make_no_demand(coder: Coder) -> None:
    """Near misses: an order to one's own units, and a return to work told, demand nothing."""
    for text in (
        "The army ordered its units back to their barracks after the ceasefire.",
        "The teachers went back to work on Thursday after the union signed a deal.",
    ):
        assert _demands(coder, text) == [], text


# --- a dated "after/when" clause inside a ", which/who" aside does not date the main verb ---

VOTE_LEAD = (
    "GABORONE, Nov 4 (Reuters) - Botswana police detained 30 opposition supporters at a rally "
    "in Francistown on Saturday, the party said. "
)


def test_party_with_a_dated_aside_accuses_the_government(coder: Coder) -> None:
    text = (
        "The opposition Umbrella for Democratic Change, which lost power in 2019 after a bitter "
        "campaign, accused the government of silencing its supporters."
    )
    assert _second(coder, text, VOTE_LEAD)[:1] == [("11", "BWA", "OPP", "BWA")]


def test_leader_with_a_dated_who_aside_demands_a_release(coder: Coder) -> None:
    text = (
        "Party leader Dumelang Saleshando, who returned from exile in 2018 when the ban was "
        "lifted, demanded the release of the 30 supporters."
    )
    assert [root for root, _, _, _ in _second(coder, text, VOTE_LEAD)][:1] == ["10"]


def test_clause_hung_on_a_dated_clause_stays_background() -> None:
    """Near misses: with no aside closed before the act, the act still hangs on the dated
    clause ("fled in August 2024 as protesters stormed", "since 2023, when rebels launched")."""
    from tensionwatch.domain import relevance

    for text, verb in (
        ("she fled in august 2024 as protesters stormed her residence", "stormed"),
        ("the party , which lost power in 2019 after rivals attacked its offices", "attacked"),
    ):
        words = text.split()
        assert relevance._after_dated_clause(words, words.index(verb)), text
    words = "the party , which lost power in 2019 after a campaign , accused the mayor".split()
    assert not relevance._after_dated_clause(words, words.index("accused"))


# --- a present rejection reported after "said it" is the day's answer (relevance) ---

CHARGE_LEAD = (
    "HARARE, July 8 (Reuters) - Zimbabwe accused two British diplomats on Monday of meeting "
    "opposition activists without permission, state media said. "
)


def _answers(coder: Coder, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [act for act in _second(coder, text, CHARGE_LEAD) if act[0] in {"01", "12"}]


def test_quoted_present_rejection_after_said_it_is_coded(coder: Coder) -> None:
    text = (
        'The British Embassy in Harare said it "firmly rejects" the allegations and that its '
        "staff had done nothing wrong."
    )
    assert [(root, src, tgt) for root, src, _, tgt in _answers(coder, text)][:1] == [
        ("01", "GBR", "ZWE")
    ]


def test_present_rejection_after_said_they_is_coded(coder: Coder) -> None:
    text = "British officials said they reject the accusations, calling them baseless."
    assert [src for _, src, _, _ in _answers(coder, text)][:1] == ["GBR"]


def test_standing_present_rejection_stays_background() -> None:
    """Near misses: a present rejection with no "said it" before it, or after "says it", is
    a stance held over time (`relevance._standing_accusation`)."""
    from tensionwatch.domain import relevance

    for text in (
        "london rejects the charges and says the diplomats were doing their jobs",
        "london says it rejects the charges",
    ):
        words = text.split()
        assert relevance._standing_accusation(words, words.index("rejects"), True, True), text
    words = 'london said it " firmly rejects " the charges'.split()
    assert not relevance._standing_accusation(words, words.index("rejects"), True, True)
