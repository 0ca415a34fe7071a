#!/usr/bin/env python3
"""Paired timing of two workloads, A B A B ..., for Benchmarks/run.sh.

Each workload is one or more commands run one after the other; its wall time is measured around
them and its CPU time (user + system, of every process it started) from the kernel's accounting
of the children. The figure of a comparison is the median of the per-pair ratios B / A, so that a
shared machine whose load drifts during the run does not decide it. An argument with a `*` is
expanded as a file pattern (sorted), and `{run}` is replaced by the run's number (for a fresh
output folder each run).

    paired.py RUNS [--sync] --a CMD [--a CMD ...] --b CMD [--b CMD ...]
    (CMD is one shell-quoted command line; it is split, not run by a shell)

Prints: A's median wall and CPU (ms), B's, and the medians of the pair ratios B / A, wall and CPU.
"""
import glob
import os
import resource
import shlex
import statistics
import subprocess
import sys
import time


def expand(command, run):
    args = []
    for arg in shlex.split(command.replace("{run}", str(run))):
        args += sorted(glob.glob(arg)) if "*" in arg else [arg]
    return args


def timed(commands, run, sync):
    if sync:
        os.sync()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    for command in commands:
        subprocess.run(expand(command, run), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000


def main():
    runs = int(sys.argv[1])
    sync = "--sync" in sys.argv
    a, b, rest = [], [], sys.argv[2:]
    for flag, value in zip(rest, rest[1:]):
        if flag == "--a":
            a.append(value)
        elif flag == "--b":
            b.append(value)
    timed(a, 0, sync), timed(b, 0, sync)  # one warm-up each
    pairs = [(timed(a, run, sync), timed(b, run, sync)) for run in range(1, runs + 1)]
    median = lambda values: statistics.median(values)
    print("%.1f %.1f %.1f %.1f %.2f %.2f" % (
        median([p[0][0] for p in pairs]), median([p[0][1] for p in pairs]),
        median([p[1][0] for p in pairs]), median([p[1][1] for p in pairs]),
        median([p[1][0] / p[0][0] for p in pairs]), median([p[1][1] / p[0][1] for p in pairs])))


main()
