"""Read-only consoles: refuse Cypher that writes, before it reaches a database.

This is the first of two locks.  The second is the database itself: the
embedded store opens read-only, and on Neo4j the query is EXPLAINed and only a
read plan (query type ``r``) is run.  The lexical check exists to give a clear
message whatever the backend.

>>> check_read_only("MATCH (n) RETURN n.name  // no CREATE here? /* SET */")
>>> check_read_only("match (n) /* x */ detach delete n")
Traceback (most recent call last):
...
graph.safety.WriteRefused: refused: the query writes (DETACH, DELETE); the console is read-only
>>> check_read_only("MATCH (n {name: 'CREATE'}) RETURN n")
>>> write_clauses("CALL timeout=0; MATCH (n) RETURN n")
['CALL timeout= (a setting)']
"""
from __future__ import annotations

import re

WRITE_WORDS = ("CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "COPY", "ALTER", "INSTALL",
               "LOAD", "ATTACH", "IMPORT", "EXPORT", "CHECKPOINT", "BEGIN", "COMMIT", "ROLLBACK",
               "FOREACH", "TRUNCATE", "GRANT", "REVOKE", "DENY")

#: procedures a read-only console may CALL (lower case); anything else is refused.
READ_PROCEDURES = {
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.indexes", "db.constraints",
    "dbms.components", "show_tables", "table_info", "show_connection", "current_setting",
    "db_version", "show_functions", "show_indexes", "show_warnings",
}

_STRIP = re.compile(
    r"""//[^\n]*|/\*.*?(\*/|$)|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`""", re.S)
_WORD = re.compile(r"(?<![.\w$])([A-Za-z_]+)\b(?!\s*:(?!:))")
_CALL = re.compile(r"\bCALL\s+([A-Za-z_][\w.]*)\s*\(", re.I)
#: ``CALL timeout=0`` and friends change the connection's settings (LadybugDB): a console must not
#: be able to lift its own time limit.
_SETTING = re.compile(r"\bCALL\s+([A-Za-z_]\w*)\s*=", re.I)


class WriteRefused(Exception):
    pass


def strip_literals(cypher: str) -> str:
    """Cypher with comments removed and string literals and quoted names blanked."""
    return _STRIP.sub(lambda m: " " if m.group(0).startswith(("//", "/*")) else "''", cypher)


def write_clauses(cypher: str) -> list[str]:
    """The write keywords and write procedures a query uses (empty for a read query)."""
    code = strip_literals(cypher)
    found: list[str] = []
    for m in _WORD.finditer(code):
        word = m.group(1).upper()
        if word in WRITE_WORDS and word not in found:
            found.append(word)
    for m in _CALL.finditer(code):
        proc = m.group(1).lower()
        if proc not in READ_PROCEDURES and f"CALL {m.group(1)}" not in found:
            found.append(f"CALL {m.group(1)}")
    for m in _SETTING.finditer(code):
        found.append(f"CALL {m.group(1)}= (a setting)")
    return found


def check_read_only(cypher: str) -> None:
    """Raise WriteRefused when the query would write."""
    found = write_clauses(cypher)
    if found:
        raise WriteRefused(f"refused: the query writes ({', '.join(found)}); the console is read-only")
