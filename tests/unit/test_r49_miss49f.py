"""Round 49 (miss49f): misses of news-site copy and the natural feed, tested on sentences
written for them.

- "The presenter was taken from the studio by men in uniform", "had been taken from their
  homes overnight", "Officers took the union leader from his office": a person taken from where
  they live or work is detained (173, docs/labelling.md point 6), as one "picked up" there
  already was; with no agent the police of the country hold them (`roles.ARRESTED`). The
  injured taken from a building to hospital, papers taken from an office and a taking dated
  decades back stay none.
- "has hosted the first direct talks in three years between A and B", "have staged the largest
  protest in a decade", "has met ... for the first time since 2022": a record told with the act
  measures the day's act against the past; it is no span of acts that makes a site's perfect
  background (`existence._spanned`, `existence._dated`; point 14), and the talks are A's with B
  (point 13, the host no party) with a day, place or record between "talks" and "between".
  "have staged protests ... for months" stays a standing act, none.
- "Some threw stones at a gendarmerie post", "Stones were thrown at the police station": a
  crowd's missiles at a force's post, checkpoint or patrol, and the same told in the passive,
  are a riot (145, point 42), the force hit its target, also when the crowd is implied only
  after scoring ("Youths hurled petrol bombs at a police station": `_riot_at_force` read again
  in `_implied`). Stones thrown into a river stay none; an office hit keeps the government.
- "told parliament that the trawler's owners would face the full weight of our law": the law's
  full force or weight announced for a side is a threat (130, point 9), the speaker's, aimed at
  the side that would face it (as "would pay a heavy price", `coder._made_to_pay`). A bill that
  "would face the opposition" of lawmakers and owners who "face a fine" stay none.
- "intercepted a Chinese longliner", "seiners were intercepted": the fishing fleets' kinds of
  boat join the vessels stopped at sea (171).
- "were released late on Friday, police said", "placed on higher alert, the army said", "were
  pulled back ..., the defence ministry said": a release or withdrawal (08) or a show of force
  (15) told in the passive with no agent is the state body's that reports it, as an arrest so
  told already was (`coder._done_by_reporter`, `REPORTED_ROOTS`; docs/labelling.md point 21: the
  saying is theirs, the act too). Soldiers killed, reported by their army, stay no act of it;
  and a lawyer who reports a client's arrest or release (`JUD` in agents.tsv) speaks for the
  defence and holds or frees no one (`coder.DEFENDERS`).
- "placed the opposition blogger under police surveillance", "ordered round-the-clock
  surveillance of the opposition leader's residence", "ordered police to step up their watch on
  the former president's home": docs/labelling.md point 35, a court ordering a named person
  put under surveillance is 17 (173). A volcano under monitoring stays none, and troops
  stepping up surveillance along a border stay a show of force (152).
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, first_dyad, recommended_coder, site_first, undated_in

coder = recommended_coder

ARREST_LEAD = "Police in Malawi have arrested two opposition councillors in Blantyre. "


# --- a person taken from a home, an office or a studio (173) ---


def test_taken_from_the_studio_is_a_detention(coder: Coder) -> None:
    text = (
        "The radio presenter, who anchors a popular evening show, was taken from the studio "
        "in Gulu by men in uniform, colleagues said."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("COERCE", "173") and found[3] == "UGA"


def test_taken_from_their_homes_in_reported_speech(coder: Coder) -> None:
    body = (
        "Uganda's main opposition party said two of its organisers had been taken from their "
        "homes in Jinja overnight."
    )
    found = undated_in(coder, body, 0)
    assert found and found[0].cameo_code == "173"
    assert found[0].source is not None and found[0].source.sector == "COP"


def test_taken_from_the_newsroom_after_a_clause(coder: Coder) -> None:
    body = (
        "Zimbabwe's information ministry has denied that journalists are being targeted. "
        "Hours after the broadcast, the editor was taken from the newsroom in Harare and "
        "driven to a police station."
    )
    assert site_first(coder, body, 1) == ("173", "ZWE", "ZWE")


def test_officers_took_him_from_his_office(coder: Coder) -> None:
    text = "Officers took the union leader from his office in Lusaka on Tuesday, his lawyer said."
    assert first_dyad(coder, text) == ("COERCE", "173", "ZMB", "ZMB")


def test_taken_from_his_home_in_a_site_article(coder: Coder) -> None:
    body = (
        ARREST_LEAD + "One of them, Peter Banda, was taken from his home in the Ndirande "
        "district before dawn and questioned for several hours, his wife said."
    )
    assert site_first(coder, body, 1) == ("173", "MWI", "MWI")


def test_the_injured_taken_to_hospital_are_no_detention(coder: Coder) -> None:
    text = "The injured were taken from the building to a hospital in Blantyre."
    assert first_dyad(coder, text) is None


def test_papers_taken_from_an_office_are_no_detention(coder: Coder) -> None:
    text = "Documents and laptops were taken from the party's offices, the party said."
    assert first_dyad(coder, text) is None
    assert site_first(coder, ARREST_LEAD + text, 1) is None


def test_a_body_taken_from_a_house_is_no_detention(coder: Coder) -> None:
    text = "The body was taken from the house in Lilongwe on Tuesday."
    assert first_dyad(coder, text) is None


def test_a_taking_decades_back_is_background(coder: Coder) -> None:
    text = "The singer was taken from his home by the military in 1983 and never seen again."
    assert first_dyad(coder, text) is None


# --- a record is no span (04, 14, 15 in the site's perfect) ---


def test_first_talks_in_years_between_two_sides(coder: Coder) -> None:
    text = (
        "Norway has hosted the first direct talks in three years between Serbia and Kosovo, "
        "bringing their negotiators together in Oslo."
    )
    assert first_dyad(coder, text) == ("CONSULT", "046", "SRB", "XKX")


def test_talks_hosted_on_a_day_between_two_sides(coder: Coder) -> None:
    text = (
        "Angola has brokered the first face-to-face negotiations since 2021 between Rwanda "
        "and Congo."
    )
    assert first_dyad(coder, text) == ("CONSULT", "046", "RWA", "COD")


def test_largest_protest_in_a_decade(coder: Coder) -> None:
    text = (
        "Thousands of farmers have staged the largest protest in a decade outside parliament "
        "in Warsaw."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("PROTEST", "141", "POL")


def test_biggest_drills_in_years(coder: Coder) -> None:
    text = (
        "Venezuela's army has carried out its biggest drills in years near the border with Guyana."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("MOBILIZE", "150", "VEN")


def test_first_meeting_since_a_year(coder: Coder) -> None:
    text = "Kenya's president has met the opposition leader for the first time since 2022."
    assert first_dyad(coder, text) == ("CONSULT", "040", "KEN", "KEN")


def test_protests_for_months_stay_a_standing_act(coder: Coder) -> None:
    text = "Farmers have staged protests outside parliament in Warsaw for months."
    assert first_dyad(coder, text) is None


def test_drills_in_recent_years_stay_a_standing_act(coder: Coder) -> None:
    text = "Venezuela's army has carried out drills near the border with Guyana in recent years."
    assert first_dyad(coder, text) is None


# --- a crowd's missiles at a force's post (145) ---


RIOT_LEAD = (
    "Police in Chad have fired tear gas at hundreds of young people protesting against fuel "
    "prices in Moundou, witnesses said. The protesters had marched through the town centre. "
)


def test_stones_at_a_gendarmerie_post(coder: Coder) -> None:
    body = (
        RIOT_LEAD + "Some threw stones at a gendarmerie post near the cathedral, and one "
        "gendarme was hurt, an official said."
    )
    found = undated_in(coder, body, 2)
    assert found and found[0].cameo_code == "145"
    assert found[0].source is not None and found[0].source.country == "TCD"
    assert found[0].target is not None and found[0].target.sector == "COP"


def test_stones_thrown_at_the_police_station_in_the_passive(coder: Coder) -> None:
    body = (
        "Guinea's government has banned all street protests in Conakry. Stones were thrown at "
        "the police station in Kindia during the march, the governor said."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].cameo_code == "145"
    assert found[0].target is not None and found[0].target.sector == "COP"


def test_unnamed_crowd_hits_the_police_station(coder: Coder) -> None:
    body = "Youths hurled petrol bombs at a police station in the northern town of Kpalime."
    found = undated_in(coder, body, 0)
    assert found and found[0].cameo_code == "145"
    assert found[0].target is not None and found[0].target.sector == "COP"


def test_unnamed_crowd_at_an_office_stays_against_the_government(coder: Coder) -> None:
    body = "Youths hurled petrol bombs at the prime minister's office in Lome."
    found = undated_in(coder, body, 0)
    assert found and found[0].cameo_code == "145"
    assert found[0].target is not None and found[0].target.sector == "GOV"


def test_rocks_at_an_army_checkpoint(coder: Coder) -> None:
    """A named crowd's rocks at a checkpoint were a riot before (the crowd line); kept so."""
    text = "Demonstrators threw rocks at an army checkpoint outside Bunia on Friday."
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("PROTEST", "145", "COD")


