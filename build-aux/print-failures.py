#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the end of the output of every test that failed in a meson build
directory (from meson-logs/testlog.json), so the reason for a red run is at
the bottom of the log rather than somewhere in the middle.

    build-aux/print-failures.py BUILDDIR [BUILDDIR...]
"""
import json
import os
import sys

BAD = {"FAIL", "ERROR", "TIMEOUT", "UNEXPECTEDPASS"}
TAIL = 60


def main(argv):
    for builddir in argv[1:]:
        path = os.path.join(builddir, "meson-logs", "testlog.json")
        try:
            with open(path, encoding="utf-8", errors="replace") as log:
                records = [json.loads(line) for line in log if line.strip()]
        except OSError:
            continue
        for record in records:
            if record.get("result") not in BAD:
                continue
            name = record.get("name", "?")
            lines = (record.get("stdout") or "").splitlines()
            print(f"==== {os.path.basename(builddir)}: {name}: {record['result']} "
                  f"(last {min(TAIL, len(lines))} of {len(lines)} lines)")
            for line in lines[-TAIL:]:
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
