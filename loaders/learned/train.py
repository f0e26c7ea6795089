"""``python -m graph train [--out DIR] [--exclude SET ...]``: train every model on the annotated sets.

Without ``--out`` the models are written to the models folder the extractors load (``data/models``,
or ``PLANGRAPH_MODELS``).  ``--exclude`` leaves sets out, to measure a set the models never saw::

    python -m graph train --exclude heldout6 --out /tmp/no6
    python -m graph eval --models /tmp/no6 --gold tests/heldout6/gold --plans tests/heldout6/plans
"""
from __future__ import annotations

import importlib
import time
from pathlib import Path

from loaders.learned import MODELS, models_dir
from loaders.learned.corpus import examples, gold_sets


def train_all(out: str | Path | None = None, exclude=()) -> list[tuple[str, Path, int, float]]:
    """Train each registered model; (model, file, passages, seconds) per model."""
    folder = Path(out) if out else models_dir()
    known = {s.name for s in gold_sets()}
    unknown = set(exclude) - known
    if unknown:
        raise ValueError(f"no annotated set named {', '.join(sorted(unknown))} (sets: {', '.join(sorted(known))})")
    data = list(examples(exclude=exclude))
    if not data:
        raise ValueError("no annotated passages left to train on")
    done = []
    for name in MODELS:
        module = importlib.import_module(f"loaders.learned.{name}")
        t = time.perf_counter()
        path = module.fit(data, folder / module.MODEL_FILE)
        done.append((name, path, len(data), time.perf_counter() - t))
    return done


def main(args) -> int:
    exclude = list(getattr(args, "exclude", None) or [])
    for name, path, n, seconds in train_all(getattr(args, "out", None), exclude):
        print(f"{name}: trained on {n} passages in {seconds:.1f} s -> {path}")
    return 0
