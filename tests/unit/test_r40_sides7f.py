"""Round 40, wrong parties in news-site copy (sides7f), tested on sentences written for them.

- "Hundreds of people rallied in front of the Thai embassy in Vientiane": a crowd counted at the
  sentence's start ("Hundreds of people", "Tens of thousands of people") is a party as the
  same words in lower case are (`references._COUNTED_PEOPLE`), civilians, not protesters the
  act leaves implied; and a counted crowd that rallies, marches or gathers where the sentence
  places it is of that place's country (`references._counted_people`), as protesters named by
  a crowd word are (`references._named`; labelling guide section 2: protesters take the
  country they act in), not of the country the story names most.
- "thousands of people gathered outside parliament": a protest whose phrase holds the crowd
  and whose parse aims it at that crowd (its own country's civilians) is against the
  government (`roles.implied_target`), as one aimed at the protesters' own side is.
- "Chile has expelled Bolivia's attache, accusing La Paz of ... The interior minister, X,
  announced the steps": in a site's story with no dateline, a bare state official or body after acts
  of the story's own state only is that state's (`references._dateline_ministry`, which did
  this for a ministry after a dateline), not the state the sentence before named last (often
  the one acted against); after the other state's act it stays that state's.
- "The president, addressing a business forum in Addis Ababa, accused the protesters ...": a
  forum, as talks or a summit, is where a speaker speaks, not where the crowd the sentence
  names stands (`references._VENUE`); protesters placed outside an embassy there stay the
  place's.
- "Zimbabwe has extradited a former Malawian minister ... Malawi's anti-corruption bureau
  welcomed the extradition", "... condemned the attempt": an extradition (CAMEO 063) and an
  attempt (of any act, as "the move") are acts `roles.CRITICISED` names, so a welcome or a
  condemnation of them is aimed at their maker; the extraditing state welcoming its own act is
  aimed at no one.
- "urged the two allies to settle": "the two allies" (partners, adversaries, foes, enemies) name
  the pair of the last act between two states, as "the two neighbours" and "the two rivals" do
  (`references._PAIR`; labelling guide section 2: the side the article names first); "two
  allies of the director", with no "the", are no pair.
- "Panama's charge d'affaires in Havana was also summoned to the foreign ministry": a passive
  summons with an adverb between the auxiliary and the participle ("also", "again", "then",
  "later", "promptly": `roles.PASSIVE_ADVERBS`) is a summons as the plain passive is, made by
  the host and aimed at the envoy's state (`coder._summoned_here`); with a "by" agent the agent
  summons (`roles._subject_trigger_agent`).
"""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import evaluation_coder, undated, undated_in

coder = evaluation_coder

# a story the embassy's country leads and names most
BAN = (
    "Thailand's cabinet on Friday banned imports of Lao rice, a move Bangkok said would protect "
    "Thai farmers. Thai farmers' groups welcomed the ban, and the Thai commerce ministry said "
    "it would review it in a year. "
)


def _protest(coder: Coder, body: str, at: int) -> tuple[str | None, str | None, str | None]:
    event = next(e for e in undated_in(coder, body, at) if e.cameo_code.startswith("14"))
    source, target = event.source, event.target
    assert source is not None
    return source.code, source.text, target.code if target is not None else None


def test_a_crowd_counted_abroad_is_of_the_place_it_rallies_in(coder: Coder) -> None:
    body = BAN + ("Hundreds of people rallied in front of the Thai embassy in Vientiane on Sunday.")
    code, text, target = _protest(coder, body, 2)
    assert (code, text) == ("LAOCVL", "people")
    assert target is not None and target.startswith("THA")
    marched = BAN + "Tens of thousands of people marched on the Thai embassy in Vientiane."
    assert _protest(coder, marched, 2)[0] == "LAOCVL"


def test_a_crowd_counted_at_home_stays_the_storys(coder: Coder) -> None:
    # near misses: the crowd marches in the story's own capital, or the sentence places it nowhere
    body = BAN + "Thousands of people marched through Bangkok on Saturday against the ban."
    assert _protest(coder, body, 2)[:2] == ("THACVL", "people")
    nowhere = BAN + "Hundreds of people rallied in front of the Lao embassy on Saturday."
    code, _, target = _protest(coder, nowhere, 2)
    assert code == "THACVL" and target == "LAOGOV"


def test_a_counted_crowd_is_no_target_of_its_own_protest(coder: Coder) -> None:
    lead = "Senegal's parliament on Friday passed a bill raising fuel taxes by a third. "
    body = lead + "On Saturday, thousands of people gathered outside parliament in Dakar."
    code, _, target = _protest(coder, body, 1)
    assert code.startswith("SEN") and target == "SENGOV"
    # near misses: a protest against the country's police or a foreign people keeps its target
    police = lead + "On Saturday, thousands of people protested against the police in Dakar."
    assert _protest(coder, police, 1)[2] == "SENCOP"
    abroad = lead + "On Saturday, thousands of people rallied against Guinean migrants in Dakar."
    assert _protest(coder, abroad, 1)[2] == "GINCVL"  # migrants REF written CVL (round 45)


