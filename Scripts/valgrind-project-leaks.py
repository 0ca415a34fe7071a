#!/usr/bin/env python3
"""Prints the valgrind leak records that fincyber's own code is responsible for.

A record counts when, reading its stack from the allocation upwards, the first frame that belongs
to fincyber (FinCyberCore, FinCyberReports or the fincyber executable) comes before any frame of the
Swift runtime or Foundation: then project code allocated, or had libxml2 allocate, memory it never
freed. Records whose allocation happens inside the Swift runtime (metadata caches) or Foundation
are theirs, even though every stack ends in fincyber's main.

    python3 Scripts/valgrind-project-leaks.py VALGRIND.LOG     (exit 1 when any record counts)
"""
import re
import sys

PROJECT = re.compile(r"FinCyberCore|FinCyberReports|\$s8fincyber|fincyber_main")
RUNTIME = re.compile(r"libswiftCore|libFoundation|libswift_Concurrency|libdispatch|libswiftDispatch|libXCTest")

text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
records = re.split(r"\n==\d+==\s*\n", text)
found = []
for record in records:
    if not re.search(r"are (definitely|indirectly|possibly) lost", record):
        continue
    for line in record.splitlines():
        if not re.search(r"(at|by) 0x", line):
            continue
        if PROJECT.search(line):
            found.append(record)
            break
        if RUNTIME.search(line):
            break
for record in found:
    print(record, end="\n\n")
sys.exit(1 if found else 0)
