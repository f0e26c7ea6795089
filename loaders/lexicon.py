"""The project's lexicons: gazetteer, industry taxonomy and alias lists (data/lexicons/).

They are domain data, not code: a place, an industry synonym or an alias is added
by editing a CSV.  Formats (UTF-8, header row, ``|`` separates list items):

- ``gazetteer.csv``: name, kind, parent, aliases, lat, lon, note
- ``industries.csv``: name, category, parent, synonyms[, match] — ``match`` ``no`` keeps a sector in the
  taxonomy (and its synonyms as aliases) without matching its forms in text: bare sector words
  (农业, 工业, 服务业) are mostly adjectival, and short ones (乳业, 大数据) sit inside the names of
  organisations and facilities (国家乳业技术创新中心, 大数据产业园), which a lexicon match would cut up;
  the industry rule finds those where they name a sector
- ``aliases.csv``: label, alias, canonical (any entity label)

>>> lex = load_lexicon()
>>> lex.canonical("Place", "呼市")
'呼和浩特市'
>>> [p.name for p in lex.place_chain("东乌素图村")]
['乌素图', '回民区', '呼和浩特市', '内蒙古自治区']
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicons"


class LexiconError(ValueError):
    """A lexicon row that cannot be used; names the file and line."""


@dataclass(frozen=True)
class PlaceEntry:
    name: str
    kind: str
    parent: str
    aliases: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class IndustryEntry:
    name: str
    category: str
    parent: str
    synonyms: tuple[str, ...] = ()
    match: bool = True      # whether its name and synonyms are surface forms for the text matcher


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (cell or "").split("|") if x.strip())


def _float(cell: str | None, path: Path, line: int) -> float | None:
    if not (cell or "").strip():
        return None
    try:
        return float(cell)
    except ValueError:
        raise LexiconError(f"{path}:{line}: not a number: {cell!r}") from None


def _need(row: dict, columns: tuple[str, ...], path: Path, line: int) -> None:
    empty = [c for c in columns if not row.get(c)]
    if empty:
        raise LexiconError(f"{path}:{line}: empty {', '.join(empty)}")


def _flag(cell: str | None) -> bool:
    """An optional yes/no cell: empty means yes."""
    return (cell or "").strip().lower() not in ("no", "n", "false", "0")


def _rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise LexiconError(f"{path}:1: missing columns {missing}")
        for row in reader:
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue
            if (row.get(required[0]) or "").startswith("#"):
                continue
            yield reader.line_num, {k: (v or "").strip() if isinstance(v, str) else v for k, v in row.items()}


class Lexicon:
    """Places, industries and aliases, looked up by name or alias."""

    def __init__(self, places: list[PlaceEntry], industries: list[IndustryEntry],
                 aliases: dict[tuple[str, str], str]):
        self.places = {p.name: p for p in places}
        self.industries = {i.name: i for i in industries}
        self.aliases = dict(aliases)
        for p in places:
            for a in p.aliases:
                self.aliases.setdefault(("Place", a), p.name)
        for i in industries:
            for s in i.synonyms:
                self.aliases.setdefault(("Industry", s), i.name)
        #: industry forms kept out of the text matcher (``match`` = no)
        self.unmatched = {("Industry", f) for i in industries if not i.match for f in (i.name, *i.synonyms)}

    @classmethod
    def from_dir(cls, folder: Path = LEXICON_DIR) -> "Lexicon":
        places, place_line = [], {}
        gaz = folder / "gazetteer.csv"
        for line, r in _rows(gaz, ("name", "kind", "parent")):
            _need(r, ("name", "kind"), gaz, line)
            if r["name"] in place_line:
                raise LexiconError(f"{gaz}:{line}: {r['name']!r} is already on line {place_line[r['name']]}")
            place_line[r["name"]] = line
            places.append(PlaceEntry(r["name"], r["kind"], r.get("parent") or "", _split(r.get("aliases")),
                                     _float(r.get("lat"), gaz, line), _float(r.get("lon"), gaz, line)))
        industries = []
        ind = folder / "industries.csv"
        for line, r in _rows(ind, ("name", "category")):
            _need(r, ("name",), ind, line)
            industries.append(IndustryEntry(r["name"], r.get("category") or "", r.get("parent") or "",
                                            _split(r.get("synonyms")), _flag(r.get("match"))))
        aliases = {}
        ali = folder / "aliases.csv"
        for line, r in _rows(ali, ("label", "alias", "canonical")):
            _need(r, ("label", "alias", "canonical"), ali, line)
            aliases[(r["label"], r["alias"])] = r["canonical"]
        lex = cls(places, industries, aliases)
        for p in places:
            if p.parent and p.parent not in lex.places:
                raise LexiconError(f"{gaz}:{place_line[p.name]}: parent {p.parent!r} of {p.name!r} "
                                   f"is not in the gazetteer")
        for p in places:
            seen, entry = {p.name}, p
            while entry.parent:
                if entry.parent in seen:
                    raise LexiconError(f"{gaz}:{place_line[p.name]}: {p.name!r} is its own ancestor")
                seen.add(entry.parent)
                entry = lex.places[entry.parent]
        return lex

    def canonical(self, label: str, name: str) -> str:
        """The canonical name for a name or alias of an entity of ``label``."""
        return self.aliases.get((label, name), name)

    def place(self, name: str) -> PlaceEntry | None:
        # canonical() inlined: the extractors call this a few hundred thousand times per corpus
        return self.places.get(self.aliases.get(("Place", name), name))

    def place_chain(self, name: str) -> list[PlaceEntry]:
        """The place and its parents up the gazetteer, nearest first."""
        chain, seen = [], set()
        entry = self.place(name)
        while entry is not None and entry.name not in seen:
            chain.append(entry)
            seen.add(entry.name)
            entry = self.places.get(entry.parent) if entry.parent else None
        return chain

    def industry(self, name: str) -> IndustryEntry | None:
        return self.industries.get(self.aliases.get(("Industry", name), name))

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """(surface form, label, canonical name) for every name and alias: the matcher's input."""
        for p in self.places.values():
            yield p.name, "Place", p.name
        for i in self.industries.values():
            if i.match:
                yield i.name, "Industry", i.name
        for (label, alias), canonical in self.aliases.items():
            if (label, alias) not in self.unmatched:
                yield alias, label, canonical


@functools.lru_cache(maxsize=4)
def load_lexicon(folder: Path = LEXICON_DIR) -> Lexicon:
    """The lexicon in ``folder`` (cached; the build fingerprint covers data/lexicons)."""
    return Lexicon.from_dir(Path(folder))
