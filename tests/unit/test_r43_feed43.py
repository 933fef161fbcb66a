"""Round 43, feed43: news-site copy (no dateline), the article's parties from its own words.
Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, first_dyad, recommended_coder, undated_in

coder = recommended_coder

ARRESTS = "Police in Monrovia arrested two opposition organisers on Tuesday. "


def target_code(coder: Coder, body: str, index: int) -> str | None:
    """The target's actor code of the first event of sentence `index` (site copy)."""
    found = undated_in(coder, body, index)
    assert found, body
    target = found[0].target
    return target.code if target else None


def source_code(coder: Coder, body: str, index: int) -> str | None:
    """The source's actor code of the first event of sentence `index` (site copy)."""
    found = undated_in(coder, body, index)
    assert found, body
    source = found[0].source
    return source.code if source else None


# --- "its boycott of parliament": the possessive owns the boycott, not the body after "of" ---


def test_possessive_before_a_preposition_lends_no_owner(coder: Coder) -> None:
    body = (
        ARRESTS
        + "The arrests came a month after a pact mediated by the African Union. "
        + "The Unity Party then lifted its boycott of parliament, its spokesman said."
    )
    assert target_code(coder, body, 2) == "LBRLEG"


def test_possessive_right_before_the_body_still_owns_it(coder: Coder) -> None:
    body = (
        ARRESTS
        + "The African Union said on Wednesday that its troops had detained four gunmen "
        + "near the border."
    )
    assert source_code(coder, body, 1) == "IGOAFRAFU"


# --- a no-confidence motion with no one named: the movers' own government -------------------

TBILISI_ROW = (
    "Georgia's foreign ministry summoned Russia's envoy in Tbilisi on Monday over a land deal "
    "with a Russian church. Georgian opposition parties said the deal gave away state property. "
)


def target_country(coder: Coder, body: str, index: int) -> str | None:
    found = undated_in(coder, body, index)
    assert found, body
    target = found[0].target
    return target.country if target else None


def test_no_confidence_motion_is_against_its_own_government(coder: Coder) -> None:
    body = TBILISI_ROW + (
        "Prime Minister Irakli Beridze lost office on Friday after 80 lawmakers backed a censure "
        "motion."
    )
    assert target_code(coder, body, 2) == "GEOGOV"


def test_rejection_with_no_one_named_still_faces_the_other_side(coder: Coder) -> None:
    body = TBILISI_ROW + "Georgian lawmakers rejected the idea on Friday."
    assert target_country(coder, body, 2) == "RUS"


def test_censure_of_a_named_party_keeps_it(coder: Coder) -> None:
    body = TBILISI_ROW + "Lawmakers in Tbilisi voted on Friday to censure the Russian ambassador."
    assert target_code(coder, body, 2) == "RUSGOV"


# --- a pipeline's flow or transit halted to another state: 163 (labelling guide point 44) ----


def test_halting_a_pipelines_flow_is_a_sanction(coder: Coder) -> None:
    assert first_dyad(coder, "Kazakhstan halted oil transit through its pipeline to China.") == (
        "SANCTION",
        "163",
        "KAZ",
        "CHN",
    )


def test_water_flow_halted_through_a_dam_is_no_sanction_codes_nothing(coder: Coder) -> None:
    assert code_list(coder, "Engineers halted the flow of water through the dam.") == []


# --- "accused his opponents of ...": a politician's own rivals are his country's opposition ---


def test_a_leaders_own_opponents_are_the_opposition(coder: Coder) -> None:
    body = "Bolivia's president accused his opponents of plotting to topple him on Monday."
    assert target_code(coder, body, 0) == "BOLOPP"


def test_former_partners_of_a_premier_are_the_opposition(coder: Coder) -> None:
    body = "Estonia's prime minister accused his former partners of betraying voters on Monday."
    assert target_code(coder, body, 0) == "ESTOPP"


def test_bare_allies_are_not_read_as_the_opposition(coder: Coder) -> None:
    body = "Estonia's prime minister accused his allies of betraying voters on Monday."
    assert target_code(coder, body, 0) != "ESTOPP"


# --- "the court's president": the court's presiding judge, not the head of state -------------

PERU_ROW = "Peru's president accused the Constitutional Court of bias on Monday. "


def test_a_courts_president_is_the_court(coder: Coder) -> None:
    body = PERU_ROW + "The court's president dismissed the charge in a radio interview on Tuesday."
    assert source_code(coder, body, 1) == "PERJUD"
    assert target_code(coder, body, 1) == "PERGOV"


def test_the_countrys_president_stays_the_head_of_state(coder: Coder) -> None:
    body = PERU_ROW + "The country's president repeated the accusation on Tuesday."
    found = undated_in(coder, body, 1)
    assert found and found[0].source is not None and found[0].source.code == "PERGOV"
