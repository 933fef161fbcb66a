"""Round 30, recall in newspaper political copy: clear acts of a news site's domestic and
diplomatic reporting that gave no event (or the wrong one) at the recommended floors. The
verb's own forms of a noun the lexicon knew ("teargassed"), Commonwealth English
("rubbished the claims"), a critic's characterisation ("tried to paint the president as a
puppet", "described the comments as racist", "described the arrests as an attempt to
intimidate"), protesters' roadblocks told with "blockaded", arrests told as "picked up by
police", an occasion used for the act ("used the debate to accuse", "seized the opportunity to
criticise"), a decision "resolved" on, and the party asked after "urged the opposition to".
Each has a near miss that stays without the act. Every sentence in these tests was written
for them (places outside the round's held-out ones)."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import first_dyad, recommended_coder

coder = recommended_coder


@pytest.mark.parametrize(
    "text",
    [
        "Police in Lilongwe teargassed opposition supporters outside the electoral commission.",
        "Riot police tear-gassed students marching on the Zambian parliament.",
    ],
)
def test_teargassed_is_violent_repression(coder: Coder, text: str) -> None:
    act = first_dyad(coder, text)
    assert act is not None and act[1] == "175" and act[2] in ("MWI", "ZMB")


def test_a_teargassed_protester_names_no_act(coder: Coder) -> None:
    assert first_dyad(coder, "A teargassed protester was treated in hospital.") is None


def test_rubbished_the_claims_is_a_denial(coder: Coder) -> None:
    act = first_dyad(coder, "Zambia's opposition has rubbished the government's claims.")
    assert act is not None and act[1] == "016" and act[2] == "ZMB"


def test_rubbish_as_waste_is_no_act(coder: Coder) -> None:
    text = "Residents in Lusaka complained that rubbish had not been collected for weeks."
    assert first_dyad(coder, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Peru's opposition has tried to paint the president as a puppet of the mining firms.",
        "A Zambian opposition MP described the minister's comments as racist.",
        "Ghana's opposition described the arrests as an attempt to intimidate its supporters.",
        "The ruling party's chairman described the opposition's march as an attempt to make the "
        "country ungovernable.",
    ],
)
def test_a_hostile_characterisation_is_an_accusation(coder: Coder, text: str) -> None:
    act = first_dyad(coder, text)
    assert act is not None and act[0] == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "Zambia's finance minister described the visit as a chance to deepen trade ties.",
        "The film portrays the president as a young lawyer in Lusaka.",
        "The Ghanaian minister described the reform as an attempt to modernise the police.",
    ],
)
def test_a_neutral_characterisation_accuses_no_one_codes_nothing(coder: Coder, text: str) -> None:
    act = first_dyad(coder, text)
    assert act is None


def test_allegations_called_misleading_are_denied(coder: Coder) -> None:
    text = (
        "The Malawian president's spokesman described the opposition's allegations as misleading."
    )
    act = first_dyad(coder, text)
    assert act is not None and act[1] == "016"


def test_protesters_blockading_highways_protest(coder: Coder) -> None:
    text = "Peruvian farmers blockaded highways for a fifth day on Monday, demanding higher prices."
    act = first_dyad(coder, text)
    assert act is not None and act[0] == "PROTEST" and act[2] == "PER"


def test_a_navy_blockading_a_port_is_no_protest(coder: Coder) -> None:
    act = first_dyad(coder, "The Zambian navy blockaded the port.")
    assert act == ("COERCE", "191", "ZMB", None)


def test_picked_up_by_police_is_an_arrest(coder: Coder) -> None:
    text = "Three Malawian opposition activists were picked up by police overnight."
    act = first_dyad(coder, text)
    assert act is not None and act[1] == "173" and act[3] == "MWI"


def test_picked_up_by_embassy_cars_is_no_arrest(coder: Coder) -> None:
    text = "The Zambian delegates were picked up by embassy cars at the airport."
    assert first_dyad(coder, text) is None


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "The Ghanaian opposition used the debate to accuse the government of mismanaging "
            "the economy.",
            "ACCUSE",
        ),
        (
            "The Zambian opposition leader seized the opportunity to criticise the president's "
            "economic record.",
            "ACCUSE",
        ),
        (
            "Ghana's president took the opportunity to urge the opposition to accept the results.",
            "REQUEST",
        ),
    ],
)
def test_an_occasion_used_for_the_act_is_the_act(coder: Coder, text: str, plover: str) -> None:
    act = first_dyad(coder, text)
    assert act is not None and act[0] == plover


def test_an_opportunity_to_protest_is_no_protest(coder: Coder) -> None:
    text = "Zambians have the opportunity to protest peacefully under the new law."
    assert first_dyad(coder, text) is None


def test_a_chance_seized_is_no_seizure(coder: Coder) -> None:
    text = "The Zambian opposition leader seized the opportunity to criticise the president."
    act = first_dyad(coder, text)
    assert act is not None and act[1] != "1711"


def test_resolved_to_disqualify_is_done(coder: Coder) -> None:
    text = "Zambia's electoral commission resolved to disqualify the opposition candidate."
    act = first_dyad(coder, text)
    assert act is not None and act[0] == "COERCE"


def test_the_opposition_urged_to_accept_is_the_addressee(coder: Coder) -> None:
    act = first_dyad(coder, "Ghana's president urged the opposition to accept the results.")
    assert act is not None and act[0] == "REQUEST" and act[3] == "GHA"


def test_opposition_to_an_amendment_is_still_read(coder: Coder) -> None:
    text = (
        "Zambia's bishops repeated their opposition to the amendment and urged parliament to "
        "vote it down."
    )
    act = first_dyad(coder, text)
    assert act is not None and act[0] in ("REJECT", "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "The Malawian opposition went to court to challenge the election results.",
        "The Zambian opposition has gone to the Constitutional Court to stop the bill.",
        "Malawi's opposition leader approached the High Court seeking an order to stop the vote.",
    ],
)
def test_going_to_court_is_a_case_brought(coder: Coder, text: str) -> None:
    act = first_dyad(coder, text)
    assert act is not None and act[1] == "115"


def test_going_to_the_court_building_is_no_case(coder: Coder) -> None:
    text = "The Zambian minister went to the Supreme Court building to attend a swearing-in."
    act = first_dyad(coder, text)
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a minister attending a swearing-in is coded a meeting.
    assert act is None or act[1] != "115"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Zambian traders have petitioned the president over the closure of the market.", "020"),
        (
            "Zambian opposition MPs heckled the president during his state of the nation address.",
            "111",
        ),
        (
            "Malawi's electoral body has slapped the opposition party with a fine for violating "
            "campaign rules.",
            "172",
        ),
    ],
)
def test_newspaper_verbs_of_petition_heckling_and_fines(coder: Coder, text: str, code: str) -> None:
    act = first_dyad(coder, text)
    assert act is not None and act[1] == code


def test_fans_heckling_a_referee_is_no_act(coder: Coder) -> None:
    assert (
        first_dyad(coder, "Fans heckled the referee throughout the second half in Lusaka.") is None
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Namibia's government called in the German ambassador over the remarks.", "DEU"),
        (
            "The Ghanaian foreign ministry called in the Ivorian envoy on Tuesday to protest "
            "against the treatment of traders.",
            "CIV",
        ),
    ],
)
def test_calling_in_an_envoy_is_a_summons(coder: Coder, text: str, target: str) -> None:
    act = first_dyad(coder, text)
    assert act is not None and act[1] == "114" and act[3] == target


def test_calling_in_experts_summons_no_one_codes_nothing(coder: Coder) -> None:
    text = "The Malawian government called in experts to audit the electoral roll."
    act = first_dyad(coder, text)
    assert act is None
