"""Round 45 (coop45): material cooperation (PentaClass 2: CAMEO 07 PROVIDE AID, 08 YIELD), the
forms of it the coder missed or took for another act, and the near misses that are no such act.
Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, events, first_act, recommended_coder

coder = recommended_coder


# --- a measure given up: amendments, laws, decrees, revisions (080) ---


def test_dropped_amendments_are_a_concession(coder: Coder) -> None:
    """ "dropped the constitutional amendments": a measure given up, as a plan or bill is."""
    text = "Governor Halvorsen dropped the constitutional amendments after three days of marches."
    act = first_act(coder, text)
    assert act is not None and act[1] == "080" and act[2] == 2


def test_withdrawn_amendments_are_no_troop_withdrawal(coder: Coder) -> None:
    """ "withdrew the amendments to the press law": a concession (080), not 087 (troops)."""
    text = "The cabinet in Tarvia withdrew the amendments to the press law on Friday."
    codes = code_list(coder, text)
    assert "080" in codes
    assert "087" not in codes


def test_scrapped_law_and_shelved_revision(coder: Coder) -> None:
    """ "scrapped the new mining law", "shelved the revision of the voting code": the same."""
    scrapped = "The government scrapped the new mining law after the strikes."
    assert "080" in code_list(coder, scrapped)
    shelved = "Senators shelved the revision of the voting code on Monday."
    assert "080" in code_list(coder, shelved)


def test_dropped_player_is_no_concession(coder: Coder) -> None:
    """Near miss: a coach dropping a player gives up no measure."""
    assert code_list(coder, "The coach dropped the goalkeeper for the cup final on Sunday.") == []


# --- bail granted (0841) ---


def test_bail_granted_is_a_release(coder: Coder) -> None:
    """ "a magistrate granted bail to the editor": the accused let out of custody (0841)."""
    text = "A magistrate in Ostrava granted bail to the newspaper editor on Wednesday."
    act = first_act(coder, text)
    assert act is not None and act[1] == "0841" and act[0] == "RETREAT"


def test_bail_refused_is_no_release(coder: Coder) -> None:
    """Near miss: bail denied lets no one out."""
    text = "A magistrate in Ostrava denied bail to the newspaper editor on Wednesday."
    assert code_list(coder, text) == ["173"]


# --- an armed wing disbanded by its own side (0873) ---


def test_rebels_disbanding_their_armed_wing_demobilise(coder: Coder) -> None:
    """ "disbanded their armed wing": their own forces stood down."""
    text = "The Velmar rebels disbanded their armed wing at a ceremony in the hills."
    assert "0873" in code_list(coder, text)


def test_government_disbanding_a_commission_is_no_demobilisation_codes_nothing(
    coder: Coder,
) -> None:
    """Near miss: a body another side disbands is no armed force of the disbander's."""
    text = "The government disbanded the anti-graft commission in March."
    assert code_list(coder, text) == []


# --- aid dispatched (070) ---


def test_dispatched_medicine_is_aid(coder: Coder) -> None:
    """ "dispatched 30 tonnes of medicine to X": aid sent."""
    text = "Chile dispatched 30 tonnes of medicine to Peru after the landslides."
    act = first_act(coder, text)
    assert act is not None and act[1] == "070"


def test_dispatched_investigators_are_no_aid(coder: Coder) -> None:
    """Near miss: investigators dispatched carry no aid."""
    text = "Chile dispatched a team of investigators to the border town of Arica."
    assert code_list(coder, text) == ["090"]


# --- yield as produce (no 080) ---


def test_a_policy_that_yielded_few_results_yields_to_no_one_codes_nothing(coder: Coder) -> None:
    """ "the reform has yielded few results": yield as produce."""
    text = "Minister Okafor's land reform has yielded few results, critics said."
    assert code_list(coder, text) == []


def test_a_harvest_yielded_is_no_concession(coder: Coder) -> None:
    """ "could yield twice as much sorghum": a crop."""
    text = "Agronomists say the new seed varieties could yield twice as much sorghum per acre."
    assert code_list(coder, text) == []


