"""Learned components: models trained on the annotated passages under ``tests/``.

The hand-written rules in :mod:`loaders.extract` follow how plans are written, but rules tuned on the
annotated sets carry over poorly to text nobody tuned on.  The modules here learn from every annotated
passage instead, deterministically and offline (no network, no hosted model): :mod:`.corpus` turns the
gold sets into training examples, and each model module trains, saves and applies one model whose file
lives in ``data/models/``.
"""
from __future__ import annotations

import os
from pathlib import Path

#: where the trained models live; ``PLANGRAPH_MODELS`` points elsewhere (a model trained without a
#: held-out set, to measure that set honestly)
DEFAULT_MODELS_DIR = Path(__file__).resolve().parents[2] / "data" / "models"


#: the model modules under loaders.learned, each with ``MODEL_FILE`` and ``fit(examples, path)``
MODELS = ("entities", "relations")


def models_dir() -> Path:
    return Path(os.environ.get("PLANGRAPH_MODELS") or DEFAULT_MODELS_DIR)


def model_files() -> list[Path]:
    """The model files the extractors would load now (the build cache's fingerprint covers them)."""
    import importlib
    folder = models_dir()
    return [folder / importlib.import_module(f"{__name__}.{m}").MODEL_FILE for m in MODELS]
