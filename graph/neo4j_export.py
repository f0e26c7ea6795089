"""Hand-offs to Neo4j: CSV folders for ``neo4j-admin database import`` and a re-runnable Cypher script.

``python -m graph export --format neo4j-csv --out DIR`` writes one nodes CSV per label and one
relationships CSV per type (MENTIONED_IN included), typed headers derived from the ontology,
``import.sh`` and ``README.md`` with the exact import command, and ``schema.cypher`` (constraints to run
after the import).  ``--format cypher --out FILE.cypher`` writes one statement per line: MERGE by id,
then SET, string literals escaped so that the script runs on Neo4j 5 and replays on LadybugDB:

>>> print(cypher_string("it's a\\nline"))
'it\\'s a\\nline'
>>> split_statements("MERGE (n:P {id: 'a;b'}) SET n.name = 'x'; MATCH (n) RETURN n;")
["MERGE (n:P {id: 'a;b'}) SET n.name = 'x'", 'MATCH (n) RETURN n']
"""
from __future__ import annotations

import csv
import math
import re
import shlex
from pathlib import Path
from typing import Any

from graph.exporters import register
from graph.model import EDGE_QUALIFIERS, GraphData
from graph.neo4j_store import schema_statements
from graph.ontology import FLOAT, INT, NODE_TYPES, REL_TYPES, STRING_LIST, node_props
from graph.store import edge_row, node_row, q

#: neo4j-admin header types for the ontology's property types
CSV_TYPES = {INT: "long", FLOAT: "double", STRING_LIST: "string[]"}
#: array delimiters tried in turn; the first that no list element contains is used (import has no escape for it)
ARRAY_DELIMITERS = ("|", ";", "^", "~", "¦")


# -- neo4j-csv ----------------------------------------------------------------------------------
def _exported_props(label: str):
    return [p for p in node_props(label, include_internal=False) if p.name != "id"]


def node_header(label: str) -> list[str]:
    """``id:ID``, ``:LABEL``, then every exported property typed (``aliases:string[]``, ``year:long``, …)."""
    return ["id:ID", ":LABEL"] + [_typed(p.name, p.type) for p in _exported_props(label)]


def rel_header(rel: str) -> list[str]:
    return [":START_ID", ":END_ID", ":TYPE"] + [_typed(p.name, p.type) for p in REL_TYPES[rel].all_props]


def _typed(name: str, typ: str) -> str:
    return f"{name}:{CSV_TYPES[typ]}" if typ in CSV_TYPES else name


def pick_array_delimiter(graph: GraphData) -> str:
    """The first candidate delimiter that appears in no list element (aliases)."""
    used = "".join(a for n in graph.nodes.values() for a in n.aliases)
    for d in ARRAY_DELIMITERS:
        if d not in used:
            return d
    raise ValueError(f"every array delimiter candidate {ARRAY_DELIMITERS} occurs in some alias; "
                     "neo4j-admin import cannot escape it")


def _cell(value: Any, delimiter: str) -> Any:
    if value is None:
        return None          # an empty, unquoted field: no property
    if isinstance(value, list):
        return delimiter.join(str(v) for v in value) if value else None
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else None
    return value


def import_command(nodes: list[str], rels: list[str], delimiter: str, database: str = "neo4j") -> str:
    """The neo4j-admin (Neo4j 5) command line for the given files, shell-quoted."""
    args = ["neo4j-admin", "database", "import", "full"]
    args += [f"--nodes={p}" for p in nodes] + [f"--relationships={p}" for p in rels]
    args += [f"--array-delimiter={delimiter}", "--multiline-fields=true", "--legacy-style-quoting=false",
             "--id-type=string", database]
    return " ".join(shlex.quote(a) for a in args)


