"""Round 44, sides44: the parties of an event in copy the rules were not written on
(docs/labelling.md, section 2 and point 33). Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, first_dyad, recommended_coder, site_first

coder = recommended_coder


def test_public_addressed_by_an_appeal_is_the_countrys_civilians(coder: Coder) -> None:
    found = events(
        coder, "Moldova's president appealed to the public not to join the unauthorised rally."
    )
    assert found and found[0].target is not None
    assert (found[0].target.country, found[0].target.sector) == ("MDA", "CVL")


def test_public_in_a_site_story_takes_the_storys_country(coder: Coder) -> None:
    body = (
        "Peru's government has declared a state of emergency in three southern provinces after "
        "a week of road blockades. Interior Minister Rosa Quispe called on the public to keep "
        "off the highways until the army had cleared them."
    )
    assert site_first(coder, body, 1) == ("020", "PER", "PER")


def test_public_of_a_prosecutor_or_a_place_open_is_no_party(coder: Coder) -> None:
    # "the public prosecutor" is the court's man, and a gallery "open to the public" no party
    found = events(
        coder, "The public prosecutor urged the judges to reopen the gallery to the public."
    )
    assert all(e.target is None or e.target.sector != "CVL" for e in found), [
        (e.cameo_code, e.target) for e in found
    ]


def test_two_welcomers_are_not_each_others_target(coder: Coder) -> None:
    text = "Ghana and Senegal welcomed the Malian junta's pledge to hold elections next year."
    assert first_dyad(coder, text) == ("SUPPORT", "051", "GHA", "MLI")


def test_two_signers_stay_a_pair(coder: Coder) -> None:
    # signing is an act of both sides together (labelling guide section 2): first -> second
    text = "Ghana and Senegal signed a fisheries accord in Dakar on Tuesday."
    assert first_dyad(coder, text) == ("SUPPORT", "057", "GHA", "SEN")
