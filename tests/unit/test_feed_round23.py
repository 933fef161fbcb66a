"""Newspaper copy of a natural feed, round 23: figurative fights, crime reports, background in
"after" clauses, forecasters' warnings and domestic politics in an article about a foreign
visit. Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain import existence
from tensionwatch.domain.actors import default_index
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.relevance import article_frames
from tests.unit.coding import article, coded_as, country, events, in_sentence

# --- an opposition title outranks a person's dated role ----------------------------------


def test_an_opposition_leader_is_in_opposition_whatever_office_he_held() -> None:
    found = default_index().find("Opposition leader Friedrich Merz demanded a vote.", None)
    assert [(m.actor.code, m.kind) for m in found] == [("DEUOPP", "person")]
    found = default_index().find("President Vladimir Putin met him.", None)
    assert [m.actor.code for m in found] == ["RUSGOV"]


# --- domestic politics in an article about a foreign guest --------------------------------

VISIT = (
    "Chinese Premier Li Qiang arrived in Canberra on Sunday. "
    "China is Australia's largest trading partner. "
    "Opposition leader Peter Dutton accused the government of going soft on Beijing. "
    "Mr Li will fly to Perth on Tuesday. "
    "The Greens called on the Prime Minister to raise the treatment of Uyghurs in Xinjiang."
)


def test_the_government_an_opposition_accuses_is_its_own(coder: Coder) -> None:
    event = in_sentence(coder, VISIT, 2, "ACCUSE")
    assert (event.source and event.source.code, event.target and event.target.code) == (
        "AUSOPP",
        "AUSGOV",
    )


def test_a_shared_party_name_takes_the_country_of_the_opposition_named_before(
    coder: Coder,
) -> None:
    event = in_sentence(coder, VISIT, 4, "REQUEST")
    assert (country(event.source), country(event.target)) == ("AUS", "AUS")


# --- the sports and business pages ------------------------------------------------------


def test_cricket_words_make_the_sports_frame() -> None:
    texts = [
        "Siraj bowled beautifully as Pakistan were all out for 210.",
        "The batting collapsed after lunch, with three batters out in four overs.",
        "The spinner then took two wickets before stumps.",
        "Rain is forecast for the third day.",
    ]
    assert article_frames(texts).topic == "sport"


def test_a_frame_word_opening_a_sentence_counts() -> None:
    texts = [
        "Shares in the carmaker fell sharply on Monday.",
        "Analysts said the plan was overdue.",
        "Profits have halved in two years.",
        "The chief executive will meet unions next week.",
    ]
    assert article_frames(texts).topic == "offtopic"


def test_fighting_a_cost_a_disease_or_poverty_is_no_assault(coder: Coder) -> None:
    for text in (
        "The steelmaker is fighting soaring energy costs and cheap imports from Chinese mills.",
        "Kenya's health ministry is battling a cholera outbreak in Nairobi.",
        "The Philippine government attacked poverty with a new cash transfer scheme.",
    ):
        assert [e.plover_type for e in events(coder, text)] == [], text
    assert events(coder, "Rebels attacked an army base near Kidal.")


# --- a crime report: the accused is a private person -------------------------------------


def test_a_private_person_striking_someone_in_a_crime_report_is_no_event(coder: Coder) -> None:
    body = (
        "A man who robbed a pharmacy in Cork has been jailed for four years. "
        "Conor Walsh, 27, pleaded guilty to robbery at Cork Circuit Criminal Court. "
        "Walsh struck the pharmacist twice with a bottle when she refused to open the till. "
        "He had 30 previous convictions, including for theft and assault."
    )
    found = [e for e in article(coder, body) if e.sentence_index >= 2]
    assert found == []


# --- background: an act in an "after" clause of a main clause dated years back ------------


def test_an_act_after_a_year_dated_main_clause_is_background(coder: Coder) -> None:
    assert events(coder, "Ties soured in 2019 after Ottawa arrested a Huawei executive.") == []
    assert (
        events(coder, "Exports recovered last year after Beijing lifted its tariffs on wine.") == []
    )
    assert events(coder, "Ottawa arrested a Huawei executive on Monday after a US request.")


def test_the_dated_subordinate_rule_reads_the_words_before_its_link() -> None:
    words = "ties soured in 2019 after ottawa arrested a huawei executive .".split()
    assert existence._dated_subordinate(words, words.index("arrested"))
    words = "ties soured on monday after ottawa arrested a huawei executive .".split()
    assert not existence._dated_subordinate(words, words.index("arrested"))


# --- forecasters warn, they do not threaten ----------------------------------------------


def test_economists_warning_of_a_recession_threaten_no_one(coder: Coder) -> None:
    text = "Economists warn that a long tariff war could tip New Zealand into recession."
    assert [e.plover_type for e in events(coder, text)] == []
    text = "New Zealand warned Australia that it would retaliate against the tariffs."
    assert [e.plover_type for e in events(coder, text)] == ["THREATEN"]


# --- no comment, no meeting, no outlet, no self-denial -----------------------------------


def test_declining_to_confirm_is_no_rejection(coder: Coder) -> None:
    for text in (
        "The defence ministry declined to confirm the figures.",
        "The foreign ministry declined to say whether the ambassador had been summoned.",
    ):
        assert [e.plover_type for e in events(coder, text)] == [], text
    text = "Iran refused to allow the inspectors into the site."
    assert [e.plover_type for e in events(coder, text)] == ["REJECT"]


def test_being_met_with_tariffs_is_no_meeting(coder: Coder) -> None:
    text = "The visit was met with protests from Taiwan."
    assert "CONSULT" not in [e.plover_type for e in events(coder, text)]
    text = "The Chinese premier met with the Australian prime minister in Canberra."
    assert [e.plover_type for e in events(coder, text)] == ["CONSULT"]


def test_social_media_is_no_news_outlet(coder: Coder) -> None:
    body = (
        "Mexico imposed tariffs on American steel on Monday. "
        "US President Donald Trump responded on social media by warning that Mexico "
        "would pay a heavy price."
    )
    event = in_sentence(coder, body, 1, "THREATEN")
    assert event.source is not None and event.source.code == "USAGOV"


def test_a_participle_after_of_describes_the_person(coder: Coder) -> None:
    text = "Ottawa raised the case of detained Canadian businessman Michael Spavor."
    assert events(coder, text) == []
    text = "Police detained Canadian businessman Tom Ellis in Beijing on Monday."
    assert "COERCE" in [e.plover_type for e in events(coder, text)]


def test_a_body_denying_does_not_deny_to_itself(coder: Coder) -> None:
    body = (
        "Police in Kenya fired tear gas at protesters in Nairobi on Tuesday. "
        "Police denied using live rounds and said officers had acted lawfully."
    )
    event = in_sentence(coder, body, 1, "REJECT")
    assert event.source is not None and event.source.code == "KENCOP"
    assert coded_as([event]) == [("REJECT", "016", "KENCOP", "KENCVL")]


def test_signing_a_bill_into_law_is_no_agreement(coder: Coder) -> None:
    for text in (
        "President William Ruto signed the finance bill into law on Wednesday.",
        "The governor signed a decree raising the minimum wage.",
    ):
        assert events(coder, text) == [], text
    text = "Kenya and Uganda signed a border agreement in Kampala."
    assert [e.plover_type for e in events(coder, text)] == ["SUPPORT"]


def test_a_law_threatening_rights_is_no_threat(coder: Coder) -> None:
    for text in (
        "Opposition parties say the bill threatens press freedom and civil rights.",
        "Farmers' groups say the tariffs threaten jobs in rural Ontario.",
    ):
        assert events(coder, text) == [], text
    text = "Ethiopia threatened to cut water supplies to Sudan."
    assert [e.plover_type for e in events(coder, text)] == ["THREATEN"]


def test_a_legal_battle_and_an_earthquake_strike_no_one(coder: Coder) -> None:
    for text in (
        "Meta has launched a legal battle against the European Commission over a fine.",
        "A magnitude 6.4 earthquake struck off the coast of Sumatra on Friday.",
    ):
        assert [e.plover_type for e in events(coder, text)] == [], text
    text = "Ukrainian drones struck an oil refinery in Russia's Samara region."
    assert "ASSAULT" in [e.plover_type for e in events(coder, text)]


# --- a story with no dateline is set where its places are --------------------------------

LOAN = (
    "Zambia's President Hakainde Hichilema received a Chinese delegation in Lusaka on Monday. "
    "China is lending money for a new highway to Tanzania. "
    "The Chinese loan is worth $2 billion. "
    "China's ambassador said Beijing valued the partnership. "
    "The opposition accused the government of selling the country to Beijing. "
    "Police arrested eight protesters outside parliament."
)


def test_a_bare_opposition_and_police_are_of_the_country_the_story_is_set_in(
    coder: Coder,
) -> None:
    event = in_sentence(coder, LOAN, 4, "ACCUSE")
    assert (country(event.source), country(event.target)) == ("ZMB", "ZMB")
    event = in_sentence(coder, LOAN, 5, "COERCE")
    assert country(event.source) == "ZMB"


def test_a_sentence_with_a_long_title_before_to_is_an_arrest_code(coder: Coder) -> None:
    text = (
        "A court in Dhaka has sentenced former prime minister Sheikh Hasina to six years "
        "in prison in a land case."
    )
    found = events(coder, text)
    assert any(e.cameo_code == "173" and "sentenced" in e.evidence for e in found)
    assert any(e.target is not None and e.target.country == "BGD" for e in found)


def test_appealing_against_a_verdict_is_no_appeal_to_anyone(coder: Coder) -> None:
    text = "The opposition party said it would appeal against the ruling, calling it unjust."
    assert "REQUEST" not in [e.plover_type for e in events(coder, text)]
    text = "The UN will appeal to donors for more aid for Sudan."
    assert "REQUEST" in [e.plover_type for e in events(coder, text)]


def test_a_town_man_is_a_private_person_not_his_country(coder: Coder) -> None:
    text = "A Brisbane man has been jailed for nine years for a string of armed robberies."
    assert events(coder, text) == []
    event = events(coder, "Police in Uganda arrested a Kampala man over the protests.")[0]
    assert event.target is not None and event.target.code == "UGACVL"
