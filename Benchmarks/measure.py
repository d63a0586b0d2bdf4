#!/usr/bin/env python3
"""Times one whole process: wall clock from fork to exit and its peak memory (ru_maxrss).

Usage: measure.py RESULTS NAME -- COMMAND...   appends "NAME seconds peakMB" to RESULTS.
stdout of the command is discarded; a failure prints its stderr and exits 1.
"""
import os, subprocess, sys, time


def main():
    results, name, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    command = rest[1:] if rest and rest[0] == "--" else rest
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.stderr.write(stderr)
        sys.exit(f"{name} failed: {' '.join(command)}")
    with open(results, "a") as f:
        f.write(f"{name}\t{elapsed:.6f}\t{usage.ru_maxrss / 1024:.1f}\n")


if __name__ == "__main__":
    main()
