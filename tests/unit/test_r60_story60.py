"""Round 60 (story60): which state an article belongs to.

A town the actor index reads as an international body's name ("Brussels", the EU's) is its
country's town when named as a place or as a dateline; an agency lead whose dateline town the
index finds only as written ("DUBAI, ...") is read for the state its lead opens with, unless
the lead's act lands in a third state."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, recommended_coder, sides_of, undated

coder = recommended_coder


def _sides(found: list, root: str) -> tuple[str | None, str | None]:
    picked = [event for event in found if event.cameo_code.startswith(root)]
    assert picked
    return sides_of(picked[0])


# a strike story told from Brussels, which names one US state in passing: the police are Belgian
def test_town_named_as_a_place_sets_the_story(coder: Coder) -> None:
    body = (
        "Thousands of dockers marched through Brussels on Thursday against a plan to cut "
        "their pensions. Brussels Airport cancelled most of its morning flights. Outside the "
        "finance ministry, a crowd of strikers threw eggs and flares at police. The plan "
        "copies a scheme that Nevada adopted a decade ago."
    )
    assert _sides(undated(coder, body), "14") == ("BEL", "BEL")


# a Brussels dateline: the story is Belgium's, bare police too
def test_body_town_dateline_is_its_country(coder: Coder) -> None:
    body = (
        "BRUSSELS, March 3 (Reuters) - A Belgian magistrate charged three people on Saturday "
        "with taking bribes from a Gulf state. Prosecutors said they suspected Kuwait of trying "
        "to buy influence over trade votes. Kuwait denied any wrongdoing. A Kuwaiti official "
        "called the claims baseless. Police detained two more suspects on Sunday and seized "
        "cash, the prosecutors said."
    )
    found = [event for event in article(coder, body) if event.sentence_index == 4]
    assert found
    assert sides_of(found[0])[0] == "BEL"


# a Gulf story datelined Dubai: the opposition and the bare government are Kuwait's, though
# the article names Iran more often
def test_dateline_town_found_as_written_opens_the_lead_state(coder: Coder) -> None:
    body = (
        "DUBAI, June 9 (Reuters) - Kuwait's interior ministry said on Monday it had arrested "
        "eight men it said were armed and funded by Iran's Revolutionary Guards. Kuwait's foreign "
        "ministry accused Tehran of meddling. Iran's foreign ministry rejected the charge and "
        "said Iran respected its neighbours. Iran has denied similar charges before. The "
        "main opposition bloc accused the government of exploiting the arrests to silence critics."
    )
    found = [event for event in article(coder, body) if event.sentence_index == 4]
    assert found
    assert sides_of(found[0]) == ("KWT", "KWT")


# a lead whose strike lands in a third state is not the striking state's story: the bare
# "warships" beside "U.S. and French" are not the strike's American target
def test_strike_landing_in_a_third_state_keeps_the_bureau_story(coder: Coder) -> None:
    body = (
        "DUBAI, Jan 5 (Reuters) - U.S. and French warplanes and warships struck a dozen "
        "Houthi sites across Yemen overnight, answering the movement's raids on tankers. The "
        "raids hit "
        "radar posts near the port of Hodeidah, the U.S. military said. Houthi leaders vowed "
        "to retaliate."
    )
    first = [event for event in article(coder, body) if event.sentence_index == 0]
    assert first
    assert sides_of(first[0]) != ("USA", "USA")


# a court named "in" a town of another state than the story's is that state's court
def test_court_in_a_town_is_that_towns_state(coder: Coder) -> None:
    body = (
        "Hungary has lodged a protest with Slovakia after a Hungarian lorry driver was arrested "
        "at a border crossing. Hungary's foreign minister accused Bratislava of harassing "
        "Hungarian citizens. Hungary said the man was innocent. A court in Kosice on Friday "
        "ordered the driver kept in detention for a month."
    )
    found = [event for event in undated(coder, body) if event.sentence_index == 3]
    assert found
    assert sides_of(found[0])[0] == "SVK"


# the building a crowd waits outside is no located court: not joined to its town
def test_the_court_in_a_town_is_not_joined(coder: Coder) -> None:
    text = "A large police cordon ringed the court in Kosice while dozens of supporters waited."
    found = undated(coder, text)
    assert not [e for e in found if e.target is not None and "Kosice" in e.target.text]
