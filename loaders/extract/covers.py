"""Plan COVERS its place: the manifest's place, or without a manifest the place its title names.

Evidence is the first mention of that place in the text (an alias counts: 呼市 for
呼和浩特市); when the text never names it, the title line.  Extractor ``plan-place``.

>>> from loaders.read import Document
>>> from loaders.segment import segment
>>> from loaders.pipeline import PlanContext, add_structure
>>> from graph.model import GraphData
>>> from pathlib import Path
>>> text = "呼和浩特市回民区发展规划\\n第一章 总则\\n回民区发展。\\n"
>>> ctx = PlanContext(Document("p", Path("p.txt"), text, "utf-8", "0" * 64, {}), segment(text, "p"), GraphData())
>>> add_structure(ctx); extract(ctx)
>>> [(ctx.graph.nodes[e.target].name, e.evidence[0].start) for e in ctx.graph.edges_of("COVERS")]
[('回民区', 5)]
"""
from __future__ import annotations

from loaders.extract.common import add_entity, add_relation
from loaders.lexicon import load_lexicon


def _forms(lex, name: str) -> list[str]:
    forms = [name] + [a for (label, a), c in lex.aliases.items() if label == "Place" and c == name]
    return sorted({f for f in forms if len(f) >= 2}, key=len, reverse=True)


#: what a plan covers is an administrative unit, not a village, park, zone or scenic spot it names first
ADMIN_KINDS = {"province", "city", "league", "prefecture", "district", "county", "banner", "town", "township",
               "subdistrict"}


def guess_place(text: str, lex=None) -> str | None:
    """The plan's own administrative unit: the most specific one its title line names (呼和浩特市回民区…
    规划 → 回民区), else the one the text names most often (a city's report names its districts too).

    >>> guess_place("呼和浩特市赛罕区国民经济和社会发展规划\\n金桥开发区、白塔国际机场……\\n")
    '赛罕区'
    >>> guess_place("政府工作报告\\n呼和浩特市全年……新城区、赛罕区……首府……呼市……\\n")
    '呼和浩特市'
    """
    lex = lex or load_lexicon()
    forms = [(s, lex.place(c)) for s, label, c in lex.surface_forms() if label == "Place" and len(s) >= 2]
    forms = [(s, e) for s, e in forms if e is not None and e.kind in ADMIN_KINDS]
    title = next((line for line in text.splitlines() if line.strip()), "")
    in_title = [(title.index(s), e) for s, e in forms if s in title]
    if in_title:
        # deepest in the gazetteer wins (回民区 over 呼和浩特市 in 呼和浩特市回民区…规划)
        in_title.sort(key=lambda t: (-len(lex.place_chain(t[1].name)), t[0]))
        return in_title[0][1].name
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    # longest forms first, each occurrence counted once (呼和浩特市 is not also 呼和浩特)
    masked = text
    for s, e in sorted(forms, key=lambda t: -len(t[0])):
        n = masked.count(s)
        if n:
            counts[e.name] = counts.get(e.name, 0) + n
            first.setdefault(e.name, text.find(s))
            masked = masked.replace(s, "\0" * len(s))
    if not counts:
        return None
    return max(counts, key=lambda name: (counts[name], -first[name]))


def _longer_places(lex, form: str, name: str) -> list[str]:
    """Other places whose names open with this form (和林格尔新区 for 和林格尔): not a mention of the plan's place."""
    return [s for s, label, c in lex.surface_forms() if label == "Place" and c != name and len(s) > len(form)
            and s.startswith(form)]


def _first_own(text: str, form: str, longer: list[str]) -> int:
    """The first place the form is written on its own, not as the opening of a longer place's name.

    >>> _first_own("推动产业向和林格尔新区集聚，和林格尔县…", "和林格尔", ["和林格尔新区"])
    14
    """
    pos = text.find(form)
    while pos >= 0 and any(text.startswith(s, pos) for s in longer):
        pos = text.find(form, pos + 1)
    return pos


def extract(ctx) -> None:
    lex = load_lexicon()
    text = ctx.doc.text
    name = ((ctx.doc.meta or {}).get("place") or "").strip()
    name = lex.canonical("Place", name) if name else guess_place(text, lex)
    if not name or ctx.doc.id not in ctx.graph.nodes:
        return
    plan = ctx.graph.nodes[ctx.doc.id]
    hits = [(_first_own(text, f, _longer_places(lex, f, name)), f) for f in _forms(lex, name)]
    hits = [(p, f) for p, f in hits if p >= 0]
    entry = lex.place(name)
    props = {"kind": entry.kind, "lat": entry.lat, "lon": entry.lon} if entry else None
    if hits:
        # the first place it is written, and there the longest form (托克托县, not the 托克托 that opens it)
        pos, form = min(hits, key=lambda h: (h[0], -len(h[1])))
        place = add_entity(ctx, "Place", form, pos, extractor="plan-place", props=props, name=name)
        ev = (pos, pos + len(form))
    else:
        place = add_entity(ctx, "Place", name, extractor="plan-place", props=props, name=name)
        first = text.find("\n")
        ev = (0, first if first > 0 else min(len(text), 80))
    add_relation(ctx, plan, place, "COVERS", ev[0], ev[1], extractor="plan-place", confidence=0.95 if hits else 0.6)
