"""Round 31, recall on news-site copy: relevant sentences whose act was found and then lost.
A speaker telling of another party's hostile aim ("said the opposition was trying to
destabilise the country") accuses that party (the act had read as 06 and fallen under the
floor), and a bare "the union" in a story that named a trade union or the workers it speaks
for (teachers, nurses, doctors) is that union (it had no party, and the act had too little
relevance); and "Labour Minister Vera Kamtukule", found whole as a minister, had been
dropped as the Labour party's office and read as an unknown name of no sector. Each has a
near miss that stays without the act. Every sentence in these tests was written for them
(places outside the round's held-out ones)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_as, country, events, recommended_coder

coder = recommended_coder


def _main(coder: Coder, text: str) -> tuple[str, str | None, str | None, str | None] | None:
    """(CAMEO code, source country, source sector, target country) of the main event."""
    found = events(coder, text)
    if not found:
        return None
    event = found[0]
    return (
        event.cameo_code,
        country(event.source),
        event.source.sector if event.source else None,
        country(event.target),
    )


def _sides(coder: Coder, *sentences: str) -> list[tuple[int, str, str | None, str | None]]:
    """(sentence index, CAMEO root, source code, target code) of an undated article's events."""
    return [
        (
            e.sentence_index,
            e.cameo_root,
            e.source.code if e.source else None,
            e.target.code if e.target else None,
        )
        for e in article(coder, " ".join(sentences))
    ]


def test_said_a_party_was_trying_to_destabilise_accuses_it(coder: Coder) -> None:
    found = events(
        coder, "Zambia's ruling party said the opposition was trying to destabilise the country."
    )
    assert found and found[0].cameo_root == "11"
    assert found[0].source is not None and found[0].source.sector == "GOV"
    assert found[0].target is not None and found[0].target.code == "ZMBOPP"


def test_claimed_the_government_was_plotting_to_rig_the_vote(coder: Coder) -> None:
    found = events(
        coder,
        "Tanzania's opposition leader claimed the government was plotting to rig the election.",
    )
    assert found and found[0].cameo_code == "112"
    assert found[0].source is not None and found[0].source.code == "TZAOPP"
    assert found[0].target is not None and found[0].target.code == "TZAGOV"


def test_seeking_to_cause_chaos_after_a_story_of_one_country(coder: Coder) -> None:
    coded = _sides(
        coder,
        "Paraguay's opposition called a national strike on Monday against the new tax law.",
        "The government said the opposition was seeking to cause chaos.",
    )
    assert (1, "11", "PRYGOV", "PRYOPP") in coded


def test_a_benign_aim_told_by_a_speaker_is_no_accusation_codes_nothing(coder: Coder) -> None:
    assert (
        _main(coder, "Analysts said the central bank was trying to stabilise the currency.") is None
    )
    assert (
        events(
            coder,
            "The Kenyan minister said the government was seeking to create jobs for the young.",
        )
        == []
    )


def test_the_union_after_the_workers_it_speaks_for(coder: Coder) -> None:
    coded = _sides(
        coder,
        "Malawi's government threatened on Monday to sack teachers who stay away from classrooms.",
        "The union dismissed the threat.",
    )
    assert (1, "12", "MWICVL", "MWIGOV") in coded


def test_the_union_after_a_named_union(coder: Coder) -> None:
    coded = _sides(
        coder,
        "The Zambia Union of Nurses called a strike on Monday over unpaid allowances.",
        "Health Minister Elijah Muchima urged the nurses to return to work.",
        "The union rejected the appeal.",
    )
    assert any(i == 2 and root == "12" and src == "ZMBCVL" for i, root, src, _ in coded)


def test_the_union_in_a_story_of_no_workers_is_nobody(coder: Coder) -> None:
    coded = _sides(
        coder,
        "Hungary's prime minister criticised Brussels on Monday over the frozen funds.",
        "The union dismissed the criticism.",
    )
    assert coded == [(0, "11", "HUNGOV", "IGOEUREEC")]


def test_the_union_of_two_parties_is_no_labour_union(coder: Coder) -> None:
    coded = _sides(
        coder,
        "Striking Kenyan nurses marched to parliament in Nairobi on Tuesday.",
        "The union of the two opposition parties rejected the budget.",
    )
    assert coded == [(0, "14", "KENHLH", "KENGOV")]


def test_labour_minister_named_in_full_is_the_minister(coder: Coder) -> None:
    coded = _sides(
        coder,
        "Malawi's government threatened on Monday to sack teachers who stay away from classrooms.",
        "Labour Minister Vera Kamtukule appealed to the teachers to return to work.",
    )
    assert (1, "02", "MWIGOV", "MWIEDU") in coded


def test_labour_alone_before_a_day_is_no_minister(coder: Coder) -> None:
    found = events(coder, "Thousands of workers marched in Lusaka on Labour Day.")
    # Pinned to the part that is right by the guide (round 48's list):
    # the marchers and their government are no one today.
    assert [act[:2] for act in coded_as(found)] == [("PROTEST", "141")]


def test_an_amount_announced_in_support_is_a_pledge_of_aid(coder: Coder) -> None:
    assert _main(coder, "Britain announced £10 million in support for Malawi's flood victims.") == (
        "033",
        "GBR",
        "GOV",  # a country named whole, in diplomacy (round 44, sector44)
        "MWI",
    )
    assert _main(coder, "The minister announced a support rally for the president.") is None or all(
        e.cameo_code != "033"
        for e in events(coder, "The minister announced a support rally for the president.")
    )
