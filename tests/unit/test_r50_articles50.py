"""Round 50 (articles50): classes found by reading whole articles with every act coded beside
the coder's events (the shared article set): a passive's "by" agent after a count, criticism
told as "came under fire from" one titled critic, a verdict of unfitness on a person, and "the
outfit" for the armed group named before. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import coded_as, events, first_dyad, recommended_coder, sides_of, undated

coder = recommended_coder


def dyads(coder: Coder, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(PLOVER type, CAMEO code, source country, target country) of each event of a sentence."""
    return [(e.plover_type, e.cameo_code, *sides_of(e)) for e in events(coder, text)]


# --- a passive's "by" agent after a count (clauses.Layout._governing: a count's words do not
# use up the walk back from a noun to its preposition; section 2: "Passives are turned round") ---


def test_agent_after_a_range_of_numbers(coder: Coder) -> None:
    text = "A Malian army post was attacked by at least ten to twelve armed men near Gao."
    found = events(coder, text)
    assert found and found[0].plover_type == "ASSAULT"
    assert found[0].source is not None and found[0].source.sector == "REB"
    assert found[0].source.country == "MLI"


def test_agent_after_at_least_and_a_figure(coder: Coder) -> None:
    text = "Two Nigerien soldiers were killed by at least 30 heavily armed jihadists on Monday."
    found = events(coder, text)
    assert found and found[0].plover_type == "ASSAULT"
    assert found[0].source is not None and found[0].source.sector in ("REB", "INS")
    assert found[0].target is not None and found[0].target.sector == "MIL"


def test_reported_past_perfect_passive_after_a_range(coder: Coder) -> None:
    text = "Kenya's police said the convoy had been attacked by at least five or six masked gunmen."
    found = events(coder, text)
    assert found and found[0].plover_type == "ASSAULT"
    assert found[0].source is not None and found[0].source.sector in ("REB", "INS")
    assert found[0].source.country == "KEN"


def test_around_still_places_the_waters(coder: Coder) -> None:
    """Near miss: "around" is a count word and a preposition; "the waters around the
    Japanese-administered islands" still names Japan as the side the ships sail at."""
    text = (
        "Three Chinese navy ships sailed into the territorial waters around the "
        "Japanese-administered islands on Monday, Tokyo said."
    )
    found = first_dyad(coder, text)
    assert found is not None and found[0] == "MOBILIZE"
    assert found[2:] == ("CHN", "JPN")


# --- "came under fire from" one critic named by a title is criticism (111), the critic the
# source, the criticised the target (section 3: 11, criticised) ---


def test_under_fire_from_a_titled_senator(coder: Coder) -> None:
    text = "Peru's interior minister came under fire from Senator Rosa Quispe over the raid."
    assert dyads(coder, text)[:1] == [("ACCUSE", "111", "PER", "PER")]


def test_under_fire_from_the_opposition_leader_perfect(coder: Coder) -> None:
    text = (
        "The Greek government has come under fire from the opposition leader, who said the "
        "pension cuts broke its promises."
    )
    found = events(coder, text)
    assert found and (found[0].plover_type, found[0].cameo_code) == ("ACCUSE", "111")
    assert found[0].source is not None and found[0].source.sector == "OPP"
    assert found[0].target is not None and found[0].target.country == "GRC"


def test_under_fire_from_a_legislator_in_the_past(coder: Coder) -> None:
    text = "The defence ministry in Taipei came under fire from a Taiwanese legislator on Friday."
    found = dyads(coder, text)
    assert found[:1] == [("ACCUSE", "111", "TWN", "TWN")]


def test_drew_fire_from_a_titled_senator(coder: Coder) -> None:
    text = "Ecuador's defence minister drew fire from Senator Luis Paredes over the purchase."
    assert dyads(coder, text)[:1] == [("ACCUSE", "111", "ECU", "ECU")]


def test_has_drawn_fire_from_opposition_lawmakers(coder: Coder) -> None:
    text = "The Romanian government has drawn fire from opposition lawmakers over the tax rise."
    found = events(coder, text)
    assert found and (found[0].plover_type, found[0].cameo_code) == ("ACCUSE", "111")
    assert found[0].source is not None and found[0].source.sector == "OPP"
    assert found[0].target is not None and found[0].target.sector == "GOV"


def test_patrol_drew_fire_from_militants_is_no_criticism(coder: Coder) -> None:
    """Near miss: fire drawn from fighters is no criticism."""
    text = "The Malian patrol drew fire from militants hiding in the hills near Gao."
    assert "ACCUSE" not in {e.plover_type for e in events(coder, text)}


