"""The production coder's start-up leaves its loaded tables out of the collector's walks."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from tensionwatch.bootstrap import build_coder
from tensionwatch.domain.models import Sentence
from tensionwatch.settings import Settings


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # give the rest of the test session its ordinary collector back


@pytest.mark.usefixtures("unfrozen")
def test_build_coder_freezes_what_start_up_loaded() -> None:
    assert gc.get_freeze_count() == 0
    coder = build_coder(Settings())
    assert gc.get_freeze_count() > 0
    # the frozen tables stay alive and usable: the coder still codes
    text = "Spanish police detained a man suspected of spying for Russia."
    sentence = Sentence(article_id="a", index=1, char_start=0, char_end=len(text), text=text)
    events = coder.code_sentence(sentence, None, None)
    assert [(e.cameo_code[:2], e.source and e.source.code) for e in events] == [("17", "ESPCOP")]


@pytest.mark.usefixtures("unfrozen")
def test_garbage_from_before_start_up_is_collected_not_frozen() -> None:
    class Cycle:
        other: object = None

    first, second = Cycle(), Cycle()
    first.other, second.other = second, first
    probe = weakref.ref(first)
    del first, second
    build_coder(Settings())
    assert probe() is None  # freed by the collection before the freeze, not kept frozen


@pytest.mark.usefixtures("unfrozen")
def test_objects_made_after_start_up_are_collected() -> None:
    build_coder(Settings())
    frozen = gc.get_freeze_count()

    class Cycle:
        other: object = None

    first, second = Cycle(), Cycle()
    first.other, second.other = second, first
    del first, second
    assert gc.collect() >= 2  # the cycle made after the freeze is found and freed
    assert gc.get_freeze_count() == frozen
