#!/usr/bin/env bash
# Prints the speed table of issue 16 in one run, every row a ratio of two
# commands measured side by side (alternating runs, medians):
#
#   - `batch --format csv` over 10,000 generated cases ÷ the floor (every
#     file read and parsed into a yaml.Node by yaml.v3 on one worker per
#     CPU, nothing else: scripts/parsefloor);
#   - `samskab --version` and `samskab score case.yaml` ÷ a plain Go
#     hello-world, built here in a temporary folder; and, to show what is
#     left to win, the same hello-world linking all of samskab's
#     dependencies (the dependency floor) ÷ the plain one;
#   - peak memory (max RSS, GNU time's %M) of every batch format at 3,000
#     and 10,000 files, and their ratio.
#
# The generated cases have 3 respondents × 48 answers, about 4 KB each.
#
#   scripts/bench-batch.sh                       # 5 batch runs, 41 start-up runs
#   RUNS=9 STARTUP_RUNS=61 MEM_RUNS=3 FORMATS="table html" scripts/bench-batch.sh
#   ROWS=startup STARTUP_RUNS=101 scripts/bench-batch.sh   # start-up only, in a minute
#
# Targets (issue 16, README "Speed and memory"): batch csv ≤ 1.05 × floor;
# memory 10k ÷ 3k < 1.25 and < 48 MB in every format; --version ≤ 2.0 ×
# hello-world; score ≤ 3.0 × hello-world.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
startup_runs=${STARTUP_RUNS:-41}
mem_runs=${MEM_RUNS:-3}
formats=${FORMATS:-table markdown csv jsonl json html}
rows=${ROWS:-batch startup memory}
work=$(mktemp -d "${TMPDIR:-/tmp}/samskab-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# GNU time reports peak memory (%M); install it where we may.
if [[ ! -x /usr/bin/time ]] && command -v apt-get >/dev/null && [[ $(id -u) == 0 ]]; then
  echo "installing GNU time…" >&2
  apt-get install -y -qq time >/dev/null || true
fi

# Everything measured is built as the release archives are (scripts/release.sh):
# static (CGO_ENABLED=0), without symbol tables or paths.
release_build() { CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" "$@"; }

echo "building…" >&2
for tool in scripts/gencases scripts/parsefloor scripts/benchspeed cmd/samskab; do
  release_build -o "$work/$(basename "$tool")" "./$tool"
done
mkdir "$work/hello-src"
cat > "$work/hello-src/main.go" <<'GO'
package main

import "fmt"

func main() { fmt.Println("hello, world") }
GO
printf 'module hello\n\ngo 1.21\n' > "$work/hello-src/go.mod"
(cd "$work/hello-src" && release_build -o "$work/hello" .)

# The dependency floor: a hello-world that links every package samskab
# links except samskab's own (html/template, yaml, cobra, …; the workshop's
# HTTP and TLS are in samskab-workshop, not in samskab), so their
# initialisers and size are in it and samskab's code is not. It is built inside the module through an
# overlay, so that it gets the same module versions, without a file in the
# tree.
{
  echo 'package main'
  echo
  echo 'import ('
  echo '	"fmt"'
  CGO_ENABLED=0 go list -deps ./cmd/samskab | grep -v -E '^github.com/samskab/samskab|(^|/)internal(/|$)|^vendor/|^(C|unsafe|fmt)$' | sed 's/.*/	_ "&"/'
  echo ')'
  echo
  echo 'func main() { fmt.Println("hello, world") }'
} > "$work/depsfloor.go"
printf '{"Replace": {"%s": "%s"}}\n' "$PWD/scripts/depsfloor/main.go" "$work/depsfloor.go" > "$work/overlay.json"
release_build -overlay "$work/overlay.json" -o "$work/depsfloor" ./scripts/depsfloor

echo "generating cases…" >&2
if [[ $rows == startup ]]; then # one case for `score` is all it needs
  "$work/gencases" -n 3 "$work/cases-3000"
  mkdir -p "$work/cases-10000"
else
  "$work/gencases" -n 3000 "$work/cases-3000"
  "$work/gencases" -n 10000 "$work/cases-10000"
fi
case_file=$(find "$work/cases-3000" -name '*.yaml' | sort | sed -n 1p)

echo "machine: $(nproc) CPUs, $(go version | cut -d' ' -f3-), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?)"
"$work/benchspeed" -bin "$work" -cases3k "$work/cases-3000" -cases10k "$work/cases-10000" \
  -case "$case_file" -runs "$runs" -startup-runs "$startup_runs" -mem-runs "$mem_runs" -formats "$formats" -rows "$rows"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?)"
