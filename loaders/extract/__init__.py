"""Extractors: each module turns one kind of plan language into graph nodes and edges.

An extractor is a function ``extract(ctx: PlanContext) -> None`` that adds nodes
(with mentions) and edges (with evidence) to ``ctx.graph``.  The order matters:
structured extractors (专栏 boxes, indicator tables, goals) run before the text
extractors, so the text ones can reuse what the structured ones found.

Modules are listed here, once; a module that does not exist yet is skipped, but
one that exists and fails to import raises (no silent breakage).
"""
from __future__ import annotations

import importlib
import importlib.util

#: module names under loaders.extract, in the order they run.
ORDER = ("covers", "boxes", "indicators", "goals", "entities", "learned_entities", "propagate",
         "followed_targets", "relations", "learned_relations")


def _load() -> list:
    found = []
    for name in ORDER:
        full = f"{__name__}.{name}"
        if importlib.util.find_spec(full) is None:
            continue
        found.append(importlib.import_module(full).extract)
    return found


EXTRACTORS = _load()