def test_yielding_to_demands_stays_a_concession(coder: Coder) -> None:
    """Near miss: "yielded to the nurses' demands" gives way to a side (083)."""
    text = "The government yielded to the nurses' demands on Thursday."
    act = first_act(coder, text)
    assert act is not None and act[1] == "083"


# --- class-4 and class-3 acts the yield words took (and the reverse) ---


def test_tear_gas_released_is_force_not_a_release(coder: Coder) -> None:
    """ "riot police released tear gas on the marchers": force (175), no one freed (0841)."""
    text = "Riot police released tear gas on the marchers in Lomé on Saturday."
    codes = code_list(coder, text)
    assert "175" in codes
    assert "0841" not in codes


def test_released_detainees_stay_a_release(coder: Coder) -> None:
    """Near miss: "released 14 detainees" frees people (0841)."""
    text = "Riot police in Lomé released 14 detainees on Saturday."
    assert "0841" in code_list(coder, text)


def test_support_withdrawn_is_no_troop_withdrawal(coder: Coder) -> None:
    """ "The Greens withdrew their support for X's government": relations cut (160)."""
    text = "The Greens withdrew their support for Prime Minister Dalby's government."
    codes = code_list(coder, text)
    assert "160" in codes
    assert "087" not in codes


def test_troops_withdrawn_stay_a_withdrawal(coder: Coder) -> None:
    """Near miss: "withdrew its troops from the valley" is 087."""
    text = "Armenia withdrew its troops from the valley on Sunday."
    assert code_list(coder, text)[:1] == ["087"]


def test_veto_lifted_is_a_concession(coder: Coder) -> None:
    """ "Hungary lifted its veto on the membership talks": a block given up (080), no 129."""
    text = "Hungary lifted its veto on Moldova's membership talks on Thursday."
    act = first_act(coder, text)
    assert act is not None and act[1] == "080"


def test_veto_cast_stays_a_veto(coder: Coder) -> None:
    """Near miss: "vetoed the joint statement" is 129."""
    text = "Hungary vetoed the joint statement on Thursday."
    assert "129" in code_list(coder, text)


def test_curfew_lifted_in_the_passive(coder: Coder) -> None:
    """ "The curfew in Kisumu was lifted on Sunday": eased (081)."""
    assert "081" in code_list(coder, "The curfew in Kisumu was lifted on Sunday.")


def test_curfew_imposed_in_the_passive_is_no_easing_codes_nothing(coder: Coder) -> None:
    """Near miss: a curfew imposed eases nothing."""
    assert code_list(coder, "A curfew was imposed in Kisumu on Sunday.") == []


def test_sanctions_eased_in_the_passive_are_no_sanctions(coder: Coder) -> None:
    """ "Sanctions on Minsk were eased by Canada": 085, not 163 (the noun alone)."""
    text = "Sanctions on Belarus were eased by Canada on Monday."
    codes = code_list(coder, text)
    assert "085" in codes
    assert "163" not in codes


def test_sanctions_imposed_in_the_passive_stay_sanctions(coder: Coder) -> None:
    """Near miss: "were imposed" stays 16."""
    text = "Sanctions on Belarus were imposed by Canada on Monday."
    assert code_list(coder, text) == ["163"]


def test_border_reopened_in_the_passive(coder: Coder) -> None:
    """ "The border with Benin was reopened": 081."""
    assert "081" in code_list(coder, "The border with Benin was reopened on Monday.")


def test_hostages_handed_over_to_the_red_cross_are_released(coder: Coder) -> None:
    """ "were handed over to the Red Cross": captives let go (0841), they the target."""
    found = events(coder, "The hostages were handed over to the Red Cross in Tripoli.")
    assert found and found[0].cameo_code == "0841"
    assert found[0].target is not None and found[0].target.text == "hostages"


