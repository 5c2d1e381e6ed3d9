#!/usr/bin/env python3
"""Flow-node and sequence-flow coverage per process across the whole test suite (process-test-coverage reports).

The elements to cover are read from the models in bpmn/ (every family folder) themselves, so a stale report of an
older model can neither hide a new element nor count a removed one. Fails when a process is below the required share."""
import glob
import json
import sys
import xml.etree.ElementTree as ET

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
FLOW_ELEMENTS = {"startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent",
                 "userTask", "serviceTask", "receiveTask", "sendTask", "scriptTask", "businessRuleTask", "manualTask",
                 "task", "callActivity", "subProcess", "exclusiveGateway", "parallelGateway", "inclusiveGateway",
                 "eventBasedGateway", "sequenceFlow"}

reports, bpmn_dir = sys.argv[1], sys.argv[2]
required = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
covered = {}
for path in glob.glob(f"{reports}/*/report.json"):
    report = json.load(open(path, encoding="utf-8"))
    for suite in report["suites"]:
        for run in suite["runs"]:
            for event in run["events"]:
                covered.setdefault(event["modelKey"], set()).add(event["definitionKey"])

failed = False
for path in sorted(glob.glob(f"{bpmn_dir}/**/*.bpmn", recursive=True)):
    for process in ET.parse(path).getroot().iter(f"{BPMN}process"):
        key = process.get("id")
        elements = {e.get("id") for e in process.iter() if e.tag.startswith(BPMN) and e.tag[len(BPMN):] in FLOW_ELEMENTS}
        missing = sorted(elements - covered.get(key, set()))
        share = 1 - len(missing) / len(elements) if elements else 0.0
        mark = "OK " if share >= required else "LOW"
        print(f"process coverage {mark} {key}: {len(elements) - len(missing)}/{len(elements)} elements ({share:.0%})")
        if missing and share < required:
            print(f"  not walked by any test: {', '.join(missing)}")
        failed |= share < required
sys.exit(1 if failed else 0)
