"""Round 49 (roles49): parties read by the labelling guide's conventions where the opened sets
broke them. Section 2: "both sides" and "the two countries" acting together act through the side
the article names first, and as a target stand for that side; an act aimed at the pair (a host
receiving "the two ministers") leaves the pair what it was. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import recommended_coder, sides_of, undated_in

coder = recommended_coder

# Two states named in the lead, then a visit that names the second one first
SIGNED = (
    "Ghana and Togo have signed an accord on policing their shared coastline. "
    "Togo's interior minister flew to Accra for the signing ceremony. "
)


def first_dyad_of(coder: Coder, body: str, index: int) -> tuple[str, str | None, str | None]:
    found = undated_in(coder, body, index)
    assert found, body
    return (found[0].plover_type, *sides_of(found[0]))


# --- the pair of states as the subject: the side the article names first (references) ---


def test_two_countries_as_subject_act_through_the_first_named(coder: Coder) -> None:
    body = SIGNED + "The two countries agreed to hold joint naval patrols from next month."
    assert first_dyad_of(coder, body, 2) == ("AGREE", "GHA", "TGO")


def test_both_governments_appealing_act_through_the_first_named(coder: Coder) -> None:
    body = SIGNED + "Both governments urged Benin to join the patrols."
    assert first_dyad_of(coder, body, 2)[:2] == ("REQUEST", "GHA")


def test_two_sides_in_reported_speech_act_through_the_first_named(coder: Coder) -> None:
    body = SIGNED + "The two sides have pledged to share radar data, officials said."
    assert first_dyad_of(coder, body, 2) == ("AGREE", "GHA", "TGO")


def test_rejected_call_of_both_governments_answers_the_first_named(coder: Coder) -> None:
    body = (
        SIGNED + "Both governments called on Benin to join the patrols. "
        "Benin's foreign ministry rejected the call, saying its navy was stretched."
    )
    assert first_dyad_of(coder, body, 3) == ("REJECT", "BEN", "GHA")


def test_two_leaders_keep_the_order_of_their_meeting(coder: Coder) -> None:
    """Near miss: "the two leaders" are the two people the last act named, in its order."""
    body = (
        SIGNED + "Togo's president spoke by phone with Ghana's president on Friday. "
        "The two leaders agreed to meet again in Lome next month."
    )
    assert first_dyad_of(coder, body, 3) == ("AGREE", "TGO", "GHA")


# --- an act aimed at the pair leaves the pair as it was (coder._by_pair) ---

HOSTED = (
    "Qatar has hosted talks between Armenia and Azerbaijan on reopening their border. "
    "Armenia accused Azerbaijan of massing troops near the frontier. "
    "Azerbaijan denied the accusation. "
)


def test_host_receiving_the_two_ministers_is_no_side_of_the_pair(coder: Coder) -> None:
    body = (
        HOSTED + "Qatar's emir received the two foreign ministers separately on Sunday. "
        "France welcomed the talks and called on both governments to withdraw their troops."
    )
    found = undated_in(coder, body, 4)
    assert found and sides_of(found[0]) == ("FRA", "ARM")


def test_both_sides_urged_after_a_host_addresses_the_pair(coder: Coder) -> None:
    body = (
        HOSTED + "Qatar's foreign minister met both delegations in Doha. "
        "Germany urged both sides to keep talking."
    )
    assert first_dyad_of(coder, body, 4) == ("REQUEST", "DEU", "ARM")


def test_host_meeting_one_named_side_still_counts(coder: Coder) -> None:
    """Near miss: a host's act on one side named by name is an act between two countries;
    the coder keeps that as the last pair, as before (the rule reads only the pair's words)."""
    body = (
        HOSTED + "Qatar's foreign minister met Armenia's foreign minister in Doha. "
        "Germany urged both sides to keep talking."
    )
    found = undated_in(coder, body, 4)
    assert found and sides_of(found[0])[0] == "DEU"
    assert sides_of(found[0])[1] != "DEU"


# --- a release asked of whoever holds the prisoners (coder._release_asked, _protested_to) ---

SUMMONED = (
    "Senegal has summoned Gambia's ambassador to protest against the detention of nine "
    "Senegalese herders by Gambian soldiers near the border. "
)


def test_release_demanded_of_the_state_protested_to(coder: Coder) -> None:
    body = SUMMONED + "Senegal's foreign minister demanded their immediate release."
    assert first_dyad_of(coder, body, 1) == ("REQUEST", "SEN", "GMB")


def test_quoted_passive_release_demand_of_the_state_protested_to(coder: Coder) -> None:
    body = SUMMONED + '"We demand that our herders be released at once," the foreign minister said.'
    assert first_dyad_of(coder, body, 1) == ("REQUEST", "SEN", "GMB")


def test_release_called_for_after_an_accusation(coder: Coder) -> None:
    body = (
        "Nepal accused India of holding seven Nepali porters without charge at a border post. "
        "Nepal's foreign ministry called for the porters' immediate release."
    )
    assert first_dyad_of(coder, body, 1) == ("REQUEST", "NPL", "IND")


def test_passive_release_demand_after_the_arrest_told(coder: Coder) -> None:
    body = (
        "Eritrean troops detained four Djiboutian shepherds near the border on Monday. "
        "Djibouti's government demanded that they be released without delay."
    )
    assert first_dyad_of(coder, body, 1) == ("REQUEST", "DJI", "ERI")


def test_release_asked_at_home_stays_with_the_home_holder(coder: Coder) -> None:
    """Near miss: no foreign state protested to; the home police's arrest names the holder."""
    body = (
        "Police in Arequipa detained 20 students during a march against fee rises. "
        "The students' union demanded that they be released before nightfall."
    )
    found = undated_in(coder, body, 1)
    assert [(e.plover_type, *sides_of(e)) for e in found][:1] == [("REQUEST", "PER", "PER")]


def test_release_not_aimed_at_a_state_another_side_accused(coder: Coder) -> None:
    """Near miss: the accusation before is a third state's, not the demander's side's."""
    body = (
        "Chile accused Peru of mistreating migrants at the border. "
        "Bolivia's government demanded the release of 12 Bolivian truck drivers."
    )
    found = undated_in(coder, body, 1)
    assert found and sides_of(found[0])[1] != "PER"


# --- an envoy is summoned abroad, never by his own state (coder._host) ---

# An article that names the envoy's state most, so that it is the article's country
EXPELLED = (
    "Finland expelled a Russian diplomat on Monday over spying. "
    "Russia called the move hostile and Russia's foreign ministry said Russia would respond. "
    "Russian state media said Russia would expel a Finnish diplomat in turn. "
    "The European Union praised the Finnish decision. "
)


def test_passive_summons_is_the_other_sides_not_the_envoys_own(coder: Coder) -> None:
    body = EXPELLED + "The Russian ambassador was summoned to the foreign ministry on Tuesday."
    assert first_dyad_of(coder, body, 4) == ("ACCUSE", "FIN", "RUS")


def test_perfect_passive_summons_with_a_protest_is_the_other_sides(coder: Coder) -> None:
    body = EXPELLED + "Later the Russian envoy was also summoned and handed a protest note."
    assert first_dyad_of(coder, body, 4)[1:] == ("FIN", "RUS")


def test_summons_naming_the_host_city_keeps_it(coder: Coder) -> None:
    """Near miss: a place after the summons names the host (as before the rule)."""
    body = EXPELLED + "The Russian ambassador was summoned to the foreign ministry in Oslo."
    assert first_dyad_of(coder, body, 4)[1:] == ("NOR", "RUS")


# --- a crowd at a foreign embassy is of the country it stands in (coder._crowd_at_embassy) ---

# A story whose own country is the embassy's: a bare crowd word would take it
SEIZED = (
    "Norway's coast guard seized two Icelandic trawlers on Monday. "
    "Norway said the trawlers had fished without permits. "
    "Norway's fisheries minister defended the seizure. "
)


def test_fishermen_rallying_at_an_embassy_are_of_its_host_city(coder: Coder) -> None:
    body = SEIZED + "Dozens of fishermen rallied outside the Norwegian embassy in Reykjavik."
    assert first_dyad_of(coder, body, 3) == ("PROTEST", "ISL", "NOR")


def test_groups_in_a_country_protesting_at_an_embassy_are_of_it(coder: Coder) -> None:
    body = SEIZED + "Trawler crews in Iceland held a rally outside the Norwegian embassy."
    assert first_dyad_of(coder, body, 3)[1:] == ("ISL", "NOR")


def test_crowd_at_an_embassy_in_perfect_is_of_its_host(coder: Coder) -> None:
    body = SEIZED + "Hundreds of people have protested outside the Norwegian embassy in Reykjavik."
    assert first_dyad_of(coder, body, 3)[1:] == ("ISL", "NOR")


def test_crowd_at_an_embassy_with_a_demand_is_of_its_host(coder: Coder) -> None:
    body = (
        SEIZED + "Sailors demonstrated at the Norwegian embassy in Reykjavik on Tuesday, "
        "demanding the crews' return."
    )
    assert first_dyad_of(coder, body, 3)[1:] == ("ISL", "NOR")


def test_crowd_named_by_the_embassys_country_keeps_it(coder: Coder) -> None:
    """Near miss: a crowd named by its own country protesting at its own state's embassy
    abroad keeps its country (section 2: the protest targets that state)."""
    body = SEIZED + "Norwegian students protested outside the Norwegian embassy in Reykjavik."
    assert first_dyad_of(coder, body, 3)[1] == "NOR"
