"""Round 61 (roles61): speakers, pronouns and the parties a pronoun or a capital stands for.

- "The student federation said it would strike": the pronoun after the saying verb is
  the saying clause's subject, a noun phrase whose head (a common noun) follows the party named
  as its modifier, not the last body of the sentences before.
- "The rebel alliance accused Bamako of ...": a capital is a state's own only for the state's
  organs; a rebel group or an opposition reproaches its own capital's government.
- "The two sides signed ... They also agreed": "they" for a pair is both its sides.
- "Organisers said they would ...": a subject no party names is the article's own people.
- "two Malian soldiers and a Nigerien officer": "and a" joins a list whose first member leads.
- "Peru's National Agency for Water said it": a body named by a state's possessive and
  capitalised words of its name is that state's.
- "said it will appeal both the verdict and the fine": a court appeal, no appeal (02)."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, events, recommended_coder, sides_of

coder = recommended_coder


# the subject "The student federation" (a common head after its modifier) is the one "it" is
def test_pronoun_after_said_is_the_subject_noun_phrase(coder: Coder) -> None:
    body = (
        "LIMA (Reuters) - Amnesty International urged Peruvian authorities to investigate the "
        "deaths of two protesters. The student federation said it would stage a nationwide "
        "walkout next week unless tuition fees were frozen."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert found
    assert found[0].plover_type == "THREATEN"
    assert sides_of(found[0]) == ("PER", "PER")


# a rebel alliance accusing its own capital: the capital's government is the target
def test_rebels_accuse_their_own_capital(coder: Coder) -> None:
    body = (
        "BAMAKO, May 3 (Reuters) - Mali accused Algeria on Friday of harbouring armed groups "
        "along their shared border. The separatist alliance in turn accused Bamako of violating "
        "the ceasefire with drone strikes on its camps near Kidal."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert found
    assert found[0].plover_type == "ACCUSE"
    assert found[0].target is not None and found[0].target.code == "MLIGOV"


# "They" after a pair that opened the sentence before: both sides, the second the target
def test_they_for_a_pair_gives_both_sides(coder: Coder) -> None:
    body = (
        "NAIROBI, May 3 (Reuters) - Kenyan President William Ruto and his Tanzanian counterpart "
        "Samia Suluhu Hassan held talks in Nairobi on Monday. The two sides then signed an accord "
        "on a new railway line. They also agreed to open a second border crossing next year."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 2]
    assert found
    assert found[0].plover_type == "AGREE"
    assert sides_of(found[0]) == ("KEN", "TZA")


# an appeal of a conviction and a sentence is a court appeal, no event
def test_appeal_of_both_conviction_and_sentence_is_no_request(coder: Coder) -> None:
    text = "The opposition party said it will appeal both the verdict and the fine."
    assert events(coder, text) == []


# a subject no party names ("Organisers") opening "said they": the article's own people, not
# the rights group whose appeal the sentence before told
def test_pronoun_after_unknown_subject_is_not_the_last_group(coder: Coder) -> None:
    body = (
        "AMMAN, May 3 (Reuters) - Jordanian police detained 30 nurses who staged a sit-in in "
        "Amman to demand higher pay. Amnesty International urged the authorities in Amman to "
        "free the nurses. Organisers said they would stage another protest outside parliament "
        "on Sunday unless the nurses were freed."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 2]
    assert found
    assert found[0].source is not None and found[0].source.country == "JOR"


# a list joined by "and an": the first conjunct ("three Norwegian citizens") is the one held,
# not the demonym of the second one
def test_list_joined_by_and_a_takes_its_first_member(coder: Coder) -> None:
    body = (
        "OSLO, May 3 (Reuters) - Norwegian police detained four people on suspicion of plotting "
        "a bombing at a festival. The suspects, three Norwegian citizens and an Iraqi national "
        "aged between 19 and 23, were detained in raids in Oslo and Bergen, Justice Minister "
        "Kari Solberg Dahl told a news conference."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert found
    assert sides_of(found[0]) == ("NOR", "NOR")


# a body named by a state's possessive and capitalised words of its name is that state's, and
# so is the "it" that follows "said"
def test_states_named_body_speaks_for_it(coder: Coder) -> None:
    body = (
        "REYKJAVIK (Reuters) - The Icelandic coast guard detained a Faroese trawler off the "
        "east coast on Friday. Denmark's Federal Agency for Fisheries said it had written to "
        "the Icelandic foreign ministry to demand an explanation."
    )
    found = [e for e in article(coder, body) if e.sentence_index == 1]
    assert found
    assert sides_of(found[0]) == ("DNK", "ISL")
