"""Round 48 (miss48f): misses of news-site copy and the natural feed, tested on sentences
written for them.

- "Some 200 environmental campaigners staged a sit-in against the quarry company": a
  campaigner is an activist (agents.tsv, OPP with "activist"), so a crowd of them is a
  political party that protests (14); before, "campaigners" was no actor and the act had no
  source. A campaign told with no campaigner ("a campaign against the quarry") stays none.
- "told journalists the visit had been 'disrespectful'" ... "wrote that the walkout was
  'sabotage'": triggers.tsv's verdict on a named act (111) now reads the verdict in the perfect
  and past perfect of reported speech ("had been", "has been": docs/labelling.md point 31, the
  report's tense), and "disrespectful" and "sabotage" join its verdicts of wrong. A verdict a
  speaker passes on their own conduct ("admitted that his conduct had been reckless") accuses
  no one, and a plan told in the past perfect ("the visit had been planned") stays none.
- "Some 2,000 people have gathered in the old town square in support of the governor's veto":
  a crowd gathered for a side rallies (141; docs/labelling.md point 43: a rally in support of a
  side is 14, as one against is), not a statement of support (051, which the veto dropped). A
  crowd gathered to cheer a team, or with no side it stands for, stays none.
- "Taxi drivers have blocked the main boulevard of Varna": a blockade of an avenue, a
  boulevard, a square or a city centre is one of roads (144), as triggers.tsv's "blocked roads"
  is; police blocking a square to stop a march stay 170.
- "described the rallies as an effort to bring down his cabinet": ousting a government ("oust",
  "unseat", "bring down the cabinet") joins the hostile aims of an accusation by description
  (111; the weak point round 47 found: "the rallies" coded 141, "the protests" nothing); "an
  effort to bring down the deficit" stays none.
- "A tribunal in Almaty has ordered three bloggers held in pre-trial detention for two months":
  the term of a detention or sentence named just before "for" ("in detention for", "to prison
  for") is no span of acts that makes a site's perfect background (`existence._spanned`), as
  the act's own term word ("has jailed him for two years") already was not; "has shelled the
  border villages for four months" stays a standing act, none.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_dyad, recommended_coder

coder = recommended_coder


def test_campaigners_protest_against_a_firm(coder: Coder) -> None:
    text = (
        "About 200 environmental campaigners staged a sit-in against the quarry company "
        "outside its offices in Arequipa on Thursday."
    )
    assert first_dyad(coder, text) == ("PROTEST", "141", "PER", "PER")


def test_a_lone_campaigner_protests(coder: Coder) -> None:
    text = "A veteran campaigner staged a hunger strike outside the energy ministry in Tallinn."
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "PROTEST" and found[2] == "EST"


def test_a_campaign_with_no_campaigner_is_none(coder: Coder) -> None:
    text = "A campaign against the quarry in Arequipa gathered pace over the summer months."
    assert first_dyad(coder, text) is None


def test_verdict_in_the_past_perfect_accuses(coder: Coder) -> None:
    text = (
        "Tonga's prime minister told journalists the visit by Fijian officials had been "
        '"disrespectful" to his government.'
    )
    assert first_dyad(coder, text) == ("ACCUSE", "111", "TON", "FJI")


def test_verdict_in_the_present_perfect_accuses(coder: Coder) -> None:
    text = "Lithuania's foreign ministry said the overflight has been unacceptable and reckless."
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("ACCUSE", "111", "LTU")


def test_walkout_called_sabotage_accuses(coder: Coder) -> None:
    text = (
        'President Mirziyoyev wrote online that the walkout by the miners was "sabotage" '
        "organised by the opposition."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "111")


def test_own_conduct_admitted_accuses_no_one(coder: Coder) -> None:
    text = "The mayor of Gdansk admitted that his conduct had been reckless and foolish."
    assert first_dyad(coder, text) is None


def test_plan_in_the_past_perfect_is_none(coder: Coder) -> None:
    text = "The visit by Fijian officials had been planned for several months."
    assert first_dyad(coder, text) is None


def test_crowd_gathered_in_support_of_a_side_rallies(coder: Coder) -> None:
    text = (
        "Some 2,000 people have gathered in the old town square of Skopje in support of the "
        "president's veto, many waving handmade signs."
    )
    assert first_dyad(coder, text) == ("PROTEST", "141", "MKD", "MKD")


def test_crowd_gathered_in_solidarity_with_prisoners_rallies(coder: Coder) -> None:
    text = "Hundreds of students gathered near the jail in Skopje in solidarity with the prisoners."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("PROTEST", "141")


def test_crowd_gathered_to_cheer_a_team_is_none(coder: Coder) -> None:
    text = "Hundreds of people gathered at the airport in Skopje to support the handball team."
    assert first_dyad(coder, text) is None


def test_drivers_blocking_a_boulevard_protest(coder: Coder) -> None:
    text = (
        "Taxi drivers have blocked the main boulevard of Varna since dawn over a new licence fee."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("PROTEST", "144", "BGR")


def test_police_blocking_a_square_stay_coercion(coder: Coder) -> None:
    text = "Police blocked the square in Varna to stop the march from reaching the town hall."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("COERCE", "170")


def test_rallies_described_as_a_bid_to_oust_the_cabinet_accuse(coder: Coder) -> None:
    text = (
        "Armenia's prime minister described the rallies as a foreign-funded effort to bring down "
        "his cabinet."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("ACCUSE", "111", "ARM")


def test_protests_called_an_attempt_to_oust_accuse(coder: Coder) -> None:
    text = "The interior minister called the protests an attempt to unseat the elected government."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("ACCUSE", "111")


def test_effort_to_bring_down_the_deficit_is_none(coder: Coder) -> None:
    text = "The minister described the new levy as an effort to bring down the deficit."
    assert first_dyad(coder, text) is None


def test_detention_ordered_for_a_term_in_the_perfect(coder: Coder) -> None:
    text = (
        "A tribunal in Almaty has ordered three bloggers held in pre-trial detention for two "
        "months on charges of spreading false information."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("COERCE", "173", "KAZ")


def test_sentence_to_prison_for_a_term_in_the_perfect(coder: Coder) -> None:
    text = "A court in Almaty has sentenced two union organisers to prison for three years."
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("COERCE", "173", "KAZ")


def test_shelling_over_months_in_the_perfect_stays_none(coder: Coder) -> None:
    text = "The army has shelled the border villages north of Almaty for four months."
    assert first_dyad(coder, text) is None
