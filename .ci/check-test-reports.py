#!/usr/bin/env python3
"""Fails when the test reports show a skipped test, no tests at all, or a required suite that did not run."""
import glob
import sys
import xml.etree.ElementTree as ET

reports_dir, required_file = sys.argv[1], sys.argv[2]
suites = {}
for path in glob.glob(f"{reports_dir}/TEST-*.xml"):
    root = ET.parse(path).getroot()
    suites[root.get("name")] = {k: int(root.get(k, "0")) for k in ("tests", "skipped", "failures", "errors")}

problems = []
if not suites:
    problems.append(f"no test reports in {reports_dir}: the tests did not run")
for name, counts in sorted(suites.items()):
    if counts["skipped"]:
        problems.append(f"{name}: {counts['skipped']} test(s) skipped")
    if counts["failures"] or counts["errors"]:
        problems.append(f"{name}: {counts['failures']} failure(s), {counts['errors']} error(s)")
with open(required_file, encoding="utf-8") as f:
    required = [line.strip() for line in f if line.strip() and not line.startswith("#")]
for name in required:
    if name not in suites or suites[name]["tests"] == 0:
        problems.append(f"{name}: required suite did not run")

total = sum(c["tests"] for c in suites.values())
print(f"check-test-reports: {len(suites)} suites, {total} tests, {len(required)} required suites")
if problems:
    print("check-test-reports: FAILED")
    for p in problems:
        print(f"  - {p}")
    sys.exit(1)
print("check-test-reports: OK")