def test_troops_under_fire_from_militants_are_not_criticised(coder: Coder) -> None:
    """Near miss: armed fire comes from fighters; no criticism."""
    text = "Kenyan troops came under fire from militants near the Somali border."
    assert "ACCUSE" not in {e.plover_type for e in events(coder, text)}


# --- a verdict of unfitness on a person, or that a party belongs in jail, is the speaker's
# criticism of that person (section 3: 11; as "said X's actions were provocative") ---


def test_said_a_named_minister_was_unfit(coder: Coder) -> None:
    text = "Chile's opposition leader said Interior Minister Carolina Toha was unfit to serve."
    found = events(coder, text)
    assert found and (found[0].plover_type, found[0].cameo_code) == ("ACCUSE", "111")
    assert sides_of(found[0]) == ("CHL", "CHL")
    assert found[0].source is not None and found[0].source.sector == "OPP"
    assert found[0].target is not None and found[0].target.sector == "GOV"


def test_quoted_verdict_on_a_nominee_in_an_article(coder: Coder) -> None:
    body = (
        "WASHINGTON, May 3 (AP) - Senator Mark Dayton opposed the nomination of Judge Ellen "
        "Price to head the Federal Election Commission. "
        "'I believe she is totally unqualified,' Dayton said."
    )
    found = [e for e in undated(coder, body) if e.sentence_index == 1]
    assert coded_as(found)[:1] and found[0].plover_type == "ACCUSE"
    assert found[0].cameo_code == "111"
    assert sides_of(found[0]) == ("USA", "USA")
    assert found[0].target is not None and found[0].target.text != found[0].source.text  # type: ignore[union-attr]


def test_said_the_governor_should_be_in_prison(coder: Coder) -> None:
    text = "Bolivia's president said the opposition governor should be in prison."
    found = events(coder, text)
    assert found and (found[0].plover_type, found[0].cameo_code) == ("ACCUSE", "111")
    assert found[0].source is not None and found[0].source.sector == "GOV"
    assert found[0].target is not None and found[0].target.sector == "OPP"


def test_unfit_to_stand_trial_is_no_charge(coder: Coder) -> None:
    """Near miss: a doctor's finding on a patient names no political party."""
    assert events(coder, "The doctors said the patient was unfit to stand trial.") == []


def test_stadium_unfit_for_use_is_no_charge(coder: Coder) -> None:
    """Near miss: a thing judged unfit accuses no one."""
    assert events(coder, "The inspectors said the old stadium was unfit for use.") == []


# --- "the outfit": the armed group the article named before (references._armed_group) ---


def test_the_banned_outfit_is_the_group_named_before(coder: Coder) -> None:
    body = (
        "Lashkar-e-Taiba fighters attacked a police post in Kashmir on Monday. "
        "Police said the banned outfit had also kidnapped two traders in Baramulla."
    )
    found = [e for e in undated(coder, body) if e.sentence_index == 1]
    assert found and found[0].plover_type == "ASSAULT"
    assert found[0].source is not None and found[0].source.text == "the banned outfit"
    assert found[0].source.sector == "REB"


# --- "People of X" opening the sentence are X's civilians, as "the people of X" are
# (references._people_in; section 2: civilians, villagers `CVL`) ---


def test_people_of_a_province_opening_the_sentence(coder: Coder) -> None:
    text = "People of Balochistan have denounced the provincial government."
    found = events(coder, text)
    assert found and (found[0].plover_type, found[0].cameo_code) == ("ACCUSE", "111")
    assert found[0].source is not None and found[0].source.code == "PAKCVL"
    assert found[0].target is not None and found[0].target.country == "PAK"


def test_people_in_a_region_opening_the_sentence(coder: Coder) -> None:
    text = "People in northern Mali accused the army of killing civilians in a raid."
    found = events(coder, text)
    assert found and found[0].plover_type == "ACCUSE"
    assert found[0].source is not None and found[0].source.code == "MLICVL"
    assert found[0].target is not None and found[0].target.sector == "MIL"


def test_peoples_party_is_no_crowd(coder: Coder) -> None:
    """Near miss: "People's Party" is a party's name, not people of a place."""
    found = events(coder, "People's Party leaders in Madrid condemned the new law.")
    assert found and found[0].source is not None and found[0].source.sector != "CVL"
