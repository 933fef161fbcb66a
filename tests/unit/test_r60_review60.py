"""Round 60 (review60): tests for guards of round 59's rules that no test failed without, and
for the saying participle a pluperfect no longer escapes with."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_in, events, recommended_coder

coder = recommended_coder

SEOUL = (
    "SEOUL, May 3 (Reuters) - North Korea launched a short-range missile off its east coast "
    "early on Thursday, officials in Seoul said. "
)


# acts._unswallowed (round 59, types59) drops a gap match only for an appeal joined by "and":
# an appeal in a relative clause inside the gap of "sentenced ... to" is the clause's, and the
# sentencing stays the sentence's act (without the "and" guard nothing was coded)
def test_an_appeal_in_a_relative_clause_leaves_the_sentencing(coder: Coder) -> None:
    found = events(
        coder,
        "A court sentenced the cleric, who urged followers to defy the curfew, to five years "
        "and fined him.",
    )
    assert "173" in [event.cameo_code for event in found]


# 81b95145 (round 59, parties59b) cut a show of force's target only past "and" and a verb in
# the past: past "and is sharing ... with X" the posture keeps it and stays the sentence's
# first event, ahead of the sharing (064). The target it keeps is the partner, a known wrong
# party the narrowing trades for the type; this test pins the order alone.
def test_a_posture_before_and_is_sharing_stays_first(coder: Coder) -> None:
    body = SEOUL + (
        "Seoul put its forces on high alert and is sharing intelligence with Washington."
    )
    found = coded_in(article(coder, body), 1)
    assert [code[:2] for code, _, _ in found][:1] == ["15"]


LIMA = "Hundreds of nurses marched through Lima on Thursday to demand higher pay. "


# A pluperfect main clause is background whether or not a saying participle follows it
# (test_background_round28); a phrase with no comma before the subject does not change that
# (the saying participle used to keep "On Friday police had banned ...": relevance.REPORTING)
def test_a_pluperfect_after_an_opening_phrase_and_saying_is_background(coder: Coder) -> None:
    body = LIMA + (
        "On Friday riot police had prohibited the vigil, saying it endangered public safety."
    )
    assert coded_in(article(coder, body), 1) == []


ADDIS = (
    "ADDIS ABABA, May 3 (Reuters) - Ethiopian police arrested two Kenyan reporters near the "
    "border on Thursday, their employer said. "
)


# the nouns of a release asked are one set (`targets.RELEASE_NOUNS`): a demand for the
# "releases" of people is aimed at who holds them, as one for their "release" is
def test_a_demand_for_releases_is_aimed_at_the_holder(coder: Coder) -> None:
    body = ADDIS + "The journalists' union demanded the releases of both reporters."
    assert [target for _, _, target in coded_in(article(coder, body), 1)] == ["ETHCOP"]
