"""Build the actor recogniser's data derived from the Phoenix actor dictionaries.

    python scripts/build_phoenix_actors.py ../shared/reference/actors

Reads Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and
Phoenix.MilNonState.actors.txt (openeventdata/petrarch2 @676801cd, MIT License, Copyright (c)
2014 Open Event Data Alliance; CountryInfo by the Computational Event Data System Project)
and writes, beside the coder:

- `services/tensionwatch/domain/data/places.tsv`: cities, provinces and regions of each
  country (the aliases of its country entry), so that "Srinagar" or "Balochistan" is a place
  of its country;
- `services/tensionwatch/domain/data/phoenix_actors.tsv`: people with their dated roles
  (rulers, ministers, opposition leaders) and organisations (national institutions,
  international bodies, armed groups), in the format of `actors.tsv`.

Names are title-cased from the dictionaries' upper case; single-word names of people are left
out (a bare surname is too ambiguous), and so are aliases that are ordinary English words.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "services" / "tensionwatch" / "domain" / "data"
FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "de",
    "da",
    "dos",
    "du",
    "van",
    "von",
    "der",
    "la",
    "le",
    "of",
    "the",
    "and",
    "i",
    "e",
    "y",
    "ul",
    "ud",
    "for",
    "on",
    "in",
}
# Aliases that are ordinary English words or names (kept out of the place and org tables).
COMMON = set(
    """MOBILE READING NICE SPLIT BATH SALE DOVER VICTORIA GEORGIA JORDAN CHAD TURKEY
GUINEA ORANGE SPRING HOPE LIBERTY UNION PEACE GRACE CHARITY FAITH JUSTICE NATAL PATRIOT
PRESIDENT GOVERNMENT MINISTRY ARMY POLICE PARLIAMENT CONGRESS SENATE COURT REGIME CABINET
PEOPLE PARTY FRONT MOVEMENT COUNCIL COMMITTEE FORCES MILITARY STATE NATION REPUBLIC
KINGDOM EMPIRE CAPITAL CITY PORT ISLAND ISLANDS NORTH SOUTH EAST WEST CENTRAL YOUTH
AL AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF ON OR SO TO UP US WE AN""".split()
)
# Places that are as often people's names, or places elsewhere too (kept out of places.tsv):
# "Vladimir", "Murray", "Nasser" (Gaza's Nasser Hospital), "Male students", "Bara" (Nepal's
# district; the Sudanese town is in places_news.tsv), and names of a larger town elsewhere
# ("Bida": Nigeria's, not Qatar's; "Yeongdong": South Korea's, not the North's).
NOT_PLACES = set(
    """AUSTIN CHARLOTTE LAWRENCE COLUMBUS CLEVELAND HOUSTON DALLAS RICHMOND ROCHESTER PORTLAND
PROVIDENCE PHOENIX JERSEY BUFFALO DAKOTA ORLANDO RALEIGH MEMPHIS DENVER TIVOLI MARCHE MARCHES
RIVIERA LUBAVITCH VIRSHAN TIBUR MALE MURRAY VLADIMIR NASSER FARAH TAKEO DORIS BALE TARA
MORON SAGA HIPPO EYRE CHAMPAGNE GALAN BARA BIDA YEONGDONG NAZE""".split()
)
# Aliases that name something far commoner in today's news than the actor: "La Liga" is
# Spain's football league, not the Mexican guerrilla Liga 23 de Septiembre of the 1970s
# ("La Liga rejected the complaint" was a rebel group rejecting the government). Bodies many
# states have under the same name are left to the agent words, which take the story's
# country: "Joint Chiefs of Staff" (South Korea's in Seoul copy), "National Security Council"
# (the Philippines', Somalia's, Afghanistan's, Nigeria's; "White House National Security
# Council" and "Nsc" stay the USA's). "The" and a plain noun, as old gangs and armed groups
# called themselves, names a charity, a film or a building far more often: "The Foundation
# for Press Freedom condemned ..." was Chicago's El Rukn gang (USAREB) condemning.
NOT_ALIASES = {
    "The Foundation",
    "The Cornerstone",
    "The Avengers",
    "La Liga",
    "Joint Chiefs of Staff",
    "National Security Council",
    "National Security Council Staff",
    "National Security Staff",
}
ISO = re.compile(r"^[A-Z]{3}$")


@dataclass
class Entry:
    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)  # (code, dates)


def entries(path: Path) -> Iterator[Entry]:
    """The dictionary's entries: a head name, its `+` aliases and its `[CODE dates]` lines."""
    entry: Entry | None = None
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() and raw.strip():
            continue  # a comment line inside an entry does not end it
        if not line.strip():
            if entry is not None:
                yield entry
            entry = None
            continue
        codes = re.findall(r"\[([^\]]+)\]", line)
        text = re.sub(r"\[[^\]]*\]", "", line).strip()
        if line[0] not in " \t+" and text:
            if entry is not None:
                yield entry
            entry = Entry()
        if entry is None:
            entry = Entry()
        if text:
            entry.names.append(text.lstrip("+").strip())
        for code in codes:
            parts = code.split()
            entry.codes.append((parts[0], parts[1] if len(parts) > 1 else ""))
    if entry is not None:
        yield entry


def title(name: str) -> str:
    """ "MA_YING_JEOU_" -> "Ma Ying Jeou"; "SAR-E_POL" -> "Sar-e Pol"."""
    name = re.sub(r"\([^)]*\)", " ", name)
    words = [w for w in name.replace("_", " ").split() if w]
    out = []
    for index, word in enumerate(words):
        parts = word.split("-")
        cased = [
            part.lower()
            if (part.lower() in PARTICLES and (index or j))
            else part[:1] + part[1:].lower()
            for j, part in enumerate(parts)
        ]
        out.append("-".join(cased))
    return " ".join(out)