def test_suspects_handed_over_to_police_are_not_released(coder: Coder) -> None:
    """Near miss: suspects handed over to the police pass into custody."""
    text = "The two suspects were handed over to the police in Tripoli."
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # suspects handed to the police at home are coded judicial cooperation.
    assert "0841" not in code_list(coder, text)


def test_water_bombing_planes_sent_are_aid(coder: Coder) -> None:
    """ "Croatia sent two water-bombing planes to Albania": help against a fire (073)."""
    text = "Croatia sent two water-bombing planes to Albania on Tuesday."
    act = first_act(coder, text)
    assert act is not None and act[1] == "073" and act[2] == 2


def test_fighter_planes_sent_are_no_disaster_aid(coder: Coder) -> None:
    """Near miss: fighter jets sent are no help against a fire (073)."""
    text = "Croatia sent two fighter planes to the border on Tuesday."
    # Today the coder codes nothing here (round 48's list); weak on purpose:
    # planes sent to a border are a deployment, 15 MOBILIZE by the guide.
    assert "073" not in code_list(coder, text)


def test_vaccine_doses_received_are_aid(coder: Coder) -> None:
    """ "received 20,000 doses of vaccine from Cuba": aid (070), the giver the source."""
    found = events(coder, "Malawi received 20,000 doses of vaccine from India.")
    assert found and found[0].cameo_code == "070"
    assert found[0].source is not None and found[0].source.country == "IND"


def test_fuel_trucks_allowed_in_is_access_for_aid(coder: Coder) -> None:
    """ "allowed fuel trucks into the enclave": humanitarian access (0863)."""
    text = "Egypt allowed fuel trucks into Gaza on Friday."
    assert "0863" in code_list(coder, text)


# --- aid words in no act of aid ---


def test_a_count_of_people_is_no_sum_sent_codes_nothing(coder: Coder) -> None:
    """ "sent warnings to 3 million viewers": a count of people, no sum given (070)."""
    text = "The agency sent warnings to 3 million viewers in Gdansk."
    assert code_list(coder, text) == []


def test_a_sum_of_money_sent_stays_aid(coder: Coder) -> None:
    """Near miss: "sent 3 million euros to the Red Crescent" is aid (070)."""
    text = "Denmark sent 3 million euros to the Red Crescent in Sudan."
    assert "070" in code_list(coder, text)


def test_food_delivered_to_millions_stays_aid(coder: Coder) -> None:
    """Near miss: the people counted after the aid do not undo it."""
    text = "UNICEF delivered food to 2 million people in Somalia."
    assert "070" in code_list(coder, text)


def test_a_job_told_as_a_scene_is_no_aid(coder: Coder) -> None:
    """ "was distributing food in a market when the clashes began": an errand, no aid given."""
    text = (
        "Karim Obeid, a Lebanese cook, was distributing food in a Tripoli market when the "
        "clashes began."
    )
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # clashes named as a time reference ('when the clashes began') are coded.
    assert "070" not in code_list(coder, text)


# --- a restriction struck down (081) ---


def test_restrictions_cancelled_by_a_court_are_eased(coder: Coder) -> None:
    """ "a tribunal cancelled restrictions on foreign reporters": eased (081)."""
    text = "A Bolivian tribunal cancelled restrictions on foreign reporters in La Paz."
    assert "081" in code_list(coder, text)


def test_ban_overturned_is_eased(coder: Coder) -> None:
    """ "overturned the ban on the opposition party's rallies": eased (081)."""
    text = "The court overturned the ban on the opposition party's rallies."
    assert "081" in code_list(coder, text)


def test_a_meeting_on_a_ban_cancelled_eases_nothing(coder: Coder) -> None:
    """Near miss: what is cancelled is a meeting, not the ban."""
    text = "The council cancelled a meeting on the ban."
    assert code_list(coder, text) == []


def test_an_event_cancelled_for_a_curfew_eases_nothing(coder: Coder) -> None:
    """Near miss: "cancelled the festival because of the curfew" eases no curfew."""
    text = "The government cancelled the festival because of the curfew."
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a curfew named as a reason is coded imposed.
    assert "081" not in code_list(coder, text)
