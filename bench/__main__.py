"""Run every ``bench/bench_*.py`` in its own process (a cold start each), or the ones named.

python -m bench                 # all
python -m bench reflow extract  # bench_reflow.py and bench_extract.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if argv:
        names = [n for n in names if n.removeprefix("bench_") in argv or n in argv]
    failed = []
    for name in names:
        print(f"\n## {name.removeprefix('bench_')}", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.call([sys.executable, "-m", f"bench.{name}"], cwd=HERE.parent)
        print(f"({name} took {time.perf_counter() - t0:.1f} s, exit {rc})", flush=True)
        if rc:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
