"""Round 49 (answer49): denials, rejections and other answers to an earlier act, by the
labelling guide's conventions (section 4, points 2, 14, 40 and 46): whether the answer is the
day's act, its root (01 for a charge denied, 12 for what is put to one turned down) and its
target, the maker of what is answered. Sentences written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, recommended_coder, sides_of, undated_in

coder = recommended_coder


def answer(coder: Coder, body: str, index: int) -> list[tuple[str, str, str | None, str | None]]:
    """(PLOVER type, CAMEO code, source country, target country) of each event of sentence
    `index` of a news site's article."""
    return [(e.plover_type, e.cameo_code, *sides_of(e)) for e in undated_in(coder, body, index)]


# --- a news site's perfect denial that gives its reason is the day's (relevance._site_answer) ---

AIRPORT = (
    "Malawi's opposition has accused President Lazarus Chakwera's government of hiding the "
    "cost of a new airport in Mzuzu. "
)
BALLOONS = "Lithuania has accused Belarus of flying smuggling balloons into its airspace. "
SURVEY = "Estonia has accused a Russian survey ship of mapping undersea cables in its waters. "


def test_site_perfect_rejection_with_reason_is_the_days(coder: Coder) -> None:
    body = AIRPORT + "The government has rejected the accusations, saying every contract was "
    body += "published online."
    found = answer(coder, body, 1)
    assert found[:1] == [("REJECT", "016", "MWI", "MWI")]
    assert undated_in(coder, body, 1)[0].target.sector == "OPP"  # type: ignore[union-attr]


def test_site_perfect_denial_of_a_clause_with_reason(coder: Coder) -> None:
    body = BALLOONS + "Minsk has denied that any of the balloons came from its territory, "
    body += "saying the claims were invented in Vilnius."
    assert answer(coder, body, 1)[:1] == [("REJECT", "016", "BLR", "LTU")]


def test_site_perfect_denial_of_wrongdoing_with_reason(coder: Coder) -> None:
    body = SURVEY + "Moscow has denied any wrongdoing, insisting the vessel was on a routine "
    body += "voyage to Kaliningrad."
    assert answer(coder, body, 1)[:1] == [("REJECT", "016", "RUS", "EST")]


def test_site_perfect_dismissal_as_with_reason(coder: Coder) -> None:
    body = BALLOONS + "The Belarusian foreign ministry has dismissed the allegations as "
    body += "absurd, arguing that no such flights were ever detected by its radars."
    assert answer(coder, body, 1)[:1] == [("REJECT", "016", "BLR", "LTU")]


def test_site_bare_perfect_denial_stays_standing(coder: Coder) -> None:
    """Near miss: "has denied any wrongdoing." with no reason given is the standing position
    (point 2)."""
    assert answer(coder, SURVEY + "Moscow has denied any wrongdoing.", 1) == []


def test_site_perfect_denial_with_habit_stays_standing(coder: Coder) -> None:
    """Near miss: "has long denied ..., saying" is a habit, whatever reason follows."""
    body = SURVEY + "Moscow has long denied any wrongdoing, saying its ships sail lawfully."
    assert answer(coder, body, 1) == []


def test_agency_perfect_denial_with_reason_stays_background(coder: Coder) -> None:
    """Near miss: agency copy (a dateline) keeps its perfect denial background (point 2)."""
    body = (
        "TALLINN, March 4 (Reuters) - " + SURVEY + "Moscow has denied any wrongdoing, saying "
        "the vessel was on a routine voyage."
    )
    assert [e for e in article(coder, body) if e.sentence_index == 1] == []


# --- a party named after the charge is no maker unless marked so (coder._unattached_maker) ---


def test_party_in_the_answers_description_is_not_the_accuser(coder: Coder) -> None:
    """Point 46: the target is the accuser named before, not the power the answer says the
    charge was staged for."""
    body = (
        "Niger accused Benin of letting foreign instructors train jihadists near the border. "
        "Cotonou rejected the accusations as a story invented to please Moscow."
    )
    assert answer(coder, body, 1)[:1] == [("REJECT", "016", "BEN", "NER")]


def test_party_in_the_denied_role_is_not_the_accuser(coder: Coder) -> None:
    """ "denied any role in the raids on Malian posts": what the charge is about."""
    body = (
        "Burkina Faso accused Ivory Coast of sheltering the gunmen who crossed the frontier. "
        "Abidjan denied any role in the raids on Malian border posts."
    )
    assert answer(coder, body, 1)[:1] == [("REJECT", "016", "CIV", "BFA")]


