"""Round 54 (miss54f): misses of news-site copy, tested on sentences written for them.

Concern over an act the story told is a criticism of its maker (docs/labelling.md, point 28:
"concern or regret over a named side's act is 11 ACCUSE, target the doer"; the side is named by
the story, section 2): "said it was deeply troubled by the verdict", 'was "deeply disturbed" by
the sentences', "has expressed concern over the sentence". Three steps lost it:
- `references._it_acts`: "it was deeply concerned" (an adverb before the stance) left "it"
  unresolved, so the speaker's concern had no source;
- `roles._passive`: "was troubled by the verdict" read "by" as a passive's agent (the verdict
  acting on the speaker); a participle of concern names what concerns its subject;
- `coder._concern_over_act`: with no side named in the sentence, a definite act noun
  (`roles.criticised_noun`: "the verdict", "the arrests") is the act, whose maker `_criticism`
  finds; data/triggers.tsv adds "troubled", "disturbed", "dismayed" and the speaker's word in
  quotes before "by".
Near misses: concern over reports, allegations or a situation ("the violence") stays a comment;
"it was deeply troubling that" is no actor; a sentence coded alone keeps 012.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, first_root_sides, recommended_coder, undated_in

coder = recommended_coder

SENTENCED = "A court in Baku sentenced an opposition journalist to six years in prison on Tuesday. "
ARRESTED = "Police in Minsk arrested 40 opposition activists on Saturday. "


def test_ministry_said_it_was_deeply_troubled_by_verdict(coder: Coder) -> None:
    body = SENTENCED + "The Dutch foreign ministry said it was deeply troubled by the verdict."
    assert first_root_sides(undated_in(coder, body, 1)) == ("11", "NLD", "GOV", "AZE")


def test_speakers_quoted_word_before_by(coder: Coder) -> None:
    body = SENTENCED + 'Canada said on Wednesday that it was "deeply disturbed" by the sentence.'
    assert first_root_sides(undated_in(coder, body, 1)) == ("11", "CAN", "GOV", "AZE")


def test_state_alarmed_by_arrests_with_speaker_after(coder: Coder) -> None:
    body = ARRESTED + "Latvia was alarmed by the arrests, its foreign minister told reporters."
    assert first_root_sides(undated_in(coder, body, 1)) == ("11", "LVA", "GOV", "BLR")


def test_present_perfect_concern_over_the_sentence(coder: Coder) -> None:
    body = SENTENCED + "Norway has expressed concern over the sentence."
    assert first_root_sides(undated_in(coder, body, 1)) == ("11", "NOR", "GOV", "AZE")


def test_concern_over_reports_stays_a_comment(coder: Coder) -> None:
    body = ARRESTED + "Poland said it was deeply concerned by reports of beatings in custody."
    assert [e.cameo_root for e in undated_in(coder, body, 1)] == []


def test_concern_over_the_violence_is_no_criticism(coder: Coder) -> None:
    body = ARRESTED + "Ireland said it was deeply troubled by the violence."
    assert [e.cameo_root for e in undated_in(coder, body, 1) if e.cameo_root == "11"] == []


def test_it_was_deeply_troubling_is_no_actor(coder: Coder) -> None:
    body = SENTENCED + "It was deeply troubling that the trial lasted only a day, lawyers said."
    assert [e.cameo_root for e in undated_in(coder, body, 1) if e.cameo_root == "11"] == []


def test_sentence_alone_keeps_the_comment(coder: Coder) -> None:
    found = events(coder, "Chile said it was deeply troubled by the verdict.")
    assert [e.cameo_root for e in found if e.cameo_root == "11"] == []
