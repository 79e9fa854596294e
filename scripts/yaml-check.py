#!/usr/bin/env python3
"""Checks the GitHub Action and the workflows: every file parses as YAML, and
every `inputs.X` and `steps.ID` that action.yml refers to is declared.

    python3 scripts/yaml-check.py      # needs PyYAML (Debian: python3-yaml)
"""
import glob
import os
import re
import sys

import yaml

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
problems = []
docs = {}
for path in ["action.yml"] + sorted(glob.glob(".github/workflows/*.yml")):
    try:
        with open(path, encoding="utf-8") as f:
            docs[path] = yaml.safe_load(f)
    except yaml.YAMLError as e:
        problems.append(f"{path}: {e}")

action = docs.get("action.yml")
if action:
    text = open("action.yml", encoding="utf-8").read()
    inputs = set(action.get("inputs", {}))
    step_ids = {s["id"] for s in action["runs"]["steps"] if "id" in s}
    if action["runs"].get("using") != "composite":
        problems.append("action.yml: runs.using should be composite")
    for name in sorted(set(re.findall(r"\binputs\.([A-Za-z0-9_-]+)", text)) - inputs):
        problems.append(f"action.yml: inputs.{name} is used but not declared")
    for sid in sorted(set(re.findall(r"\bsteps\.([A-Za-z0-9_-]+)\.", text)) - step_ids):
        problems.append(f"action.yml: steps.{sid} is used but no step has that id")
    for step in action["runs"]["steps"]:
        if "run" in step and "shell" not in step:
            problems.append(f"action.yml: step {step.get('name')!r} runs a script without a shell")
        if "run" in step and "${{" in step["run"]:
            problems.append(f"action.yml: step {step.get('name')!r} puts an expression into its script; pass it through env")

for path, doc in docs.items():
    if path.startswith(".github/workflows/"):
        # PyYAML reads the key `on` as True (YAML 1.1).
        if not doc.get("jobs") or (True not in doc and "on" not in doc):
            problems.append(f"{path}: a workflow needs `on` and `jobs`")

for p in problems:
    print(p, file=sys.stderr)
if problems:
    sys.exit(1)
print(f"yaml-check: ok: {', '.join(docs)}")
