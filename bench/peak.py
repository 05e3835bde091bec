"""Run a module or script and report its own peak memory: ``python bench/peak.py -m MOD ...``
or ``python bench/peak.py SCRIPT ...``.

Prints ``PEAK_KIB=<VmHWM>`` on stderr at the end. VmHWM is the high-water mark of this
process's own address space, so unlike ru_maxrss it does not include the parent's memory
before exec (a benchmark harness holding 200,000 visits would otherwise inflate every child).
"""

from __future__ import annotations

import runpy
import sys


def high_water_kib() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main() -> None:
    args = sys.argv[1:]
    try:
        if args[0] == "-m":
            sys.argv = [args[1], *args[2:]]
            runpy.run_module(args[1], run_name="__main__", alter_sys=True)
        else:
            sys.argv = args
            runpy.run_path(args[0], run_name="__main__")
    finally:
        print(f"PEAK_KIB={high_water_kib()}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
