"""Peak memory of a process and its children (a build forks extraction workers).

``ru_maxrss`` is the peak of one process; a build's workers run beside it, so the figure
that matters is the peak of their sum.  Summing RSS would count the pages the workers share
with the parent (jieba's dictionaries, inherited at fork) once per process; PSS splits each
shared page between the processes that map it, so the sum is the memory actually in use.

>>> import os
>>> with PeakMemory(os.getpid()) as peak:
...     _ = bytearray(50 * 2**20)
>>> peak.mb > 40
True
"""
from __future__ import annotations

import os
import threading
from pathlib import Path


def tree_pids(pid: int) -> list[int]:
    """``pid`` and all its descendants (from /proc/PID/task/*/children)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                todo += [int(c) for c in Path(f"/proc/{p}/task/{task}/children").read_text().split()]
        except OSError:      # the process ended meanwhile
            pass
    return found


def tree_pss_mb(pid: int) -> float:
    total_kb = 0
    for p in tree_pids(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kb += int(line.split()[1])
                    break
        except OSError:
            pass
    return total_kb / 1024


class PeakMemory:
    """Samples the PSS of a process tree every ``interval`` seconds; ``.mb`` is the peak seen."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.pid, self.interval, self.mb = pid, interval, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while True:
            self.mb = max(self.mb, tree_pss_mb(self.pid))
            if self._stop.wait(self.interval):
                return

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
