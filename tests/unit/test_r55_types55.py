"""Round 55, types55: two of the guide's type conventions in more forms.

Another side's account of an incident, or a report's findings, rejected or dismissed is a denial,
01 REJECT ("016 Deny responsibility"), aimed at the one whose account it is (docs/labelling.md,
section 4, point 46); a request, offer or proposal turned down stays 12.

Force whose object is a school (section 3's own list: "attacks on villages, schools, markets"),
homes, houses or a tent (point 39's civilian sites) is 18, violence against civilians, not 19;
unless the sentence tells an exchange of fire ("stormed the school and exchanged fire with the
guards" is a fight). Every sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, recommended_coder

coder = recommended_coder


def coded(coder: Coder, text: str) -> tuple[str, str, str]:
    """(CAMEO code, source country/sector, target country/sector) of the sentence's first event."""
    found = events(coder, text)
    assert found, text
    event = found[0]
    source = f"{event.source.country}/{event.source.sector}" if event.source else "-"
    target = f"{event.target.country}/{event.target.sector}" if event.target else "-"
    return event.cameo_code, source, target


def test_possessive_account_rejected_is_a_denial(coder: Coder) -> None:
    text = "Ghana's interior ministry rejected Togo's account of the border shooting."
    assert coded(coder, text) == ("016", "GHA/GOV", "TGO/GOV")


def test_demonym_account_dismissed_in_the_present_perfect(coder: Coder) -> None:
    text = "The Kenyan army has dismissed the Ugandan account of the raid as fiction."
    assert coded(coder, text) == ("016", "KEN/MIL", "UGA/GOV")


def test_plural_accounts_rejected(coder: Coder) -> None:
    text = "Honduras has rejected Nicaragua's accounts of the naval incident."
    assert coded(coder, text) == ("016", "HND/GOV", "NIC/GOV")


def test_findings_rejected_in_reported_speech(coder: Coder) -> None:
    text = "Zambia's electoral commission said it rejected the observers' findings on the vote."
    assert coded(coder, text)[:2] == ("016", "ZMB/GOV")


def test_on_account_of_is_no_account_rejected(coder: Coder) -> None:
    text = "The Ghanaian government rejected the request on account of the security situation."
    assert coded(coder, text)[0] == "120"


def test_an_offer_rejected_stays_a_rejection(coder: Coder) -> None:
    text = "Honduras rejected Nicaragua's offer of talks on the gulf."
    assert coded(coder, text) == ("125", "HND/GOV", "NIC/GOV")


def test_rebels_attacking_a_school(coder: Coder) -> None:
    text = "Rebels attacked a school in the Ituri province on Tuesday, killing four pupils."
    assert coded(coder, text) == ("180", "COD/REB", "COD/EDU")


def test_a_drone_striking_homes(coder: Coder) -> None:
    text = "A Sudanese drone struck homes in the town of Kadugli overnight."
    assert coded(coder, text)[:2] == ("180", "SDN/MIL")


def test_a_drone_hitting_a_tent(coder: Coder) -> None:
    text = "A Syrian drone hit a tent near Idlib on Friday."
    assert coded(coder, text)[:2] == ("180", "SYR/MIL")


def test_a_school_stormed_with_an_exchange_of_fire_is_a_fight(coder: Coder) -> None:
    text = "Gunmen stormed a school in Zamfara and exchanged fire with police guards."
    assert [event.cameo_root for event in events(coder, text)] == ["19", "19"]


def test_a_militant_camp_struck_stays_a_fight(coder: Coder) -> None:
    text = "Malian jets struck a militant camp near Menaka on Friday."
    assert coded(coder, text) == ("195", "MLI/MIL", "MLI/REB")


def test_an_account_rejected_in_the_perfect_after_an_agency_lead_is_a_standing_denial(
    coder: Coder,
) -> None:
    # docs/labelling.md point 2: "has denied" is background, a standing denial (agency copy)
    body = (
        "QUITO, May 14 (AFP) - Ecuadorean police fired tear gas at striking teachers in Quito on "
        "Tuesday. The mayor of Quito has rejected the interior minister's account of the clashes."
    )
    assert [event.sentence_index for event in article(coder, body)] == [0]


def test_jihadists_attacking_villagers(coder: Coder) -> None:
    text = "Burkinabe jihadists attacked villagers near the town of Djibo on Sunday."
    assert coded(coder, text)[0] == "180"


def test_gunmen_opening_fire_on_worshippers(coder: Coder) -> None:
    text = "Nigerian gunmen opened fire on worshippers leaving a service in Owo on Sunday."
    assert coded(coder, text)[0] == "180"


def test_troops_said_to_have_killed_civilians(coder: Coder) -> None:
    text = "Witnesses said Cameroonian troops had killed civilians in the town of Bamenda."
    assert coded(coder, text) == ("180", "CMR/MIL", "CMR/CVL")


def test_artillery_fire_killing_civilians_stays_a_fight(coder: Coder) -> None:
    # point 39: a strike that kills people and names no site stays with the armed force
    text = "Thai artillery fire killed two civilians in the Cambodian village of Samrong."
    assert [event.cameo_root for event in events(coder, text)][:1] == ["19"]


def test_militants_attacking_soldiers_stays_a_fight(coder: Coder) -> None:
    text = "Burkinabe militants attacked soldiers near the town of Djibo on Sunday."
    assert coded(coder, text)[0] == "190"


def test_fire_on_passengers_with_an_exchange_of_fire_is_a_fight(coder: Coder) -> None:
    text = (
        "Somali gunmen opened fire on passengers at a bus stop in Mogadishu, exchanging fire "
        "with the guards."
    )
    assert [event.cameo_root for event in events(coder, text)][:1] == ["19"]
