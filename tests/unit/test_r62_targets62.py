"""Round 62 (targets62): a target the article names, left empty or taken from the wrong mention.

- "X promised that <X's own capital> would supply ...": the subject of the clause a pledge opens
  with "that" is the giver, the pledger's own side; the pledge goes to the article's other side
  (`roles.own_pledge_subject`). A pledge in a story of one country keeps its own target.
- An accusation the coder aims at no one does not take over an open exchange: a later
  rejection of "the accusation" answers the accuser of the open one (`coder._note_accuser`).
- "accused the union of ...": a union the article named before by a common noun is of the
  story's country, and the charge's "of" does not hide it (`references._unions`).
- "condemned the suspension", "criticised the visit": the act told before by its verb
  ("suspended") or its visit is the one criticised, aimed at its maker (`roles.criticised`)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import dyad_in, in_sentence, recommended_coder

coder = recommended_coder


# the capital after "promised that" gives; the locomotives are for the other side
def test_pledge_of_own_capital_goes_to_other_side(coder: Coder) -> None:
    body = (
        "DODOMA, May 3 (Reuters) - Tanzania and Zambia signed an accord on Monday to rebuild "
        "the old rail line between their ports, the Tanzanian foreign ministry said. "
        "Zambian Transport Minister Mwansa Phiri promised that Lusaka would supply forty "
        "locomotives for the upgraded line."
    )
    assert dyad_in(coder, body, 1, "AGREE") == ("ZMB", "TZA")


# a pledge made at home, in a story of one country, keeps its own-country target (the rule's
# narrowing: with no other side to give it to, the target is not dropped)
def test_pledge_at_home_keeps_its_target(coder: Coder) -> None:
    body = (
        "DAKAR, May 3 (Reuters) - Senegal's constitutional council on Thursday struck down a "
        "decree postponing the local elections, a court official said. "
        "A spokesman for the prime minister pledged on Saturday that the president would "
        "abide by the council's ruling in full."
    )
    assert dyad_in(coder, body, 1, "AGREE") == ("SEN", "SEN")


# a reproach aimed at no one in between: the rejection still answers the first accuser
def test_rejection_answers_the_open_accusation(coder: Coder) -> None:
    body = (
        "NICOSIA, May 3 (Reuters) - Greece has accused Turkey of breaching its continental "
        "shelf after a Turkish drilling ship began work south of Crete on Monday. "
        "The Greek prime minister wrote to the head of the Commission, asking the EU to take a "
        'firm stand on what Athens called a "flagrant provocation". '
        "Ankara's foreign ministry swiftly rejected the accusation, insisting the vessel was "
        "within Turkish waters."
    )
    assert dyad_in(coder, body, 2, "REJECT") == ("TUR", "GRC")


# "a dockworkers' union" named before: "the union" is that union, of the story's country (not the
# country's people filled in for a charge with no one named)
def test_the_union_named_before_by_a_common_noun(coder: Coder) -> None:
    body = (
        "LIMA, May 3 (AP) - Peruvian police detained the head of a dockworkers' union on "
        "Tuesday after a week of stoppages at the port of Callao, officials said. "
        "The interior ministry accused the union of taking money from smugglers to paralyse "
        "the port."
    )
    target = in_sentence(coder, body, 1, "ACCUSE").target
    assert target is not None
    assert (target.country, target.text) == ("PER", "the union")


# "condemned the suspension": the act "suspended" told in the lead, its maker's
def test_condemned_suspension_is_aimed_at_its_maker(coder: Coder) -> None:
    body = (
        "LOME, May 3 (AFP) - Togolese authorities on Monday suspended the licence of an "
        "independent weekly newspaper that had published a report on army spending, its "
        "editor said. "
        "Reporters Without Borders condemned the suspension as a blow to press freedom ahead "
        "of the vote."
    )
    assert dyad_in(coder, body, 1, "ACCUSE") == (None, "TGO")


# "criticised the visit": aimed at the visitor named in the lead
def test_criticised_visit_is_aimed_at_the_visitor(coder: Coder) -> None:
    body = (
        "Austria's defence minister has arrived in Chisinau on a two-day visit, her first to "
        "Moldova since taking office. "
        "Klara Wendt met Moldova's defence minister and signed a deal under which Vienna will "
        "fund the clearing of old munitions depots. "
        "The Russian embassy in Vienna criticised the visit, saying the money would simply "
        "inflame the dispute over Transnistria."
    )
    assert dyad_in(coder, body, 2, "ACCUSE") == ("RUS", "AUT")
