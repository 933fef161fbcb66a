"""Targets of rightly typed acts, round 28. A show of force whose object is a named force of the
source's own country ("ordered 1,500 National Guard troops to the city") shows that force; it is
not aimed at it (the labelling guide: a deployment has a target only where the sentence names
whom it is aimed at). A criticism told in the passive with a definite act as its subject ("The
verdict was condemned by the EU") is aimed at that act's maker, as the active is. A ban, block
or suspension of a named online platform ("ordered the suspension of X across the country",
"blocked access to Instagram") targets the company running it, of its owner's country, not the
country the ban covers nor its users. A state's denial of what its own forces are said to have
done answers whoever asked or accused it last from another side. Every sentence in these tests
was written for them."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, dyad, events, in_sentence, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon ordered 700 Texas National Guard troops to the border city on Friday.",
        "Mexico began deploying 5,000 National Guard troops to its southern border on Tuesday.",
        "The governor ordered 1,500 Ohio National Guard soldiers to the state capital overnight.",
    ],
)
def test_a_named_own_force_deployed_is_not_the_target(coder: Coder, text: str) -> None:
    event = of_type(events(coder, text), "MOBILIZE")
    assert event.source is not None
    assert event.target is None


def test_a_show_of_force_aimed_at_a_named_side_keeps_it(coder: Coder) -> None:
    assert dyad(
        coder, "China sent 24 warplanes and six ships toward Japan on Sunday.", "MOBILIZE"
    ) == (
        "CHN",
        "JPN",
    )
    assert dyad(
        coder, "Japanese destroyers shadowed Chinese warships near Okinawa.", "MOBILIZE"
    ) == (
        "JPN",
        "CHN",
    )


@pytest.mark.parametrize(
    ("body", "maker"),
    [
        (
            "MOSCOW (Reuters) - A Russian court on Friday sentenced three opposition activists to "
            "prison terms of up to six years. The verdict was condemned by the European Union.",
            "RUS",
        ),
        (
            "TOKYO (Reuters) - China fired a ballistic missile over Japan on Tuesday. The launch "
            "was condemned by South Korea and the United States.",
            "CHN",
        ),
    ],
)
def test_a_passive_criticism_of_a_definite_act_targets_its_maker(
    coder: Coder, body: str, maker: str
) -> None:
    assert country(in_sentence(coder, body, 1, "ACCUSE").target) == maker


@pytest.mark.parametrize(
    ("body", "owner"),
    [
        (
            "MEXICO CITY (Reuters) - A Mexican judge on Tuesday ordered the suspension of X "
            "across the country over its handling of electoral disinformation.",
            "USA",
        ),
        (
            "MOSCOW (Reuters) - Russia blocked access to WhatsApp on Thursday, the "
            "communications regulator said.",
            "USA",
        ),
        (
            "SYDNEY (Reuters) - Australia ordered the closure of TikTok's local offices on "
            "Monday after a security review.",
            "CHN",
        ),
    ],
)
def test_a_banned_platform_is_its_company_of_its_owners_country(
    coder: Coder, body: str, owner: str
) -> None:
    assert country(in_sentence(coder, body, 0, "COERCE").target) == owner


def test_a_platform_as_a_medium_is_no_target(coder: Coder) -> None:
    body = "MOSCOW (Reuters) - Police detained a blogger who had criticised the war on X."
    assert country(in_sentence(coder, body, 0, "COERCE").target) == "RUS"


@pytest.mark.parametrize(
    ("body", "asker"),
    [
        (
            "MEXICO CITY (Reuters) - Mexican soldiers detained a journalist in Sinaloa on Monday. "
            "The Committee to Protect Journalists called on Mexican authorities to release him. "
            "The defence ministry denied that soldiers had mistreated the reporter.",
            "NGO",
        ),
        (
            "LIMA (Reuters) - Police fired tear gas at marchers in Lima on Saturday. The European "
            "Union urged Peru's government to investigate the deaths. President Dina Boluarte "
            "denied that security forces had used excessive force.",
            "IGO",
        ),
    ],
)
def test_a_states_denial_for_its_forces_answers_the_last_outside_asker(
    coder: Coder, body: str, asker: str
) -> None:
    target = in_sentence(coder, body, 2, "REJECT").target
    assert target is not None and target.code.startswith(asker)


def test_a_denial_for_its_forces_with_no_outside_asker_stays_at_home(coder: Coder) -> None:
    body = (
        "PARIS (AFP) - French police detained 40 people at a rally in Paris. The interior "
        "ministry denied that officers had beaten anyone."
    )
    assert country(in_sentence(coder, body, 1, "REJECT").target) == "FRA"
