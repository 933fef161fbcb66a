"""Round 50, types50: the yield, aid and show-of-force classes (PentaClass 2 and MOBILIZE) in the
forms agency copy tells them: captives freed in the passive, handed to the other side, described
by their capture; each convention of docs/labelling.md held in its other forms, with near misses
that keep their types. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import TensionEvent
from tests.unit.coding import article, code_list, recommended_coder

coder = recommended_coder

# an agency lead (a dateline: the agency floor applies to the sentences after it)
LEAD = (
    "BAMAKO, May 14 (Reuters) - Malian troops clashed with jihadist fighters near Mopti on Tuesday."
)


def second(coder: Coder, text: str) -> list[TensionEvent]:
    """The events of `text` told as the second sentence of an agency report from Mali."""
    return [e for e in article(coder, f"{LEAD} {text}") if e.sentence_index == 1]


def first_of_second(coder: Coder, text: str) -> tuple[str, str, str | None] | None:
    """(PLOVER type, CAMEO code, target country) of the first event of the second sentence."""
    found = second(coder, text)
    if not found:
        return None
    event = found[0]
    return event.plover_type, event.cameo_code, event.target.country if event.target else None


# "Freeing prisoners is 0841 Return, release person(s), 08 RETREAT" (docs/labelling.md, after
# point 49): captives let go told in the passive with no captor named are a release, their
# releaser the holder the story gives; held people, not things released.


def test_captives_freed_in_the_passive_are_a_release(coder: Coder) -> None:
    simple = "The three herders were released on Wednesday, their families said."
    assert first_of_second(coder, simple) == ("RETREAT", "0841", "MLI")
    perfect = "All 40 detainees have been freed, the interior ministry said on Wednesday."
    assert first_of_second(coder, perfect) == ("RETREAT", "0841", "MLI")
    reported = "A local official said the two farmers had been freed without charge."
    assert first_of_second(coder, reported) == ("RETREAT", "0841", "MLI")
    foreign = "Four Burkinabe students were released on Wednesday, Burkina Faso's embassy said."
    found = first_of_second(coder, foreign)
    assert found is not None and found[:2] == ("RETREAT", "0841"), found


def test_things_released_or_people_not_freed_are_no_release(coder: Coder) -> None:
    figures = "The new census figures were released on Wednesday, the statistics office said."
    assert "0841" not in [e.cameo_code for e in second(coder, figures)]
    hospital = "Two of the wounded soldiers were released from hospital on Wednesday."
    assert "0841" not in [e.cameo_code for e in second(coder, hospital)]
    withheld = "The journalists were not released, their union said on Wednesday."
    assert "0841" not in [e.cameo_code for e in second(coder, withheld)]


def test_captives_handed_to_the_other_side_are_a_release(coder: Coder) -> None:
    active = "Mali handed six of the detained shepherds to Nigerien officials at the border."
    assert first_of_second(coder, active) == ("RETREAT", "0841", "NER")
    passive = (
        "The fishermen were handed over to Senegalese border guards at the Diboli crossing, "
        "Mali's defence ministry said."
    )
    found = second(coder, passive)
    assert found and found[0].cameo_code == "0841", found
    assert found[0].source is not None and found[0].source.country == "MLI"


def test_people_handed_to_officials_at_home_are_no_release(coder: Coder) -> None:
    # near miss: a custody passed on at home, before a magistrate, is no release (it was 063
    # before this round's rules and stays so)
    home = (
        "The fishermen were handed over to fisheries officials in Mopti and will appear before "
        "a magistrate on Monday, the navy said."
    )
    assert "0841" not in [e.cameo_code for e in second(coder, home)]


# The capture that describes the freed ("nine pupils abducted in April ... were released")
# is no act of the sentence (existence.reduced_relative): the release is, 08 not 18.


def test_a_release_of_people_described_by_their_capture_is_a_release(coder: Coder) -> None:
    kidnapped = (
        "Nine pupils abducted in April on the road to Segou were released by their captors "
        "on Wednesday."
    )
    found = second(coder, kidnapped)
    assert found and found[0].cameo_code == "0841", [e.cameo_code for e in found]
    assert "181" not in [e.cameo_code for e in found]
    jailed = "The activists imprisoned over a newspaper column were freed on Wednesday."
    assert code_list(coder, jailed)[:1] == ["0841"]


def test_a_kidnapping_with_its_own_relative_clause_stays_a_kidnapping(coder: Coder) -> None:
    # near misses: "who were ..." and "and were ..." belong to the kidnappers' clause
    who = "Gunmen kidnapped 12 pupils who were travelling to Segou on Wednesday, police said."
    assert code_list(coder, who)[:1] == ["181"]
    pursued = "Gunmen kidnapped 12 pupils on Wednesday and were pursued by troops, police said."
    assert code_list(coder, pursued)[:1] == ["181"]


def test_a_span_in_a_relative_clause_without_that_is_not_the_release_s(coder: Coder) -> None:
    # "freed two aid workers it had held since March": the span is the holding's, not the act's
    # (existence._clause_after), so the release is the day's news
    held = "The jihadist group freed two aid workers it had held since March, the U.N. said."
    found = first_of_second(coder, held)
    assert found is not None and found[:2] == ("RETREAT", "0841"), found
    # near miss: a span of the release's own clause keeps it background
    standing = "The Malian army has released about 300 prisoners since 2021."
    assert "0841" not in [e.cameo_code for e in second(coder, standing)]


# Point 27 and section 3: forces sent to a place are a show of force, 154 MOBILIZE, also told in
# the passive with the unit named at length, and police sent to hold ground; "sent home" and
# "flown to hospital" are no deployment.


def test_forces_sent_in_the_passive_are_a_deployment(coder: Coder) -> None:
    reported = (
        "State radio said troops from the 5th Military Region had been sent to the border "
        "district to protect civilians."
    )
    found = first_of_second(coder, reported)
    assert found is not None and found[:2] == ("MOBILIZE", "154"), found
    simple = "About 800 soldiers were sent to Timbuktu on Wednesday, the defence ministry said."
    found = first_of_second(coder, simple)
    assert found is not None and found[:2] == ("MOBILIZE", "154"), found


def test_police_sent_to_hold_ground_are_a_deployment(coder: Coder) -> None:
    text = "Mali sent 200 police officers to guard polling stations in Gao on Wednesday."
    found = second(coder, text)
    assert found and (
        found[0].cameo_code,
        found[0].source.country if found[0].source else None,
    ) == (
        "154",
        "MLI",
    ), found


def test_forces_sent_home_or_to_hospital_are_no_deployment(coder: Coder) -> None:
    home = "The reservists were sent home after the parade on Wednesday."
    assert "154" not in [e.cameo_code for e in second(coder, home)]
    hospital = "Four wounded soldiers were flown to hospital in Bamako on Wednesday."
    assert "154" not in [e.cameo_code for e in second(coder, hospital)]
    crime = "Police sent officers to the scene of the robbery on Wednesday."
    assert "154" not in [e.cameo_code for e in second(coder, crime)]


def test_fighters_pulled_out_are_a_withdrawal(coder: Coder) -> None:
    # point 41: a withdrawal of troops or fighters is 08 RETREAT (0874 family, 087)
    text = "The separatists pulled their fighters out of the port town on Wednesday."
    found = first_of_second(coder, text)
    assert found is not None and found[:2] == ("RETREAT", "087"), found


def test_relief_named_by_two_words_is_aid(coder: Coder) -> None:
    text = "Senegal dispatched an air force cargo plane with relief supplies to Mali on Wednesday."
    assert first_of_second(coder, text) == ("AID", "070", "MLI")


def test_a_deployment_in_the_passive_keeps_its_forces_as_source(coder: Coder) -> None:
    # point 27: forces deployed at home are 154 with target null; the place they are deployed
    # in is no party
    ordered = (
        "The defence minister said the army had been deployed to help the police after two "
        "nights of looting."
    )
    found = second(coder, ordered)
    assert found and found[0].cameo_code == "154", [e.cameo_code for e in found]
    assert found[0].target is None
    rescuers = "Rescue teams were deployed after the floods on Wednesday, the ministry said."
    assert "154" not in [e.cameo_code for e in second(coder, rescuers)]


# Section 1 (speculation, plans): an act named after "any" ("orders to neutralise any armed
# incursion", "would respond to any further attack") is supposed, not reported; the sentence's
# act is the deployment, the threat or the condemnation.


def test_an_act_named_after_any_is_no_act(coder: Coder) -> None:
    orders = (
        "The army said a company of soldiers with armoured cars had been deployed between Gao "
        'and Menaka with orders to "repel any armed incursion".'
    )
    found = second(coder, orders)
    assert found and found[0].cameo_code == "154", [e.cameo_code for e in found]
    assert not [e for e in found if e.cameo_code.startswith("19")]
    condemned = "Niger condemned any attack on civilians in the border area on Wednesday."
    assert [e.cameo_code[:2] for e in second(coder, condemned)] == ["11"]


# Section 1 and point 30: a period after a participle of capture dates the capture ("four activists
# arrested last month"), not the release the sentence reports; a release dated by it stays
# background.


def test_a_release_of_people_captured_last_month_is_news(coder: Coder) -> None:
    court = (
        "A court in Bamako ordered the release of six journalists arrested last month during a "
        "raid on their newspaper."
    )
    found = first_of_second(coder, court)
    assert found is not None and found[:2] == ("RETREAT", "0841"), found
    dated = "Mali freed six Nigerien herders last month, state television said."
    assert "0841" not in [e.cameo_code for e in second(coder, dated)]