def test_critic_marked_by_by_stays_the_target(coder: Coder) -> None:
    """Near miss: "criticism of the trial by Poland" names its maker with "by" (point 40: a
    critic the sentence names is the target), not the first critic of the article."""
    body = (
        "Lithuania accused Belarus of jailing a Lithuanian reporter on invented charges. "
        "Poland also criticised the trial. "
        "Minsk rejected criticism of the trial by Poland as interference."
    )
    assert answer(coder, body, 2)[:1] == [("REJECT", "120", "BLR", "POL")]


def test_maker_before_the_charge_stays_the_target(coder: Coder) -> None:
    """Near miss: "Latvia's accusations" names the maker before the charge."""
    body = (
        "Estonia accused Russia of jamming GPS signals over its islands. "
        "Moscow rejected Latvia's accusations of sabotage as baseless."
    )
    assert answer(coder, body, 1)[:1] == [("REJECT", "016", "RUS", "LVA")]


# --- the clause a denial denies, matched inside its trigger (coder._denied_clause) ---


def test_denied_clause_inside_the_trigger_answers_the_accuser(coder: Coder) -> None:
    """ "denied that its forces had fired first": the forces are the charged, not the target."""
    body = (
        "KHARTOUM, June 3 (Reuters) - Sudan's army said South Sudanese soldiers shelled a "
        "border post near Heglig on Tuesday. "
        "South Sudan's defence ministry denied that its forces had fired first."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert [(e.cameo_code, *sides_of(e)) for e in found][:1] == [("016", "SSD", "SDN")]


# --- a denial answers the accuser before whoever asked (coder._denied_for_forces) ---


def test_denial_answers_the_accuser_before_the_asker(coder: Coder) -> None:
    """Point 2: a state's denial of what its forces did answers the charge's maker, not the
    state that asked something of it before."""
    body = (
        "Ghana's navy has seized a Togolese trawler off Keta. "
        "Togo's foreign minister called on Accra to free the crew. "
        "Benin accused Ghanaian sailors of beating two of the fishermen. "
        "Ghana's government denied that sailors had beaten anyone."
    )
    found = undated_in(coder, body, 3)
    assert [(e.cameo_code, *sides_of(e)) for e in found][:1] == [("016", "GHA", "BEN")]


def test_denial_answers_the_home_opposition(coder: Coder) -> None:
    """The country's own opposition is another side for the denial of the forces' deed."""
    body = (
        "Ghana's navy has seized a Togolese trawler off Keta. "
        "Togo's foreign minister called on Accra to free the crew. "
        "Ghana's main opposition party accused the government of leaving the navy's patrol "
        "boats without fuel. "
        "A defence ministry spokesman denied that the sailors had lacked fuel."
    )
    found = undated_in(coder, body, 3)
    assert [(e.cameo_code, *sides_of(e)) for e in found][:1] == [("016", "GHA", "GHA")]
    assert found[0].target is not None and found[0].target.sector == "OPP"


def test_denial_answers_the_foreign_asker_with_no_accuser(coder: Coder) -> None:
    """Near miss: with no accusation before, the denial of what the forces did answers the
    state that asked (unchanged)."""
    body = (
        "Ghana's navy has seized a Togolese trawler off Keta. "
        "Togo's foreign minister called on Accra to free the crew. "
        "Ghana's government denied that sailors had beaten the fishermen."
    )
    found = undated_in(coder, body, 2)
    assert [(e.cameo_code, *sides_of(e)) for e in found][:1] == [("016", "GHA", "TGO")]


# --- the opposition's charge after a state body's own charge at home (coder._note_accuser) ---


def test_opposition_critic_replaces_the_police_charging_at_home(coder: Coder) -> None:
    body = (
        "Police in Lusaka have detained 14 activists, accusing them of planning riots. "
        "Zambia's opposition accused the government of silencing its critics. "
        "The information minister rejected the accusation, saying the arrests were lawful."
    )
    found = undated_in(coder, body, 2)
    assert [(e.cameo_code, *sides_of(e)) for e in found][:1] == [("016", "ZMB", "ZMB")]
    assert found[0].target is not None and found[0].target.sector == "OPP"


# --- a refusal told as what one will not undo or answer (data/triggers.tsv, 124) ---


def refusals(coder: Coder, text: str) -> list[tuple[str, str | None]]:
    """(CAMEO root, source country) of each event of root 12 of one sentence coded alone."""
    return [
        (e.cameo_root, e.source.country if e.source else None)
        for e in events(coder, text)
        if e.cameo_root == "12"
    ]


def test_reform_that_will_not_be_withdrawn_is_a_refusal(coder: Coder) -> None:
    """The passive: the speaker refuses (section 3: 12 "refused")."""
    text = "Chile's labour minister told senators that the pension reform would not be withdrawn."
    assert refusals(coder, text) == [("12", "CHL")]


def test_remarks_that_one_will_not_retract_are_a_refusal(coder: Coder) -> None:
    text = (
        "South Korea's foreign minister said she would not retract her remarks about the "
        "disputed islands."
    )
    assert refusals(coder, text) == [("12", "KOR")]


def test_summons_one_will_not_answer_is_a_refusal(coder: Coder) -> None:
    text = "Zimbabwe's opposition leader told supporters he would not answer the police summons."
    assert refusals(coder, text) == [("12", "ZWE")]


def test_decree_that_will_never_be_repealed_is_a_refusal(coder: Coder) -> None:
    text = "Peru's prime minister said the mining decree will never be repealed."
    assert refusals(coder, text) == [("12", "PER")]


def test_tax_that_will_not_be_raised_is_no_refusal(coder: Coder) -> None:
    """Near miss: a promise about a tax ("would not be raised") refuses nothing asked."""
    text = "Chile's labour minister told senators that the pension tax would not be raised."
    assert refusals(coder, text) == []


def test_tax_to_be_withdrawn_is_no_refusal(coder: Coder) -> None:
    """Near miss: with no negation it is no refusal."""
    text = "Chile's labour minister told senators that the pension reform would be withdrawn."
    assert refusals(coder, text) == []


# --- a denial held over the span of a case is background (relevance._denied_throughout) ---

SENTENCED = (
    "SKOPJE, May 14 (Reuters) - A court in Skopje on Tuesday sentenced a former mayor of "
    "Bitola to six years in prison for abuse of office. "
)


def later(coder: Coder, body: str) -> list[str]:
    """The CAMEO codes of the events of the second sentence of an agency report."""
    return [e.cameo_code for e in article(coder, body) if e.sentence_index == 1]


def test_denial_throughout_the_trial_is_background(coder: Coder) -> None:
    body = SENTENCED + "The former mayor denied the charges throughout the trial."
    assert later(coder, body) == []


def test_denial_in_a_relative_clause_throughout_the_hearings_is_background(coder: Coder) -> None:
    body = (
        SENTENCED + "The former mayor, who served two terms, denied the charges throughout the "
        "hearings, and his lawyers said they would appeal."
    )
    assert later(coder, body) == []


def test_denial_held_all_along_is_background(coder: Coder) -> None:
    body = SENTENCED + "The former mayor denied the charges all along."
    assert later(coder, body) == []


def test_denial_of_the_day_stays(coder: Coder) -> None:
    """Near miss: a denial dated to the report's day is the day's answer."""
    body = SENTENCED + "The former mayor denied the charges on Tuesday and said he would appeal."
    assert later(coder, body) == ["016"]


# --- a denial with no accuser answers the body that sentenced (coder._denied_to_charger) ---


def charged_sides(found: list) -> list[tuple[str, str | None, str | None, str | None]]:  # type: ignore[type-arg]
    """(CAMEO code, source country, target country, target sector) of each event."""
    return [(e.cameo_code, *sides_of(e), e.target.sector if e.target else None) for e in found]


def test_denial_of_the_sentenced_answers_the_court(coder: Coder) -> None:
    body = SENTENCED + "The former mayor denied the charges on Tuesday and said he would appeal."
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert charged_sides(found)[:1] == [("016", "MKD", "MKD", "JUD")]


def test_state_denial_does_not_answer_its_own_police(coder: Coder) -> None:
    """Near miss: the government denying what its police did answers no arrest of its own."""
    body = (
        "Police in Lima have detained 20 students at a march against the pension law. "
        "The interior ministry denied that officers had beaten the students."
    )
    found = undated_in(coder, body, 1)
    assert found and found[0].cameo_code == "016"
    assert found[0].target is None or found[0].target.sector != "COP"


# --- a demonym and a portfolio title before the rejecter's name (data/agents.tsv) ---


def test_fisheries_minister_of_a_demonym_rejects_the_protest(coder: Coder) -> None:
    """ "rejected the British protest": the rejecter is the minister's own state, the protest's
    maker the target (point 46), not the protest's country for both."""
    text = (
        "Icelandic Fisheries Minister Anna Jonsdottir rejected the British protest over the "
        "seizure of the trawler."
    )
    found = events(coder, text)
    assert [(e.cameo_root, *sides_of(e)) for e in found][:1] == [("12", "ISL", "GBR")]


def test_health_minister_of_a_demonym_is_of_that_state(coder: Coder) -> None:
    text = "Kenyan Health Minister Anna Berg rejected the doctors' union's demands."
    found = events(coder, text)
    assert found and found[0].source is not None and found[0].source.country == "KEN"
