"""The one benchmark command runs end to end and reports every figure it promises (tiny scale)."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_benchmark_command_writes_its_report(tmp_path):
    out = tmp_path / "BENCHMARKS.md"
    r = subprocess.run([sys.executable, "-m", "bench.run", "--scales", "2", "--repeats", "1", "--skip-helpers",
                        "--corpus-dir", str(tmp_path / "corpus"), "--out", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    assert "## Bundled plans" in text and "end-to-end build:" in text
    row = next(line for line in text.splitlines() if line.startswith("| 2 |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert len(cells) == 13 and all(cells), row          # every column measured
    assert float(cells[-1]) > 50                          # peak memory of build + workers, in MB
    assert "| projects_in |" in text                      # named-query latencies
    assert "extraction at 2 plans takes" in text and "in CPU time" in text
