"""Named, parameterised Cypher queries: one ``queries/NAME.cypher`` file each.

A file starts with a header of ``//`` lines, then the Cypher::

    // title: 某地（含下级地点）的项目 | Projects in a place, including its sub-places
    // description: Projects located in the place or in any place located, transitively, in it.
    // param: place = 新城区 | name or alias of the place
    MATCH ...

The title's Chinese and English halves, and a parameter's example and help, are separated by ``|``
(`` — `` and `` / `` are accepted too).  Where LadybugDB and Neo4j 5 need different text, the file
holds both, each after a marker line ``// dialect: ladybug`` or ``// dialect: neo4j``; without
markers one text serves both.  A file is refused when it has no title, when its Cypher uses a
``$parameter`` the header does not declare (or declares one it never uses), or when it writes.

User values reach the database only as parameters, never spliced into the text.

>>> q = load_query("projects_in")
>>> q.title_en, q.example_params()
('Projects in a place, including its sub-places', {'place': '新城区'})
>>> "list_contains" in q.cypher_for("ladybug"), "list_contains" in q.cypher_for("neo4j")
(True, False)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from graph.safety import WriteRefused, check_read_only, strip_literals

QUERY_DIR = Path(__file__).resolve().parent
DIALECTS = ("ladybug", "neo4j")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_HEADER = re.compile(r"^//\s*(\w+)\s*:\s*(.*)$")
_MARKER = re.compile(r"^//\s*dialect\s*:\s*(\S+)\s*$", re.I)
_PARAM = re.compile(r"\$([A-Za-z_]\w*)")
_SEPARATORS = ("|", " — ", " / ")


class Param(NamedTuple):
    """A parameter's example value (gives a non-empty answer on the bundled plans) and what it means."""
    example: object
    description: str


@dataclass
class NamedQuery:
    name: str
    title_zh: str
    title_en: str
    description: str = ""
    #: parameter name -> Param(example value, short description), in header order
    params: dict[str, Param] = field(default_factory=dict)
    #: dialect -> Cypher text
    variants: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    @property
    def title(self) -> str:
        return " ".join(t for t in (self.title_zh, self.title_en) if t)

    @property
    def cypher(self) -> str:
        return self.cypher_for("ladybug")

    def cypher_for(self, dialect: str = "ladybug") -> str:
        """The text for ``ladybug`` (the embedded store) or ``neo4j`` (Neo4j 5)."""
        if dialect not in DIALECTS:
            raise ValueError(f"unknown dialect {dialect!r}; known: {', '.join(DIALECTS)}")
        return self.variants[dialect]

    def example_params(self) -> dict:
        return {k: p.example for k, p in self.params.items()}

    @property
    def dialect_specific(self) -> bool:
        return self.variants["ladybug"] != self.variants["neo4j"]


def list_queries() -> list[str]:
    """Names of the named queries, sorted."""
    return sorted(p.stem for p in QUERY_DIR.glob("*.cypher") if _NAME.match(p.stem))


def load_query(name: str) -> NamedQuery:
    """The named query ``name``; ValueError naming the known queries when there is none."""
    known = list_queries()
    if name not in known:
        raise ValueError(f"unknown query {name!r}; known queries: {', '.join(known)}")
    path = QUERY_DIR / f"{name}.cypher"
    return parse_query(name, path.read_text(encoding="utf-8"), path)


def _split(value: str) -> tuple[str, str]:
    for sep in _SEPARATORS:
        if sep in value:
            a, _, b = value.partition(sep)
            return a.strip(), b.strip()
    return value.strip(), ""


def _example(text: str):
    text = text.strip()
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d*", text):
        return float(text)
    return text


def params_used(cypher: str) -> list[str]:
    """``$names`` in the Cypher, in order, ignoring strings, quoted names and comments.

    >>> params_used("MATCH (n {name: $a}) WHERE n.s = '$b' // $c\\nRETURN $a, $d")
    ['a', 'd']
    """
    return list(dict.fromkeys(_PARAM.findall(strip_literals(cypher))))


def parse_query(name: str, text: str, path: Path | None = None) -> NamedQuery:
    """Parse a query file's text; ValueError (naming the file) when it breaks a rule above."""
    where = str(path or name)
    q = NamedQuery(name, "", "", path=path)
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if not line.startswith("//") or _MARKER.match(line):
            break
        m = _HEADER.match(line)
        if m:
            key, value = m.group(1).lower(), m.group(2).strip()
            if key == "title":
                q.title_zh, q.title_en = _split(value)
            elif key == "description":
                q.description = (q.description + " " + value).strip()
            elif key == "param":
                pname, _, rest = value.partition("=")
                pname = pname.strip()
                if not re.fullmatch(r"[A-Za-z_]\w*", pname) or not _:
                    raise ValueError(f"{where}: a param line reads `name = example | help`, got {value!r}")
                example, help_ = _split(rest)
                q.params[pname] = Param(_example(example), help_)
        i += 1
    if not q.title_zh and not q.title_en:
        raise ValueError(f"{where}: no `// title:` line in the header")

    body = lines[i:]
    variants: dict[str, list[str]] = {}
    current: str | None = None
    shared: list[str] = []
    for line in body:
        m = _MARKER.match(line.strip())
        if m:
            current = m.group(1).lower()
            if current not in DIALECTS:
                raise ValueError(f"{where}: unknown dialect {current!r}; known: {', '.join(DIALECTS)}")
            if current in variants:
                raise ValueError(f"{where}: two `// dialect: {current}` sections")
            variants[current] = []
        elif current is None:
            shared.append(line)
        else:
            variants[current].append(line)
    if variants:
        if "\n".join(shared).strip():
            raise ValueError(f"{where}: Cypher before the first `// dialect:` marker")
        missing = [d for d in DIALECTS if d not in variants]
        if missing:
            raise ValueError(f"{where}: no `// dialect: {missing[0]}` section")
        q.variants = {d: "\n".join(v).strip() + "\n" for d, v in variants.items()}
    else:
        q.variants = {d: "\n".join(shared).strip() + "\n" for d in DIALECTS}

    for dialect, cypher in q.variants.items():
        if not strip_literals(cypher).strip():
            raise ValueError(f"{where}: no Cypher for {dialect}")
        used = params_used(cypher)
        undeclared = [p for p in used if p not in q.params]
        if undeclared:
            raise ValueError(f"{where}: the {dialect} Cypher uses ${', $'.join(undeclared)} but the header "
                             f"declares no `// param:` for it")
        unused = [p for p in q.params if p not in used]
        if unused:
            raise ValueError(f"{where}: the header declares {', '.join(unused)} but the {dialect} Cypher "
                             f"never uses it")
        try:
            check_read_only(cypher)
        except WriteRefused as err:
            raise ValueError(f"{where}: the {dialect} Cypher is not read-only ({err})") from None
    return q
