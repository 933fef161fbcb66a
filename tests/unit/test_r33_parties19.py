"""Parties, round 33 (parties19). Every sentence here was written for these tests.

- a government that accuses or blames an armed group, party or people of its own country is
  still that country's (only a state named as the accused tells a bare body it is not the
  accused state's own);
- "Sudan's army-led government", "Yemen's Saudi-backed government": a capitalised compound
  between a country's possessive and a bare sector leaves the sector the country's;
- "The U.N. envoy for Syria, Geir Pedersen,": an unknown name set off after a title and the
  country or body it is posted for or to holds the title (the post is no owner of the name);
- militias are armed groups (REB, as the labelled sets code "Fano militia", "rival militias"),
  not a state's army: a government condemning an attack its country's militias made targets
  them, not the side they struck;
- the maker or supplier of a weapon ("Iranian-made missiles", "U.S.-supplied rockets") is no
  party of the act the weapon is used in (as the backer of "Iranian-backed" is none);
- a name set off after a title and a post the index does not know ("the U.N. envoy for the
  Great Lakes region, Huang Xia,") holds the title too."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import dyad, evaluation_coder, in_sentence

coder = evaluation_coder


def test_a_government_accusing_its_own_countrys_armed_group_stays_that_countrys(
    coder: Coder,
) -> None:
    body = (
        "PORT SUDAN, Sudan (AP) — The government accused the RSF of shelling a displacement "
        "camp in Darfur on Monday."
    )
    event = in_sentence(coder, body, 0, "ACCUSE")
    assert event.source is not None and event.source.code == "SDNGOV"
    assert event.target is not None and event.target.code == "SDNREB"


def test_a_government_blaming_an_insurgency_of_its_country_stays_that_countrys(
    coder: Coder,
) -> None:
    body = (
        "ABUJA, Nigeria (AP) — Gunmen killed 12 villagers in Borno state on Monday.\n\n"
        "The government blamed Boko Haram for the attack."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.source is not None and event.source.code == "NGAGOV"


def test_a_bare_body_accusing_its_own_states_army_is_still_rehomed(coder: Coder) -> None:
    # near miss: an organ of the state as the accused still tells the body it is another's
    body = (
        "YEREVAN, Armenia (AP) — The ministry accused the Armenian army of shelling border "
        "villages."
    )
    event = in_sentence(coder, body, 0, "ACCUSE")
    assert event.source is not None and event.source.country != "ARM"


def test_a_capitalised_compound_before_the_government_keeps_the_possessors_country(
    coder: Coder,
) -> None:
    body = "CAIRO (AP) — Sudan's army-led government accused the RSF of shelling a camp in Darfur."
    event = in_sentence(coder, body, 0, "ACCUSE")
    assert event.source is not None and event.source.code == "SDNGOV"
    text = "Yemen's Saudi-backed government accused the Houthis of shelling Taiz."
    assert dyad(coder, text, "ACCUSE") == ("YEM", "YEM")


def test_a_plain_possessed_government_is_unchanged(coder: Coder) -> None:
    # near miss: no compound between the possessive and the body
    text = "Sudan's government accused the RSF of shelling a camp in Darfur."
    assert dyad(coder, text, "ACCUSE") == ("SDN", "SDN")


def test_the_name_of_a_un_envoy_for_a_country_is_the_uns(coder: Coder) -> None:
    body = (
        "DAMASCUS, Syria (AP) — The U.N. envoy for Syria, Lars Hegdal, met President Bashar "
        "Assad on Monday.\n\nHegdal later urged the government to free detained protesters."
    )
    met = in_sentence(coder, body, 0, "CONSULT")
    assert met.source is not None and met.source.code.startswith("IGO")
    urged = in_sentence(coder, body, 1, "REQUEST")
    assert urged.source is not None and urged.source.code.startswith("IGO")


def test_the_name_of_an_ambassador_to_a_country_is_the_sending_states(coder: Coder) -> None:
    body = (
        "TOKYO (AP) — The U.S. ambassador to Japan, Mark Kellner, criticised China's coast "
        "guard on Tuesday."
    )
    event = in_sentence(coder, body, 0, "ACCUSE")
    assert event.source is not None and event.source.country == "USA"
    body = (
        "NAIROBI, Kenya (AP) — Britain's envoy to the African Union, Sarah Pell, urged the "
        "army to protect civilians."
    )
    event = in_sentence(coder, body, 0, "REQUEST")
    assert event.source is not None and event.source.country == "GBR"


def test_a_title_of_no_known_country_lends_none_to_the_name(coder: Coder) -> None:
    # near miss: the name after a title of no country stays the article's party
    body = "DAMASCUS, Syria (AP) — The envoy for Syria, Omar Haddad, met rebel leaders in Idlib."
    event = in_sentence(coder, body, 0, "CONSULT")
    assert event.source is not None and event.source.country == "SYR"


MILITIA_ATTACK = (
    "BAGHDAD (AP) — Militias fired rockets at a base housing U.S. troops in western Iraq on "
    "Tuesday, the Pentagon said.\n\n"
)


def test_a_government_condemning_its_militias_attack_targets_the_militias(coder: Coder) -> None:
    body = MILITIA_ATTACK + "Iraq's prime minister condemned the attack."
    attack = in_sentence(coder, body, 0, "ASSAULT")
    assert attack.source is not None and attack.source.code == "IRQREB"
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.target is not None and event.target.code == "IRQREB"


def test_a_government_condemning_a_foreign_armys_attack_targets_that_army(coder: Coder) -> None:
    # near miss: a state's troops are still its military
    body = (
        "BEIRUT (AP) — Israeli troops shelled a border village in southern Lebanon on Tuesday."
        "\n\nLebanon's prime minister condemned the attack."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert event.target is not None and event.target.country == "ISR"


def test_the_maker_of_the_missiles_is_not_the_target(coder: Coder) -> None:
    text = "Russian forces fired North Korean-made missiles at Kharkiv on Sunday."
    assert dyad(coder, text, "ASSAULT") == ("RUS", "UKR")
    text = "The Houthis fired Iranian-made missiles at a Greek-owned tanker in the Red Sea."
    assert dyad(coder, text, "ASSAULT")[1] != "IRN"


def test_the_supplier_of_the_weapons_is_not_the_target(coder: Coder) -> None:
    text = "Ukraine struck a Russian air base with U.S.-supplied missiles on Tuesday."
    assert dyad(coder, text, "ASSAULT") == ("UKR", "RUS")


def test_a_country_whose_missiles_are_fired_at_it_is_still_the_target(coder: Coder) -> None:
    # near miss: the country after "at" is the target, whatever the weapon's origin
    text = "Russian forces fired missiles at Ukraine's Kharkiv region on Sunday."
    assert dyad(coder, text, "ASSAULT") == ("RUS", "UKR")


def test_the_name_after_an_envoy_for_an_unknown_region_holds_the_title(coder: Coder) -> None:
    body = (
        "KINSHASA, Congo (AP) — The U.N. special envoy for the Great Lakes region, Lena "
        "Marsh, urged the rebels to withdraw from Goma."
    )
    event = in_sentence(coder, body, 0, "REQUEST")
    assert event.source is not None and event.source.code.startswith("IGO")
    body = (
        "CAIRO (AP) — The U.S. special envoy for the Middle East, Dan Kessler, met Egyptian "
        "President Abdel Fattah el-Sissi in Cairo."
    )
    event = in_sentence(coder, body, 0, "CONSULT")
    assert event.source is not None and event.source.country == "USA"


def test_a_name_after_a_lower_case_phrase_with_a_place_stays_unchanged(coder: Coder) -> None:
    # near miss: "a lawyer for the family" names no office of a state
    body = (
        "CAIRO (AP) — A lawyer for the Hassan family, Omar Fathy, accused police of torturing "
        "the detainee."
    )
    event = in_sentence(coder, body, 0, "ACCUSE")
    assert event.source is not None and event.source.country == "EGY"
