#!/usr/bin/env python3
"""Fuzzes fincyber's CSV writer against Python's csv reader.

Random records, heavy in the characters that break CSV (CR, LF, CR LF, quotes, commas, formula
leads, combining marks, line and paragraph separators, NUL, any other Unicode scalar), go through
the writer (the `csv-roundtrip` binary that Fuzz/run.sh builds from Sources/FinCyberReports/CSV/
CSVWriter.swift) and back through `csv.reader`. Every record must come back as exactly one row
with the same cells, as a spreadsheet shows them: a cell that starts with a formula lead gets a
leading apostrophe and nothing else changes.

    python3 Fuzz/csv-fuzz.py BINARY SECONDS [SEED]

On a failure it prints the smallest failing record it finds, writes it to .build-fuzz/csv-failure.json,
and exits 1.
"""
import csv
import io
import json
import os
import random
import subprocess
import sys
import time

LEADS = set("=+-@\t\r\n\0\uff1d\uff0b\uff0d\uff20")
TRICKY = list(",\"\r\n=+-@\t\0' ") + ["\r\n", "\u0301", "\u200d", "\u2028", "\u2029", "\u0085", "\ufeff", "\uff1d",
                                      "\uff20", "\u8cc7", "\u00e9", "\U0001F600", "\U0010FFFF", "\x0b", "\x0c", "\x1c"]


def shown(cell):
    return "'" + cell if cell[:1] in LEADS and cell else cell


def scalar(rng):
    while True:
        value = rng.randrange(0x110000)
        if not 0xD800 <= value <= 0xDFFF:
            return chr(value)


def field(rng):
    parts = []
    for _ in range(rng.randrange(0, 14)):
        parts.append(scalar(rng) if rng.random() < 0.2 else rng.choice(TRICKY))
    return "".join(parts)


def record(rng):
    return [field(rng) for _ in range(rng.randrange(0, 7))]


def round_trip(binary, records):
    written = subprocess.run([binary], input=json.dumps(records).encode(), capture_output=True, check=True).stdout
    assert written.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte-order mark"
    return list(csv.reader(io.StringIO(written[3:].decode("utf-8"), newline="")))


def failures(binary, records):
    rows = round_trip(binary, records)
    if len(rows) != len(records):
        return "%d records came back as %d rows" % (len(records), len(rows))
    for index, (row, wanted) in enumerate(zip(rows, records)):
        if row != [shown(cell) for cell in wanted]:
            return "record %d: %r came back as %r" % (index, wanted, row)
    return None


def smallest(binary, records):
    """One failing record, then its cells and characters cut down while it still fails."""
    failing = next((r for r in records if failures(binary, [r])), None)
    if failing is None:
        return records
    changed = True
    while changed:
        changed = False
        for i in range(len(failing)):
            for j in range(len(failing[i])):
                shorter = failing[:i] + [failing[i][:j] + failing[i][j + 1:]] + failing[i + 1:]
                if failures(binary, [shorter]):
                    failing, changed = shorter, True
                    break
            if changed:
                break
    return [failing]


def main():
    binary, seconds = sys.argv[1], float(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    deadline = time.time() + seconds
    batches = records_done = 0
    while time.time() < deadline:
        records = [record(rng) for _ in range(2000)]
        problem = failures(binary, records)
        if problem:
            cut = smallest(binary, records)
            os.makedirs(".build-fuzz", exist_ok=True)
            with open(".build-fuzz/csv-failure.json", "w") as out:
                json.dump(cut, out)
            print("fuzz: CSV: seed %d: %s; smallest: %r (in .build-fuzz/csv-failure.json)" % (seed, problem, cut), file=sys.stderr)
            return 1
        batches += 1
        records_done += len(records)
    print("fuzz: CSV: %d records in %d batches (seed %d), each read back by Python's csv module as the same cells" % (records_done, batches, seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