def test_stones_into_a_river_are_no_riot(coder: Coder) -> None:
    text = "Children threw stones into the river near the old bridge in Moundou."
    assert first_dyad(coder, text) is None


# --- the law's full force announced (130) ---


def test_full_weight_of_the_law_is_a_threat(coder: Coder) -> None:
    text = "The interior minister said the rioters will face the full force of the law."
    found = events(coder, text)
    assert found and found[0].cameo_code == "130"
    assert found[0].source is not None and found[0].source.sector == "GOV"
    assert found[0].target is not None and found[0].target.sector == "CVL"


def test_full_weight_told_to_parliament(coder: Coder) -> None:
    text = (
        "Samoa's prime minister told parliament in Apia that the smugglers' bosses would face "
        '"the full weight of our law".'
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("THREATEN", "130", "WSM")


def test_full_rigour_in_a_quote(coder: Coder) -> None:
    text = (
        '"Those who looted shops in Honiara will face the full rigour of the law," the police '
        "commissioner said on Tuesday."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[:3] == ("THREATEN", "130", "SLB")


def test_a_bill_facing_opposition_is_no_threat(coder: Coder) -> None:
    text = "The bill would face the opposition of most lawmakers in the senate, analysts said."
    assert first_dyad(coder, text) is None


def test_owners_facing_a_fine_is_no_threat(coder: Coder) -> None:
    text = "The trawler's owners face a fine of up to 2 million dollars under the fisheries law."
    assert first_dyad(coder, text) is None


# --- fishing boats intercepted (171) ---


def test_longliner_intercepted(coder: Coder) -> None:
    text = (
        "Palau's patrol boat intercepted a Chinese longliner inside the country's waters on Sunday."
    )
    assert first_dyad(coder, text) == ("COERCE", "171", "PLW", "CHN")


def test_seiners_intercepted_in_the_passive(coder: Coder) -> None:
    text = "Two Indonesian seiners were intercepted by the Australian navy north of Darwin."
    assert first_dyad(coder, text) == ("COERCE", "171", "AUS", "IDN")


def test_a_longliner_back_in_port_is_no_act(coder: Coder) -> None:
    text = "The longliner returned to port in Majuro after three weeks at sea."
    assert first_dyad(coder, text) is None


# --- a release, a withdrawal or a show of force told in the passive, its reporter the doer ---


def test_released_police_said(coder: Coder) -> None:
    body = (
        "Three student activists were released late on Friday after questioning, police in "
        "Lima said."
    )
    found = undated_in(coder, body, 0)
    assert found and found[0].cameo_code == "0841"
    assert found[0].source is not None and found[0].source.sector == "COP"


def test_freed_in_reported_speech(coder: Coder) -> None:
    body = (
        "Estonia's interior ministry said the 12 detained students had been freed without charge."
    )
    found = undated_in(coder, body, 0)
    assert found and found[0].cameo_code == "0841"
    assert found[0].source is not None and "ministry" in found[0].source.text


def test_placed_on_alert_the_army_said(coder: Coder) -> None:
    body = (
        "Reserve units along the frontier have been placed on higher alert, the Armenian army said."
    )
    assert site_first(coder, body) == ("152", "ARM", None)


def test_pulled_back_the_ministry_said(coder: Coder) -> None:
    body = (
        "Troops were pulled back from the two border villages overnight, Azerbaijan's defence "
        "ministry said."
    )
    found = undated_in(coder, body, 0)
    assert found and found[0].cameo_code == "087"
    assert found[0].source is not None and found[0].source.country == "AZE"


def test_soldiers_killed_are_not_the_reporters_act(coder: Coder) -> None:
    body = "Five soldiers were killed in the ambush near the border, the Malian army said."
    found = undated_in(coder, body, 0)
    assert found and found[0].cameo_root == "19"
    assert found[0].source is None or found[0].source.sector != "MIL"


def test_lawyer_reporting_an_arrest_made_none(coder: Coder) -> None:
    body = "The activist was detained on Sunday, his lawyer said."
    found = undated_in(coder, body, 0)
    assert found and found[0].cameo_code == "173"
    assert found[0].source is None or found[0].source.sector != "JUD"


# --- surveillance ordered or imposed on a named person (173, point 35) ---


def test_placed_under_police_surveillance(coder: Coder) -> None:
    text = "A court in Minsk placed the opposition blogger under police surveillance for two years."
    assert first_dyad(coder, text) == ("COERCE", "173", "BLR", "BLR")


def test_surveillance_of_a_residence_ordered(coder: Coder) -> None:
    text = (
        "Prosecutors in Caracas ordered round-the-clock surveillance of the opposition leader's "
        "residence on Tuesday."
    )
    assert first_dyad(coder, text) == ("COERCE", "173", "VEN", "VEN")


def test_watch_on_a_home_stepped_up_by_order(coder: Coder) -> None:
    text = (
        "A judge in Lima ordered police to step up their watch on the former president's home, "
        "citing a risk that he might flee."
    )
    found = events(coder, text)
    assert found and found[0].cameo_code == "173"
    assert found[0].source is not None and found[0].source.sector == "JUD"


def test_put_under_surveillance_in_the_passive(coder: Coder) -> None:
    text = "The dissident has been placed under police surveillance, his lawyer said."
    found = events(coder, text)
    assert found and found[0].cameo_code == "173"
    assert found[0].target is not None and found[0].target.sector == "OPP"


def test_a_volcano_under_monitoring_is_no_act(coder: Coder) -> None:
    text = "Scientists placed the volcano under constant monitoring after the tremors."
    assert first_dyad(coder, text) is None


def test_surveillance_stepped_up_at_a_border_stays_a_show_of_force(coder: Coder) -> None:
    text = "The army stepped up surveillance along the border with Colombia."
    found = first_dyad(coder, text)
    assert found is not None and found[:2] == ("MOBILIZE", "152")
