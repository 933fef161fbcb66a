"""Round 39, feedmiss6: relevant news-site sentences that yielded no event. A motion of no
confidence filed, tabled or passed against a government is its movers' formal censure (111),
while one still to be moved, one debated or one survived is no act of theirs; a lone "gendarme"
is the police, as "gendarmes" are; an official booed or jeered by a crowd of protesters, farmers
or workers faces their protest (141); a man the police led to an office "where he was
questioned" is detained (173); "met leaders of the association" meets them (a verb in the past
before "leaders" is no protest's title); a leader who "spoke to his Slovenian counterpart,
Robert Golob, by phone" called him (041). Each has a near miss that keeps its old reading.
Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain import relevance
from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.lexicon import tokenize
from tests.unit.coding import actor_index, recommended_coder, sides_of, undated_in
from tests.unit.coding import site_codes_in as codes_in
from tests.unit.coding import site_first as firsts

coder = recommended_coder
index = actor_index


DANISH = "The Danish prime minister faced a revolt over her pension reform this week. "


def test_motions_of_no_confidence_filed_censure_the_government(coder: Coder) -> None:
    body = DANISH + (
        "Late on Thursday, the two main opposition parties filed motions of no confidence in "
        "the prime minister's government."
    )
    assert firsts(coder, body, 1) == ("111", "DNK", "DNK")


def test_a_no_confidence_motion_tabled_censures_the_chancellor(coder: Coder) -> None:
    body = "The Austrian opposition tabled a no-confidence motion against the chancellor on Monday."
    assert firsts(coder, body, 0) == ("111", "AUT", "AUT")


def test_a_no_confidence_vote_survived_is_no_censure_codes_nothing(coder: Coder) -> None:
    # near miss: the motion is the opposition's, but no verb of moving it comes before it
    body = (
        "The Slovak cabinet comfortably survived Friday's no-confidence vote, which the "
        "opposition had forced over hospital closures."
    )
    assert codes_in(coder, body, 0) == set()


def test_a_no_confidence_motion_still_to_be_tabled_is_a_plan_codes_nothing(coder: Coder) -> None:
    # near miss: the same motion announced for next week (docs/labelling.md, section 1: plans)
    body = (
        "The Austrian opposition said it would table a no-confidence motion against the "
        "chancellor next week."
    )
    assert codes_in(coder, body, 0) == set()


def test_a_no_confidence_motion_threatened_stays_a_threat(coder: Coder) -> None:
    # near miss: the plan's discard leaves the governing threat its act
    body = (
        "The Austrian opposition threatened on Monday to table a no-confidence motion against "
        "the chancellor."
    )
    assert firsts(coder, body, 0) == ("130", "AUT", "AUT")


MARCH = "Thousands marched in Paris against the pension law on Thursday. "


def test_tear_gas_fired_by_a_gendarme_is_the_polices(coder: Coder) -> None:
    body = MARCH + (
        "A teenage demonstrator who lost an eye near the Bastille had been struck by tear gas "
        "fired by a gendarme, his lawyer said."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].cameo_code == "175"
    assert found[0].source is not None and found[0].source.sector == "COP"
    assert sides_of(found[0])[0] == "FRA"


def test_gendarmes_stay_a_police_body(index: ActorIndex) -> None:
    # near miss: the singular added as a body word leaves the plural a body, not a person
    found = index.find("Gendarmes arrested at least ten strike leaders in Brest.", None)
    assert [(m.actor.sector, str(m.kind)) for m in found if m.actor.text == "Gendarmes"] == [
        ("COP", "body")
    ]


FARMERS = (
    "Thousands of farmers blocked roads across Austria on Monday against cuts to fuel subsidies. "
)


def test_a_minister_booed_by_farmers_faces_their_protest(coder: Coder) -> None:
    body = FARMERS + (
        "The agriculture minister was jeered by angry farmers as he tried to speak from the back "
        "of a trailer in Salzburg."
    )
    assert firsts(coder, body, 1) == ("141", "AUT", "AUT")


def test_a_player_booed_by_fans_is_no_protest(coder: Coder) -> None:
    # near miss: the same passive with a sports crowd as its agent
    body = "The striker was booed by the home fans after missing a penalty in the second half."
    assert undated_in(coder, body, 0) == []


ARREST = "Prosecutors in Bratislava detained the opposition leader on Wednesday. "


def test_questioned_where_the_police_led_him_is_a_detention(coder: Coder) -> None:
    body = ARREST + (
        "Officers took him from his flat before dawn and drove him to the anti-corruption "
        "bureau, where he was questioned until the evening."
    )
    assert firsts(coder, body, 1) == ("173", "SVK", "SVK")


def test_questioned_by_reporters_where_aides_led_him_is_no_detention(coder: Coder) -> None:
    # near miss: the questioning is the press's and the ones who led him there are his aides
    body = (
        "The minister toured the flooded town on Wednesday. Aides took him to the town hall, "
        "where he was questioned by reporters about the delays."
    )
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # 'took him to the town hall' is coded an occupation (192).
    assert "173" not in codes_in(coder, body, 1)


TRACTORS = (
    "Thousands of farmers drove tractors into Vienna on Monday against cuts to fuel subsidies. "
)


def test_a_minister_who_met_leaders_of_an_association_met_them(coder: Coder) -> None:
    # "leaders" after a verb in the past is its object, no title of a protest's leader
    body = TRACTORS + (
        "The agriculture minister met leaders of the farmers' association in parliament after "
        "the rally to discuss the cuts."
    )
    assert firsts(coder, body, 1) == ("040", "AUT", "AUT")


def test_a_protest_leader_stays_a_title() -> None:
    # near miss: a bare noun before "leader" still names what the man leads (relevance's own
    # reading: the coder's other checks drop this noun too)
    words = tokenize("Johann Gruber, a former student protest leader, took office in Graz.").words
    first = words.index("protest")
    assert relevance.agency_aside("141", words, first, first, wire=False, undated=True)


def test_a_call_to_a_counterpart_named_in_an_apposition_is_a_phone_call(coder: Coder) -> None:
    body = (
        "The Austrian chancellor spoke to his Slovenian counterpart, Robert Golob, by phone on "
        "Wednesday about gas supplies."
    )
    assert firsts(coder, body, 0) == ("041", "AUT", "SVN")


def test_reporters_spoken_to_before_a_later_call_are_not_called(coder: Coder) -> None:
    # near miss: no apposition before the phone; the call stays the one with the Czech premier
    body = (
        "The Austrian chancellor spoke to reporters after a meeting with farmers in Graz and "
        "later by phone with the Slovenian prime minister."
    )
    assert firsts(coder, body, 0) == ("041", "AUT", "SVN")
