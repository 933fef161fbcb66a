"""Round 44, review44: near misses the round's rules had no test for, each checked to fail when the
guard it names is taken out of the rule (and to pass with it). Every sentence here was written
for this module."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import code_list, recommended_coder

coder = recommended_coder


# --- existence._later_than_dated, bare "and" after a clause dated by a year (false44, 9a34fd4) ---
# The rule keeps the act when the story's day is named before the "and" or soon after the verb;
# false44's own near miss ("Police on Thursday detained a former mayor sought over a bribery case
# in 2019 and charged him") passes without either guard.


def test_and_after_a_year_with_the_storys_day_before_keeps_the_act(coder: Coder) -> None:
    # fails without `RECENT.isdisjoint(words[:index])`
    text = (
        "Customs officers on Sunday seized a cargo of rifles bought in 2020 and arrested the "
        "ship's captain."
    )
    assert "173" in code_list(coder, text)


def test_and_after_a_year_with_the_storys_day_after_keeps_the_act(coder: Coder) -> None:
    # fails without the check of the words after the verb (LATER_DAY_REACH)
    text = "Border guards found a tunnel dug in 2018 and arrested three smugglers on Wednesday."
    assert "173" in code_list(coder, text)
