"""The general-purpose word lists under ``resources/dict/``, loaded once per process.

Each file holds entries separated by whitespace or newlines; ``#`` starts a comment. The
gazetteer is generated (see ``build_gazetteer.py``); the small cue lists are hand-written.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from desktop.core.package_data import resource_path

RESOURCES = resource_path("resources", "dict")


def _words(name: str) -> tuple[str, ...]:
    out: list[str] = []
    with (RESOURCES / name).open(encoding="utf-8") as handle:
        for line in handle:
            out.extend(line.split("#", 1)[0].split())
    return tuple(out)


#: Entries of the country list that Chinese news writes as China or part of it: a body named
#: after one carries it in its own name (香港中文大学, 台湾大学, 中国银行), where a foreign
#: country before a body is a place of its own (英国 | 牛津大学, 美国 | 微软公司).
DOMESTIC = frozenset({"中国", "香港", "澳门", "台湾"})


def wordset(words: str) -> frozenset[str]:
    """A set from a space-separated literal (small cue lists kept inline)."""
    return frozenset(words.split(" "))


def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True, slots=True)
class Lexicons:
    #: full administrative name -> level (province, city, county)
    places: dict[str, str]
    #: short form (山阴) -> full name (山阴县)
    place_shorts: dict[str, str]
    countries: frozenset[str]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    titles: tuple[str, ...]
    org_suffixes: tuple[str, ...]
    gov_bodies: tuple[str, ...]
    loc_suffixes: tuple[str, ...]
    regions: frozenset[str]
    translit: frozenset[str]
    units: dict[str, str]
    person_verbs: frozenset[str]
    stop_names: frozenset[str]


def _gazetteer() -> tuple[dict[str, str], dict[str, str]]:
    places: dict[str, str] = {}
    shorts: dict[str, str] = {}
    with (RESOURCES / "gazetteer.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            name, level, short = [*line.rstrip("\n").split("\t"), "", ""][:3]
            places[name] = level
            if short and short not in places:
                shorts.setdefault(short, name)
    return places, shorts


def _units() -> dict[str, str]:
    words = _words("units.txt")
    return dict(zip(words[::2], words[1::2], strict=True))


@functools.cache
def lexicons() -> Lexicons:
    places, shorts = _gazetteer()
    surnames = _words("surnames.txt")
    return Lexicons(
        places=places,
        place_shorts=shorts,
        countries=frozenset(_words("countries.txt")),
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        titles=_longest_first(_words("titles.txt")),
        org_suffixes=_longest_first(_words("org_suffixes.txt")),
        gov_bodies=_longest_first(_words("gov_bodies.txt")),
        loc_suffixes=_longest_first(_words("loc_suffixes.txt")),
        regions=frozenset(_words("regions.txt")),
        translit=frozenset("".join(_words("translit.txt"))),
        units=_units(),
        person_verbs=frozenset(_words("person_verbs.txt")),
        stop_names=frozenset(_words("stop_names.txt")),
    )
