#!/usr/bin/env python3
"""Flow-node and sequence-flow coverage per process across the whole test suite (process-test-coverage reports).

Fails when a process in bpmn/ is below the required share, so a path nobody tests is noticed in CI."""
import glob
import json
import re
import sys

reports, bpmn_dir, required = sys.argv[1], sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
covered, totals = {}, {}
for path in glob.glob(f"{reports}/*/report.json"):
    report = json.load(open(path, encoding="utf-8"))
    for model in report["models"]:
        totals[model["key"]] = model["totalElementCount"]
    for suite in report["suites"]:
        for run in suite["runs"]:
            for event in run["events"]:
                covered.setdefault(event["modelKey"], set()).add(event["definitionKey"])

failed = False
for path in sorted(glob.glob(f"{bpmn_dir}/*.bpmn")):
    text = open(path, encoding="utf-8").read()
    for key in re.findall(r'<bpmn:process id="([^"]+)"', text):
        total = totals.get(key, 0)
        done = len(covered.get(key, set()))
        share = done / total if total else 0.0
        mark = "OK " if share >= required else "LOW"
        print(f"process coverage {mark} {key}: {done}/{total} elements ({share:.0%})")
        failed |= share < required
sys.exit(1 if failed else 0)