EXPELLED = (
    "Chile has expelled Bolivia's military attache and closed a Bolivian consulate in Arica, "
    "accusing La Paz of paying informants among port workers. "
)
AFTER = (
    " Chile and Bolivia have not exchanged ambassadors since 1978. "
    "The peso ended little changed in Santiago."
)


def _threats(coder: Coder, body: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in undated(coder, body)
        if e.cameo_code.startswith("13")
    ]


def test_a_bare_official_after_the_storys_own_acts_is_its_states(coder: Coder) -> None:
    body = EXPELLED + (
        "The interior minister, Ana Reyes, announced the steps to senators on Wednesday. "
        "Reyes threatened to shut Bolivia's two remaining consulates if the spying did not stop."
        + AFTER
    )
    assert _threats(coder, body) == [("CHLGOV", "BOLGOV")]


def test_a_bare_official_after_the_other_states_act_stays_its(coder: Coder) -> None:
    body = EXPELLED + (
        "La Paz expelled two Chilean diplomats on Thursday. The deputy foreign minister, Luis "
        "Quispe, threatened to shut Chile's consulate in La Paz as well." + AFTER
    )
    assert [source for source, _ in _threats(coder, body)] == ["BOLGOV"]


def test_a_forum_abroad_places_no_crowd(coder: Coder) -> None:
    body = (
        "Kenyan police used water cannon on striking teachers in Nairobi on Tuesday. The "
        "president, addressing a business forum in Addis Ababa, accused the protesters of "
        "serving his rivals. On Wednesday, protesters gathered outside the Kenyan embassy in "
        "Addis Ababa."
    )
    called = [e for e in undated_in(coder, body, 1) if e.cameo_code.startswith("11")][0]
    # a crowd is civilians, CVL, in the event (labelling guide section 2; round 43)
    assert called.target is not None and called.target.code == "KENCVL"
    # near miss: a crowd the sentence places outside an embassy is the place's
    assert _protest(coder, body, 2)[0] == "ETHCVL"


EXTRADITED = (
    "Zimbabwe has extradited a former Malawian finance minister wanted for corruption to Malawi, "
    "Zimbabwe's attorney general said on Monday. "
)


def test_a_welcomed_extradition_is_its_makers(coder: Coder) -> None:
    body = EXTRADITED + "Malawi's anti-corruption bureau welcomed the extradition."
    welcomed = [e for e in undated_in(coder, body, 1) if e.cameo_code.startswith("05")]
    assert [(e.target.country if e.target else None) for e in welcomed] == ["ZWE"]
    # near miss: the extraditing state's own minister welcoming it praises no one
    own = EXTRADITED + "Zimbabwe's justice minister welcomed the extradition."
    assert not [
        e
        for e in undated_in(coder, own, 1)
        if e.cameo_code.startswith("05") and e.target and e.target.country == "ZWE"
    ]


def test_a_condemned_attempt_is_its_makers(coder: Coder) -> None:
    body = (
        "Soldiers loyal to a sacked brigadier stormed the state broadcaster in Maseru on Wednesday "
        "and withdrew before dawn. The brigadier was arrested that evening, police said. The "
        "African Union condemned the attempt in a statement on Thursday."
    )
    condemned = [e for e in undated_in(coder, body, 2) if e.cameo_code.startswith("11")][0]
    assert condemned.target is not None and condemned.target.country == "LSO"


TENDER = (
    "Belgium accused the Netherlands on Tuesday of rigging a tender for a shared ferry port, and "
    "the Dutch government rejected the charge. "
)


def test_the_two_allies_are_the_pair_of_the_last_act(coder: Coder) -> None:
    body = TENDER + "A European Commission spokesman urged the two allies to settle it in talks."
    urged = [e for e in undated_in(coder, body, 1) if e.cameo_code.startswith("02")][0]
    assert urged.target is not None and urged.target.country == "BEL"
    # near miss: people described as allies of someone are no pair of states
    held = TENDER + "Police in Antwerp detained two allies of the port's director."
    detained = [e for e in undated_in(coder, held, 1) if e.cameo_code.startswith("17")][0]
    assert detained.target is not None and detained.target.code == "BELCVL"


RECALLED = (
    "Argentina recalled its ambassador from Bolivia on Monday after Bolivia's president called "
    "the Argentine government a dictatorship. "
)


def _summons(coder: Coder, body: str) -> tuple[str | None, str | None]:
    event = [e for e in undated_in(coder, body, 1) if e.cameo_code == "114"][0]
    return (event.source.country if event.source else None), (
        event.target.country if event.target else None
    )


def test_a_summons_told_in_the_passive_with_an_adverb_is_the_hosts(coder: Coder) -> None:
    body = RECALLED + (
        "Bolivia's charge d'affaires in Buenos Aires was then summoned to the foreign ministry "
        "and told of the government's anger."
    )
    assert _summons(coder, body) == ("ARG", "BOL")
    agent = RECALLED + (
        "Bolivia's ambassador was also summoned by the Argentine foreign minister, Ana Ruiz, on "
        "Tuesday."
    )
    assert _summons(coder, agent) == ("ARG", "BOL")
