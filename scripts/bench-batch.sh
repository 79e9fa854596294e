#!/usr/bin/env bash
# Measures `samskab batch` against the floor – reading the same files and
# parsing them into yaml.Node with yaml.v3 on the same number of workers –
# on 3,000 and 10,000 generated case files (3 respondents × 48 answers,
# about 4 KB each). Prints the median wall time of each and their ratio,
# the ratio of median CPU time (user + system, less sensitive to other
# load on the machine), and peak memory (max RSS from the kernel, via
# scripts/measure).
#
#   scripts/bench-batch.sh                 # table and csv, 5 runs each
#   RUNS=9 FORMATS="table csv jsonl json markdown" scripts/bench-batch.sh
#
# Targets (README, "Portfolios"): batch ≤ 1.3 × floor; peak memory under
# 100 MB at 10,000 files; 10,000 files under 2 × the peak memory of 3,000.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
formats=${FORMATS:-table csv}
sizes=${SIZES:-3000 10000}
work=$(mktemp -d "${TMPDIR:-/tmp}/samskab-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "building…" >&2
for tool in scripts/gencases scripts/parsefloor scripts/measure cmd/samskab; do
  go build -o "$work/$(basename "$tool")" "./$tool"
done
for n in $sizes; do
  "$work/gencases" -n "$n" "$work/cases-$n"
done

# median of the numbers on stdin
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure NAME COMMAND...: one run, appending "wall_s cpu_s MiB" to $work/NAME
measure() {
  local name=$1; shift
  local out code
  out=$("$work/measure" -- "$@")
  code=${out##* }
  # batch exits 0 here: every generated file is valid
  if [[ $code != 0 ]]; then echo "$* exited $code" >&2; exit 1; fi
  echo "${out% *}" >> "$work/$name"
}

echo "machine: $(nproc 2>/dev/null || sysctl -n hw.ncpu) CPUs, $(go version | cut -d' ' -f3-), GOMAXPROCS default" >&2
printf '%-6s %-6s %8s %8s %6s %9s %11s %10s\n' files format floor_s batch_s ratio cpu_ratio floor_MiB batch_MiB
for n in $sizes; do
  dir="$work/cases-$n"
  "$work/parsefloor" "$dir"                      # warm the page cache
  for f in $formats; do
    rm -f "$work/floor" "$work/batch"
    # Alternate the two, so a busy machine slows both alike.
    for _ in $(seq "$runs"); do
      measure floor "$work/parsefloor" "$dir"
      measure batch "$work/samskab" batch "$dir" --format "$f"
    done
    ft=$(cut -d' ' -f1 "$work/floor" | median); bt=$(cut -d' ' -f1 "$work/batch" | median)
    fc=$(cut -d' ' -f2 "$work/floor" | median); bc=$(cut -d' ' -f2 "$work/batch" | median)
    fm=$(cut -d' ' -f3 "$work/floor" | sort -g | tail -1); bm=$(cut -d' ' -f3 "$work/batch" | sort -g | tail -1)
    printf '%-6s %-6s %8.3f %8.3f %6.2f %9.2f %11.1f %10.1f\n' "$n" "$f" "$ft" "$bt" \
      "$(awk "BEGIN { print $bt / $ft }")" "$(awk "BEGIN { print $bc / $fc }")" "$fm" "$bm"
    echo "$f $n $bm $(awk "BEGIN { print $bt / $ft }")" >> "$work/rows"
  done
done
# Verdicts against the targets, at the largest size measured.
awk -v big="${sizes##* }" '
  { peak[$1, $2] = $3; ratio[$1, $2] = $4; if (!seen[$1]++) order[++n] = $1 }
  END {
    for (i = 1; i <= n; i++) {
      f = order[i]
      line = sprintf("%s at %d files: time %.2f x floor (target <= 1.3: %s), peak %.1f MiB (target < 100 MB: %s)",
        f, big, ratio[f, big], ratio[f, big] <= 1.3 ? "met" : "NOT met", peak[f, big], peak[f, big] * 1.048576 < 100 ? "met" : "NOT met")
      if (peak[f, 3000] && big == 10000)
        line = line sprintf(", 10000/3000 memory %.2f (target < 2: %s)", peak[f, 10000] / peak[f, 3000], peak[f, 10000] / peak[f, 3000] < 2 ? "met" : "NOT met")
      print line
    }
  }' "$work/rows"
