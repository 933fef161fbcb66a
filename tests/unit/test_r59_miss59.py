"""Round 59 (miss59): a denial joined by "and" to the clause a speaker reported.

"The ministry said officers were interviewing the organisers and denied that the detentions
had to do with the election": the reported clause tells what happened; the denial after it is
made by saying, as a rejection or an appeal is, so it is the speaker's (`coder._speaker_goes_on`,
`SPEAKER_GOES_ON_CODES`), not the reported clause's subject's."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, events_in, recommended_coder

coder = recommended_coder


def _denial(coder: Coder, text: str) -> tuple[str | None, str | None]:
    found = [e for e in events(coder, text) if e.cameo_code == "016"]
    assert found, text
    source = found[0].source
    return (source.code, source.text) if source is not None else (None, None)


# the reported clause's subject a party (the police): the denial is the ministry's
def test_denial_after_reported_clause_is_speakers(coder: Coder) -> None:
    text = (
        "Ghana's interior ministry said the police were questioning the organisers and denied "
        "that the detentions were connected to the election."
    )
    assert _denial(coder, text)[0] == "GHAGOV"


# "rejected claims that ...": a denial too, after a court named in the reported clause
def test_rejected_claims_after_reported_clause_is_speakers(coder: Coder) -> None:
    text = (
        "Zambia's government spokesman said the judges acted freely and rejected claims "
        "that the case was driven by politics."
    )
    assert _denial(coder, text)[0] == "ZMBGOV"


# Round 59 (miss59): a text a body tabled or adopted speaks for it (`coder._document_author`):
# "The motion ... accuses", "The resolution ... urges" after the sentence that named its maker.
def _sources(coder: Coder, body: str, index: int) -> list[str | None]:
    return [e.source.code if e.source else None for e in events_in(coder, body, index)]


# the subject who tabled the motion makes its charge
def test_motion_charge_is_its_tablers(coder: Coder) -> None:
    body = (
        "Zambia's opposition United Party for National Development has tabled a censure "
        "motion against the government over the cost of a new stadium in Lusaka. The motion, "
        "submitted to the Speaker's office this week, accuses the government of "
        "lying to lawmakers about the stadium's cost."
    )
    assert _sources(coder, body, 1) == ["ZMBOPP"]


# the agent of "a resolution adopted by ..." makes its appeal
def test_resolution_appeal_is_its_adopters(coder: Coder) -> None:
    body = (
        "Zambia's foreign ministry summoned Malawi's envoy on Thursday over a resolution adopted "
        "by the Malawian parliament that accuses Lusaka of stoking tension on the border. The "
        "resolution, passed by 120 votes to 30 on Wednesday, also urges the African Union to "
        "dispatch monitors to the frontier."
    )
    assert _sources(coder, body, 1) == ["MWILEG"]
