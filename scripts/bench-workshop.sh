#!/usr/bin/env bash
# Load test of `samskab workshop`: starts a real server on the loopback,
# drives 300 simulated participants × 20 answers over the JSON API (each
# participant one request per answer, all participants at once), prints
# answers per second and the p50/p99 latency of the answer requests, and
# checks that every acknowledged answer is in the case file. Then it
# closes the meeting with SIGINT, as Ctrl-C does.
#
#   scripts/bench-workshop.sh
#   PARTICIPANTS=30 ANSWERS=48 RUBRIC=all scripts/bench-workshop.sh
#   SAMSKAB_BIN=/tmp/old/samskab scripts/bench-workshop.sh   # another build, to compare
#                                    (with its samskab-workshop beside it)
#
# Bounded: at most 5,000 participants, and the whole run is stopped after
# five minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

participants=${PARTICIPANTS:-300}
answers=${ANSWERS:-20}
rubric=${RUBRIC:-cok}
work=$(mktemp -d "${TMPDIR:-/tmp}/samskab-workshop-bench.XXXXXX")
server=
cleanup() {
  [[ -n $server ]] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "building…" >&2
bin=${SAMSKAB_BIN:-$work/samskab}
if [[ -z ${SAMSKAB_BIN:-} ]]; then
  go build -o "$bin" ./cmd/samskab
  go build -o "$work/samskab-workshop" ./cmd/samskab-workshop # the server samskab workshop starts
fi
[[ -x $bin ]] || { echo "SAMSKAB_BIN=$bin is not an executable" >&2; exit 2; }
go build -o "$work/workshopload" ./scripts/workshopload

rubric_flag=(--rubric "$rubric")
[[ $rubric == all ]] && rubric_flag=()
mkfifo "$work/events"
"$bin" workshop "$work/plan.yaml" --project "Belastningsprøve" "${rubric_flag[@]}" \
  --listen 127.0.0.1:0 --format json >"$work/events" 2>"$work/server.err" &
server=$!
exec 3<"$work/events"
read -r -t 30 started <&3 || { echo "the server did not start:" >&2; cat "$work/server.err" >&2; exit 1; }
url=$(sed -E 's/.*"url":"([^"]+)".*/\1/' <<<"$started")
code=$(sed -E 's/.*"code":"([0-9]{6})".*/\1/' <<<"$started")

echo "samskab workshop on $url: $participants participants × $answers answers (rubric: $rubric)"
timeout 300 "$work/workshopload" -url "$url" -code "$code" -file "$work/plan.yaml" \
  -participants "$participants" -answers "$answers"

kill -INT "$server"
read -r -t 30 closed <&3 || true
wait "$server"
server=
echo "closed         $closed"