@register("neo4j-csv")
def export_neo4j_csv(graph: GraphData, out: Path) -> list[Path]:
    """A folder for ``neo4j-admin database import full``; returns the files written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    delimiter = pick_array_delimiter(graph)
    written: list[Path] = []
    node_files, rel_files = [], []
    for label in NODE_TYPES:
        nodes = sorted(graph.nodes_of(label), key=lambda n: n.id)
        if not nodes:
            continue
        path = out / f"nodes_{label}.csv"
        names = [p.name for p in _exported_props(label)]
        with path.open("w", encoding="utf-8", newline="") as fh:
            # RFC 4180 (CRLF rows): quotes doubled; fields with , " CR or LF quoted.  With a bare "\n" row end a
            # lone CR in a value would go unquoted and end the row early for every CSV reader.
            w = csv.writer(fh, lineterminator="\r\n")
            w.writerow(node_header(label))
            for node in nodes:
                row = node_row(node)
                w.writerow([node.id, label] + [_cell(row.get(n), delimiter) for n in names])
        written.append(path)
        node_files.append(path.name)
    edges: dict[str, list] = {}
    for edge in sorted(graph.edges.values(), key=lambda e: e.key):
        edges.setdefault(edge.type, []).append(edge)
    edges["MENTIONED_IN"] = list(graph.mention_edges())
    for rel in REL_TYPES:
        if not edges.get(rel):
            continue
        path = out / f"rels_{rel}.csv"
        names = [p.name for p in REL_TYPES[rel].all_props]
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\r\n")
            w.writerow(rel_header(rel))
            for edge in edges[rel]:
                row = edge_row(edge)
                w.writerow([edge.source, edge.target, rel] + [_cell(row.get(n), delimiter) for n in names])
        written.append(path)
        rel_files.append(path.name)
    schema = out / "schema.cypher"
    schema.write_text("".join(f"{s};\n" for s in schema_statements()), encoding="utf-8")
    command = import_command(node_files, rel_files, delimiter)
    script = out / "import.sh"
    script.write_text(
        "#!/bin/sh\n# Import this folder into an empty, stopped Neo4j 5 database, then create the constraints.\n"
        "set -e\ncd \"$(dirname \"$0\")\"\n"
        f"{command}\n"
        "echo 'now start Neo4j and run: cypher-shell -u neo4j -p \"$NEO4J_PASSWORD\" -f schema.cypher'\n",
        encoding="utf-8")
    script.chmod(0o755)
    readme = out / "README.md"
    readme.write_text(
        "# PlanGraph for neo4j-admin import\n\n"
        "One nodes file per label (`id:ID`, `:LABEL`, typed columns) and one relationships file per type "
        "(`:START_ID`, `:END_ID`, `:TYPE`; edge evidence is a JSON string). Ids are one global string id space. "
        f"Lists (aliases) are joined by `{delimiter}`, which no alias contains. Fields follow RFC 4180 "
        "(quotes doubled; fields with commas, quotes or newlines quoted).\n\n"
        "With Neo4j 5 stopped, the target database absent and `$NEO4J_HOME/bin` on PATH, run from this folder "
        "(`sh import.sh` does the same):\n\n"
        f"```sh\n{command}\n```\n\n"
        "Then start Neo4j and create the constraints and indexes:\n\n"
        "```sh\ncypher-shell -u neo4j -p \"$NEO4J_PASSWORD\" -d neo4j -f schema.cypher\n```\n",
        encoding="utf-8")
    return written + [schema, script, readme]


# -- cypher -------------------------------------------------------------------------------------
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal; control and format characters as \\uXXXX.

    The escapes used (``\\\\ \\' \\n \\r \\t \\b \\f \\uXXXX``) mean the same on Neo4j and LadybugDB;
    other characters, emoji included, are written as themselves (the script is UTF-8).
    """
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or 0x7f <= ord(ch) < 0xa0 or ch in "\u2028\u2029":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def cypher_value(value: Any) -> str | None:
    """A Cypher literal for a property value; None for values to leave unset."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # neither engine reads `1e+20`; both read `1e20`
        return repr(value).replace("e+", "e") if math.isfinite(value) else None
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_value(v) or "null" for v in value) + "]"
    return cypher_string(str(value))


def _sets(var: str, row: dict) -> str:
    literals = {k: cypher_value(v) for k, v in row.items()}
    parts = [f"{var}.{q(k)} = {lit}" for k, lit in literals.items() if lit is not None]
    return (" SET " + ", ".join(parts)) if parts else ""


def cypher_statements(graph: GraphData) -> list[str]:
    """Schema statements, then one MERGE … SET per node, then one MATCH … MERGE … SET per edge."""
    stmts = list(schema_statements())
    labels = {n.id: n.label for n in graph.nodes.values()}
    for node in sorted(graph.nodes.values(), key=lambda n: (n.label, n.id)):
        row = node_row(node)
        row = {k: v for k, v in row.items() if k != "id" and k in {p.name for p in _exported_props(node.label)}}
        stmts.append(f"MERGE (n:{node.label} {{id: {cypher_string(node.id)}}}){_sets('n', row)}")
    for edge in sorted(graph.edges.values(), key=lambda e: e.key) + list(graph.mention_edges()):
        row = edge_row(edge)
        key = ""
        if edge.type == "MENTIONED_IN":
            # keyed by the span (two mentions can share a start), as in graph.neo4j_store
            key = f" {{{q('start')}: {cypher_value(row.pop('start'))}, {q('end')}: {cypher_value(row.pop('end'))}}}"
        elif edge.type in EDGE_QUALIFIERS and row.get(EDGE_QUALIFIERS[edge.type]) is not None:
            # one TARGETS edge per target year, as in graph.neo4j_store
            name = EDGE_QUALIFIERS[edge.type]
            key = f" {{{q(name)}: {cypher_value(row.pop(name))}}}"
        stmts.append(f"MATCH (a:{labels[edge.source]} {{id: {cypher_string(edge.source)}}}), "
                     f"(b:{labels[edge.target]} {{id: {cypher_string(edge.target)}}}) "
                     f"MERGE (a)-[r:{edge.type}{key}]->(b){_sets('r', row)}")
    return stmts


@register("cypher")
def export_cypher(graph: GraphData, out: Path) -> list[Path]:
    """One ``.cypher`` file (``out`` itself if it ends in .cypher, else ``out/graph.cypher``)."""
    out = Path(out)
    path = out if out.suffix == ".cypher" else out / "graph.cypher"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("// PlanGraph as Cypher: re-runnable (MERGE by id, then SET), one statement per line.\n"
                 "// The CREATE CONSTRAINT/INDEX lines are Neo4j 5 schema; graph.neo4j_export.run_cypher_script\n"
                 "// skips them on LadybugDB, whose schema comes from LadybugStore.create.\n")
        for stmt in cypher_statements(graph):
            fh.write(stmt + ";\n")
    return [path]


# -- replaying a script -------------------------------------------------------------------------
def split_statements(text: str) -> list[str]:
    """Statements separated by ``;`` outside string literals, quoted names and comments; comments dropped."""
    stmts: list[str] = []
    buf: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "'\"`":
            j = i + 1
            while j < n and text[j] != ch:
                j += 2 if text[j] == "\\" and ch != "`" else 1
            buf.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
            buf.append(" ")
        elif ch == ";":
            stmts.append("".join(buf).strip())
            buf = []
            i += 1
        else:
            buf.append(ch)
            i += 1
    stmts.append("".join(buf).strip())
    return [s for s in stmts if s]


_NEO4J_ONLY = re.compile(r"^\s*(CREATE|DROP)\s+(OR\s+REPLACE\s+)?(CONSTRAINT|((RANGE|TEXT|POINT|LOOKUP|FULLTEXT|"
                         r"VECTOR)\s+)?INDEX)\b|^\s*SHOW\s", re.I)


def is_neo4j_only(stmt: str) -> bool:
    """Neo4j schema statements (constraints, indexes) that LadybugDB does not have."""
    return bool(_NEO4J_ONLY.match(stmt))


def run_cypher_script(store, text: str) -> int:
    """Execute a script statement by statement; returns how many ran.

    On a LadybugStore the statements run in one transaction (then CHECKPOINT) and Neo4j-only schema
    statements are skipped; a Neo4jStore runs them with ``run_statements`` (schema first, data in one write
    transaction); any other store gets each through ``store.query(read_only=False)``.
    """
    from graph.store import LadybugStore, QueryError
    stmts = split_statements(text)
    if not isinstance(store, LadybugStore):
        if hasattr(store, "run_statements"):
            return store.run_statements(stmts)
        for stmt in stmts:
            store.query(stmt, read_only=False, timeout_ms=600_000)
        return len(stmts)
    ran = 0
    store.conn.execute("BEGIN TRANSACTION")
    try:
        for stmt in stmts:
            if is_neo4j_only(stmt):
                continue
            try:
                store.conn.execute(stmt)
            except RuntimeError as err:
                raise QueryError(f"statement {ran + 1} failed: {err}\n{stmt[:300]}") from None
            ran += 1
    except BaseException:
        store.conn.execute("ROLLBACK")
        raise
    store.conn.execute("COMMIT")
    store.conn.execute("CHECKPOINT")
    return ran
