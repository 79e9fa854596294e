#!/usr/bin/env bash
# Checks scripts/release.sh: builds every archive twice into two folders and
# requires identical bytes (SHA256SUMS the same), checksums that verify,
# the expected files in every archive, and – on linux/amd64 – a binary that
# reports the version and commit it was given. Slow on a small machine (it
# cross-compiles six targets twice); not part of .ci/run.
#
#   scripts/release-check.sh [VERSION]      # default v0.0.0-test
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-v0.0.0-test}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "release-check: FAIL: $*" >&2; exit 1; }

DIST=$tmp/a scripts/release.sh "$version"
DIST=$tmp/b scripts/release.sh "$version"

cmp "$tmp/a/SHA256SUMS" "$tmp/b/SHA256SUMS" || fail "two builds of the same commit differ"
(cd "$tmp/a" && sha256sum --check --quiet SHA256SUMS) || fail "SHA256SUMS does not verify"
[[ $(wc -l < "$tmp/a/SHA256SUMS") -eq 6 ]] || fail "expected 6 archives in SHA256SUMS"

for f in "$tmp"/a/*.tar.gz; do
  name=$(basename "$f" .tar.gz)
  got=$(tar -tzf "$f" | LC_ALL=C sort | tr '\n' ' ')
  want="$name/ $name/LICENSE $name/LICENSE-rubrics.md $name/README.md $name/samskab $name/samskab-workshop "
  [[ $got == "$want" ]] || fail "$f holds: $got"
done
for f in "$tmp"/a/*.zip; do
  name=$(basename "$f" .zip)
  got=$(unzip -Z1 "$f" | LC_ALL=C sort | tr '\n' ' ')
  want="$name/ $name/LICENSE $name/LICENSE-rubrics.md $name/README.md $name/samskab-workshop.exe $name/samskab.exe "
  [[ $got == "$want" ]] || fail "$f holds: $got"
done

commit=$(git rev-parse --short=7 HEAD)
[[ -z $(git status --porcelain --untracked-files=no) ]] || commit=$commit-dirty
if [[ $(go env GOHOSTOS)/$(go env GOHOSTARCH) == linux/amd64 ]]; then
  tar -xzf "$tmp/a/samskab_${version}_linux_amd64.tar.gz" -C "$tmp"
  bin=$tmp/samskab_${version}_linux_amd64/samskab
  got=$("$bin" --version)
  [[ $got =~ ^samskab\ ${version}\ \(commit\ ${commit},\ built\ [0-9]{4}-[0-9]{2}-[0-9]{2}\)$ ]] ||
    fail "--version printed: $got"
  echo "linux/amd64: $got"
  if grep -q -F -e "$PWD" -e "$(go env GOMODCACHE)" "$bin" "$bin-workshop"; then
    fail "a binary contains a build path"
  fi
  # samskab workshop starts the samskab-workshop beside it, even with
  # another one (which only fails) first on PATH: a meeting on the
  # loopback, closed as Ctrl-C does.
  mkdir "$tmp/decoy"
  printf '#!/bin/sh\necho decoy samskab-workshop >&2\nexit 1\n' > "$tmp/decoy/samskab-workshop"
  chmod +x "$tmp/decoy/samskab-workshop"
  PATH=$tmp/decoy:/usr/bin:/bin "$bin" workshop "$tmp/meeting.yaml" --project Check --listen 127.0.0.1:0 --format json >"$tmp/events" 2>&1 &
  server=$!
  for _ in $(seq 100); do grep -q listening "$tmp/events" 2>/dev/null && break; sleep 0.1; done
  kill -INT "$server" 2>/dev/null || true
  wait "$server" || fail "samskab workshop from the archive: $(cat "$tmp/events")"
  grep -q '"event":"closed"' "$tmp/events" || fail "samskab workshop from the archive: $(cat "$tmp/events")"
  echo "linux/amd64: samskab workshop started the samskab-workshop beside it"
fi
echo "release-check: ok: $(wc -l < "$tmp/a/SHA256SUMS") archives, identical in two builds"
