"""What an accepted article's text must be before it is coded: text rather than markup, and
in a configured language. Failures raise InputError with their dead-letter reason."""

from __future__ import annotations

from dataclasses import dataclass

from tensionwatch.domain.errors import InputError
from tensionwatch.domain.markup import MAX_DEPTH, looks_like_markup, markup_to_text, nesting_depth
from tensionwatch.domain.models import Article, DeadLetterReason, TextBasis
from tensionwatch.service.ports import LanguageDetector

#: The metric's labels for a text whose language the detector could not tell, and for one in
#: a language outside the detector's named set.
UNDETERMINED = "und"
OTHER = "other"


class LanguageError(InputError):
    """The text is not in a configured language (or not in the one it declares)."""

    def __init__(self, message: str, detected: str | None) -> None:
        super().__init__(DeadLetterReason.UNSUPPORTED_LANGUAGE, message)
        self.detected = detected


@dataclass(frozen=True, slots=True)
class Text:
    """The text to code and what its offsets refer to."""

    value: str
    basis: TextBasis


def text_of(body: str) -> Text:
    """The body itself, or the text of a body that is HTML (or XML-like markup)."""
    if not looks_like_markup(body):
        return Text(body, "body")
    depth = nesting_depth(body)
    if depth > MAX_DEPTH:
        raise InputError(
            DeadLetterReason.UNREADABLE_MARKUP,
            f"markup nests {depth} block elements deep, over the limit of {MAX_DEPTH}",
        )
    text = markup_to_text(body)
    if not text.strip():
        raise InputError(DeadLetterReason.EMPTY_BODY, "the body is markup without text")
    return Text(text, "html_text")


def sample(text: str, chars: int) -> str:
    """The first `chars` characters of `text`, cut back to the last whitespace."""
    if len(text) <= chars:
        return text
    cut = text.rfind(" ", chars // 2, chars)
    return text[: cut if cut > 0 else chars]


def detect_language(text: str, detector: LanguageDetector, chars: int) -> str | None:
    """The language of the first `chars` characters of `text`, or None when the detector
    cannot tell (too short, no letters, a mix)."""
    return detector.detect(sample(text, chars))


def language_label(detected: str | None, detector: LanguageDetector) -> str:
    """The metric label of a detected language: from a bounded set."""
    if detected is None:
        return UNDETERMINED
    return detected if detected in detector.languages else OTHER


def check_language(article: Article, detected: str | None, configured: tuple[str, ...]) -> None:
    """Raise LanguageError when the declared or the detected language is not configured, or
    when the two disagree."""
    declared = article.language
    if declared is not None and declared not in configured:
        raise LanguageError(
            f"declared language {declared!r} is not one of {list(configured)}", detected
        )
    if detected is None:
        return
    if detected not in configured:
        raise LanguageError(
            f"the text reads as {detected!r}, not one of {list(configured)}", detected
        )
    if declared is not None and detected != declared:
        raise LanguageError(
            f"declared language {declared!r}, but the text reads as {detected!r}", detected
        )
