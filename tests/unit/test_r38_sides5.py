"""Round 38, wrong parties in agency copy (sides5), tested on sentences written for them.

- "The United Nations mission called for an independent investigation": an appeal for
  something names no addressee, so an outsider's call is aimed at no one (labelling guide,
  section 2: an appeal to no one in particular has no target), where `roles.counterpart` had
  aimed it at the article's country. An outsider's "urged restraint" and a call on someone
  named keep what they had.
- "The spokesman said Thailand was stoking tension and urged Bangkok to pull back": the verb
  after "and" first shares the reported clause's subject, which drops Bangkok as that
  subject's own side; once the act goes on with the speaker (`coder._speaker_goes_on`), the
  object is the speaker's addressee again (`coder._object_regained`). An appeal for calm
  still names no one.
- "MAE SOT, Thailand (Reuters) - ... Myanmar's military government did not comment. Junta
  aircraft struck ...": the junta is the state the article first named as ruled by its
  military ("military government", "military rulers", "military regime": context._military_rule
  notes it as the "junta" head, as "Myanmar's junta" is), not the regional bureau's country,
  and so is a "Junta spokesman" named with his title (references: any "junta" word of it).
- Two parties acting together ("A and B signed", "carried out joint patrols") are coded from
  the first to the second (`roles._pair`) also when the second is counted ("and 14 armed
  groups": a number may follow "and" in `roles._CONJOINED`), when the second has a name set
  off by commas ("and Somaliland's leader, Muse Bihi Abdi, signed": `roles._apposed_last`),
  and when the first takes a short "of" phrase ("Kenyan officers of the UN-backed Gang
  Suppression Force and Haitian police": `roles._named_of_joined`); the second had been the
  source and the first lost.
- Greenland is a country of its own in the actor tables (`data/countries.tsv`: GRL, as Hong
  Kong is HKG, with Nuuk as its seat), not Denmark's agent word.
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, dyad_in, evaluation_coder, first_dyad, in_sentence

coder = evaluation_coder

CLASH = (
    "KAMPALA, May 3 (Reuters) - Ugandan troops clashed with rebels near the border town of "
    "Kasese on Monday, Uganda's army said. "
)


def test_an_outsiders_call_for_an_inquiry_has_no_target(coder: Coder) -> None:
    body = CLASH + "The United Nations mission called for an independent investigation."
    assert dyad_in(coder, body, 1, "REQUEST") == (None, None)


def test_a_third_states_call_for_calm_has_no_target(coder: Coder) -> None:
    assert dyad_in(coder, CLASH + "Kenya called for calm.", 1, "REQUEST") == ("KEN", None)


def test_an_outsider_urging_restraint_is_still_aimed_at_the_story(coder: Coder) -> None:
    body = CLASH + "The United Nations mission urged restraint."
    assert dyad_in(coder, body, 1, "REQUEST") == (None, "UGA")


def test_an_outsiders_call_on_a_named_party_keeps_it(coder: Coder) -> None:
    body = CLASH + "Kenya called on Kampala to open an investigation."
    assert dyad_in(coder, body, 1, "REQUEST") == ("KEN", "UGA")


def test_the_speakers_appeal_after_a_reported_clause_keeps_its_addressee(coder: Coder) -> None:
    text = (
        "Cambodia's foreign ministry spokesman said Thailand was stoking tension and urged "
        "Bangkok to pull back its troops."
    )
    assert first_dyad(coder, text) == ("REQUEST", "0256", "KHM", "THA")


def test_the_speakers_appeal_for_calm_after_a_reported_clause_names_no_one(
    coder: Coder,
) -> None:
    text = "Cambodia's foreign ministry spokesman said Thailand was stoking tension and urged calm."
    assert first_dyad(coder, text) == ("REQUEST", "0256", "KHM", None)


def test_greenlands_premier_is_greenlands(coder: Coder) -> None:
    text = "Greenland's premier, Aaja Lynge, urged Washington to respect the island's choices."
    assert first_dyad(coder, text) == ("REQUEST", "025", "GRL", "USA")
    assert first_dyad(coder, "Officials in Nuuk accused Washington of meddling.") == (
        "ACCUSE",
        "112",
        "GRL",
        "USA",
    )


def test_greenlandic_lawmakers_are_greenlands_and_danish_troops_stay_danish(coder: Coder) -> None:
    text = "Greenlandic lawmakers criticised the Danish government."
    assert first_dyad(coder, text) == ("ACCUSE", "111", "GRL", "DNK")
    drills = "Danish troops held drills off Greenland on Tuesday."
    assert first_dyad(coder, drills) == ("MOBILIZE", "150", "DNK", None)


BUREAU = (
    "MAE SOT, Thailand (Reuters) - Karen rebels overran a Myanmar army outpost near Myawaddy on "
    "Thursday, across the river from this Thai town, residents said. "
    "Myanmar's military government did not comment. "
)


def test_the_junta_is_the_military_government_named_not_the_bureaus_country(
    coder: Coder,
) -> None:
    body = BUREAU + "Junta aircraft bombed rebel positions near the town on Friday."
    assert country(in_sentence(coder, body, 2, "ASSAULT").source) == "MMR"


def test_a_junta_spokesman_named_with_his_title_is_the_juntas(coder: Coder) -> None:
    body = BUREAU + "Junta spokesman Zaw Min Tun accused the rebels of attacking civilians."
    assert dyad_in(coder, body, 2, "ACCUSE") == ("MMR", "MMR")


def test_a_later_military_authority_does_not_take_the_junta_over(coder: Coder) -> None:
    body = (
        BUREAU + "Thai military authorities closed the border crossing. "
        "Junta aircraft bombed rebel positions near the town on Friday."
    )
    assert country(in_sentence(coder, body, 3, "ASSAULT").source) == "MMR"


def test_a_government_and_a_counted_group_signing_are_a_pair(coder: Coder) -> None:
    text = "Chad's government and 30 rebel groups signed a peace deal in the capital on Monday."
    assert first_dyad(coder, text) == ("SUPPORT", "057", "TCD", "TCD")
    plain = "Chad's government and rebel groups signed a peace deal in the capital on Monday."
    assert first_dyad(coder, plain) == ("SUPPORT", "057", "TCD", "TCD")


def test_a_name_set_off_after_the_second_party_is_not_a_third(coder: Coder) -> None:
    text = "Ghana's president and Togo's leader, Faure Gnassingbe, signed a border agreement."
    assert first_dyad(coder, text) == ("SUPPORT", "057", "GHA", "TGO")
    plain = "Ghana's president and Togo's leader signed a border agreement on Monday."
    assert first_dyad(coder, plain) == ("SUPPORT", "057", "GHA", "TGO")


def test_the_first_partys_of_phrase_does_not_part_the_pair(coder: Coder) -> None:
    text = (
        "Ghanaian soldiers of the regional standby force and Togolese troops carried out "
        "joint patrols near the border."
    )
    assert first_dyad(coder, text) == ("COOPERATE", "062", "GHA", "TGO")
    plain = "Ghanaian soldiers and Togolese troops carried out joint patrols near the border."
    assert first_dyad(coder, plain) == ("COOPERATE", "062", "GHA", "TGO")