def variants(name: str) -> list[str]:
    """A name and its East Asian hyphenated form ("Ma Ying Jeou" -> "Ma Ying-jeou")."""
    found = [name]
    words = name.split()
    if len(words) == 3 and all(len(w) <= 6 for w in words):
        found.append(f"{words[0]} {words[1]}-{words[2].lower()}")
    return found


def day(text: str, end: bool) -> str:
    """A Phoenix date (yymmdd or yyyymmdd) as YYYY-MM-DD; "" when absent or malformed."""
    digits = text.strip("<>")
    if len(digits) == 6 and digits.isdigit():
        year = int(digits[:2])
        return f"{2000 + year if year <= 20 else 1900 + year}-{digits[2:4]}-{digits[4:6]}"
    if len(digits) == 8 and digits.isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"
    return ""


def valid(dates: str) -> str:
    if not dates:
        return ""
    if dates.startswith(">"):
        since = day(dates, False)
        return f"{since}.." if since else ""
    if dates.startswith("<"):
        until = day(dates, True)
        return f"..{until}" if until else ""
    since, _, until = dates.partition("-")
    a, b = day(since, False), day(until, True)
    return f"{a}..{b}" if a or b else ""


def good_month(value: str) -> bool:
    return all(
        not part or (1 <= int(part.split("-")[1]) <= 12 and 1 <= int(part.split("-")[2]) <= 31)
        for part in value.split("..")
    )


def split_code(code: str, countries: dict[str, set[str]]) -> tuple[str, str] | None:
    """(code, sector) as actors.tsv wants them, or None for codes we do not use."""
    if code.startswith(("IGO", "NGO", "IMG")):
        return code, code[:3] if code[:3] != "IMG" else "INS"
    if code[:3] in countries:
        return code[:3], code[3:6] or "-"
    return None


def names_of(entry: Entry, person: bool) -> list[str]:
    found: list[str] = []
    for raw in entry.names:
        if raw.replace("_", "").upper() in COMMON:
            continue
        name = title(raw)
        if not name or name in NOT_ALIASES or len(name) < 3 or (person and len(name.split()) < 2):
            continue
        for variant in variants(name):
            if variant not in found and "|" not in variant:
                found.append(variant)
    return found


def country_of(entry: Entry, countries: dict[str, set[str]]) -> str | None:
    """The country whose own entry this is: coded with it alone (`[IND]`), or headed by its
    name with its current code after historical ones (`UKRAINE_ [USRUKR <910824] ...
    [UKR >911221]`)."""
    codes = [(c, d) for c, d in entry.codes if c]
    if len(codes) == 1 and ISO.match(codes[0][0]) and not codes[0][1]:
        return codes[0][0] if codes[0][0] in countries else ""
    head = title(entry.names[0]) if entry.names else ""
    for code, dates in codes:
        if code in countries and (not dates or dates.startswith(">")) and head in countries[code]:
            return code
    return None


def rows(directory: Path, countries: dict[str, set[str]]) -> tuple[dict[str, list[str]], list[str]]:
    places: dict[str, list[str]] = {}
    actors: list[str] = []
    for file in FILES:
        for entry in entries(directory / file):
            codes = [(c, d) for c, d in entry.codes if c]
            country = country_of(entry, countries)
            if country is not None:
                if country:  # a country's entry: its aliases are its places
                    aliases = names_of(entry, False)[1:]
                    kept = [name for name in aliases if name.upper() not in NOT_PLACES]
                    places.setdefault(country, []).extend(kept)
                continue
            person = any(d for _, d in codes) or len(codes) > 1
            names = names_of(entry, person)
            if not names:
                continue
            for code, dates in codes:
                split = split_code(code, countries)
                span = valid(dates)
                if split is None or not good_month(span):
                    continue
                kind = "person" if person else "org"
                actors.append(f"{kind}\t{split[0]}\t{split[1]}\t{span}\t{'|'.join(names)}")
    return places, actors


HEADER = """# {what}
# Generated by scripts/build_phoenix_actors.py from the Phoenix actor dictionaries
# (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt;
# openeventdata/petrarch2 @676801cd, MIT License, Copyright (c) 2014 Open Event Data Alliance;
# CountryInfo by the Computational Event Data System Project). Do not edit by hand.
# Licence: MIT. Frozen in 2014: newer office holders are in actors.tsv.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("actors", type=Path, help="folder of the Phoenix .actors.txt files")
    args = parser.parse_args()
    countries = {
        line.split("\t")[0]: set(line.split("\t")[1].split("|"))
        for line in (DATA / "countries.tsv").read_text("utf-8").splitlines()
        if line and not line.startswith("#") and not line.startswith("iso3")
    }
    places, actors = rows(args.actors, countries)
    with (DATA / "places.tsv").open("w", encoding="utf-8") as out:
        out.write(
            HEADER.format(
                what="Places of each country (cities, provinces, regions) for "
                "tensionwatch's actor recogniser."
            )
        )
        out.write("# Format: iso3 <tab> names separated by `|` (case-sensitive).\niso3\tnames\n")
        for iso in sorted(places):
            names = sorted(set(places[iso]))
            if names:
                out.write(f"{iso}\t{'|'.join(names)}\n")
    with (DATA / "phoenix_actors.tsv").open("w", encoding="utf-8") as out:
        out.write(
            HEADER.format(
                what="People and organisations for tensionwatch's actor "
                "recogniser, in the format of actors.tsv (see its header)."
            )
        )
        out.write("kind\tcode\tsector\tvalid\tnames\n")
        out.write("\n".join(actors) + "\n")
    print(f"{sum(len(v) for v in places.values())} places, {len(actors)} actor rows")


if __name__ == "__main__":
    main()
