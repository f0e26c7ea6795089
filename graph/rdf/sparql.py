"""SPARQL over an RDF export: the example queries in queries/*.rq and a runner for them.

Each .rq file starts with a header of ``#`` lines, like the named Cypher queries::

    # title: 位于某地（含下级）的地点 | Places located, transitively, in a place
    # description: ...
    # param: place = 回民区 | name or alias of the place

Parameter values never become query text: rdflib binds them with ``initBindings``;
for pyoxigraph they go into a ``VALUES`` block written by its own term serialiser
(see :func:`with_values`).  Values are plain literals (strings, or integers when
the example is one).

>>> q = load_sparql("places_in")
>>> q.title_en, q.example_params()
('Places located, transitively, in a place', {'place': '回民区'})
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

QUERY_DIR = Path(__file__).resolve().parent.parent.parent / "queries"
_HEADER = re.compile(r"^#\s*(\w+)\s*:\s*(.*)$")


@dataclass
class SparqlQuery:
    name: str
    text: str
    title_zh: str = ""
    title_en: str = ""
    description: str = ""
    #: name -> (example value, help)
    params: dict[str, tuple[object, str]] = field(default_factory=dict)

    def example_params(self) -> dict:
        return {k: v for k, (v, _) in self.params.items()}


def _value(text: str):
    text = text.strip()
    return int(text) if re.fullmatch(r"-?\d+", text) else text


def parse_header(name: str, text: str) -> SparqlQuery:
    q = SparqlQuery(name, text)
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if not line.startswith("#"):
            break
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "title":
            zh, _, en = value.partition("|")
            q.title_zh, q.title_en = zh.strip(), en.strip()
        elif key == "description":
            q.description = (q.description + " " + value).strip()
        elif key == "param":
            spec, _, help_ = value.partition("|")
            pname, _, example = spec.partition("=")
            q.params[pname.strip()] = (_value(example), help_.strip())
    return q


def load_sparql(name: str, folder: Path = QUERY_DIR) -> SparqlQuery:
    path = folder / f"{name}.rq"
    if not re.fullmatch(r"[a-z0-9_]+", name) or not path.exists():
        raise ValueError(f"no SPARQL query named {name!r} in {folder}")
    return parse_header(name, path.read_text(encoding="utf-8"))


def sparql_names(folder: Path = QUERY_DIR) -> list[str]:
    return sorted(p.stem for p in folder.glob("*.rq"))


def _check_params(q: SparqlQuery, params: dict | None) -> dict:
    values = {**q.example_params(), **(params or {})}
    unknown = set(values) - set(q.params)
    if unknown:
        raise ValueError(f"{q.name} has no parameter(s) {sorted(unknown)}; it takes {sorted(q.params)}")
    return values


def run_rdflib(q: SparqlQuery, graph, params: dict | None = None) -> list[dict]:
    """Rows as dicts of Python values (IRIs as strings) over an rdflib Graph."""
    from rdflib import Literal
    bindings = {k: Literal(v) for k, v in _check_params(q, params).items()}
    res = graph.query(q.text, initBindings=bindings)
    names = [str(v) for v in res.vars]
    return [{n: _py(row[i]) for i, n in enumerate(names)} for row in res]


def with_values(q: SparqlQuery, params: dict) -> str:
    r"""The query with a ``VALUES`` block binding the parameters, opened right after ``WHERE {``.

    Each value is written by pyoxigraph's own term serialiser (quotes, backslashes and newlines
    escaped), so a value cannot change the query.  pyoxigraph's ``substitutions`` would do, but it
    only accepts variables the SELECT projects.

    >>> q = parse_header("t", "# param: x = a\nSELECT ?y WHERE { ?y ?p ?x }")
    >>> print(with_values(q, {"x": 'say "}" \\'}))
    # param: x = a
    SELECT ?y WHERE { VALUES (?x) { ("say \"}\" \\") } ?y ?p ?x }
    """
    import pyoxigraph as ox
    values = _check_params(q, params)
    if not values:
        return q.text
    names = sorted(values)
    terms = []
    for k in names:
        v = values[k]
        terms.append(str(ox.Literal(str(v)) if isinstance(v, str) else
                         ox.Literal(str(int(v)), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))))
    m = re.search(r"\bWHERE\s*\{", q.text, re.IGNORECASE)
    if m is None:
        raise ValueError(f"{q.name}: parameters need a WHERE {{ … }} clause")
    block = f" VALUES ({' '.join('?' + k for k in names)}) {{ ({' '.join(terms)}) }}"
    return q.text[:m.end()] + block + q.text[m.end():]


def run_oxigraph(q: SparqlQuery, store, params: dict | None = None) -> list[dict]:
    """Rows as dicts of Python values over a pyoxigraph Store."""
    sols = store.query(with_values(q, params or {}))
    names = [v.value for v in sols.variables]
    return [{n: _py(sol[n]) for n in names} for sol in sols]


_NUMERIC = {"integer", "int", "long", "decimal", "double", "float"}


def _py(term):
    """An RDF term as a Python value: IRIs and strings as str, numbers as int/float, unbound as None."""
    if term is None:
        return None
    value = getattr(term, "value", None)
    dt = getattr(term, "datatype", None)
    dt = getattr(dt, "value", dt)
    if dt is not None and str(dt).rsplit("#", 1)[-1] in _NUMERIC:
        return int(str(value)) if str(dt).endswith(("integer", "int", "long")) else float(str(value))
    if type(term).__name__ == "Literal" and hasattr(term, "toPython"):  # rdflib
        return str(term)
    return str(value) if value is not None else str(term)


def oxigraph_store(path: Path):
    """An in-memory pyoxigraph Store loaded from an export file."""
    import pyoxigraph as ox
    store = ox.Store()
    fmt = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD}[
        Path(path).suffix]
    store.bulk_load(path=str(path), format=fmt)
    return store
