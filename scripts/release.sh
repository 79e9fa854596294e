#!/usr/bin/env bash
# Builds the release archives of samskab for one version:
#
#   scripts/release.sh v0.1.0            # into dist/
#   DIST=/tmp/out scripts/release.sh v0.1.0
#
# For linux, darwin and windows on amd64 and arm64 it cross-compiles
# ./cmd/samskab with the version, the commit and the commit's date stamped
# in (-X main.version/commit/date, see cmd/samskab/version.go), and
# ./cmd/samskab-workshop, the meeting server `samskab workshop` starts from
# beside it, and packs the two with LICENSE, LICENSE-rubrics.md and README.md into
# samskab_VERSION_OS_ARCH.tar.gz (.zip for windows). SHA256SUMS lists them.
#
# Reproducible: the same commit built with the same Go version gives the
# same bytes. No build id (-buildid=), no paths (-trimpath), no VCS stamp
# (-buildvcs=false; the commit is stamped explicitly), no cgo, and every
# time in the binary and the archives is the commit's time
# (SOURCE_DATE_EPOCH if set, else `git log -1 --format=%ct`), never the
# clock. scripts/release-check.sh verifies this.
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:-}
if [[ ! $version =~ ^v[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
  echo "usage: scripts/release.sh VERSION   (a semantic version with a v, such as v0.1.0 or v0.2.0-rc.1)" >&2
  exit 2
fi
dist=${DIST:-dist}
targets=${TARGETS:-linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64}

commit=$(git rev-parse --short=7 HEAD)
if [[ -n $(git status --porcelain --untracked-files=no) ]]; then
  echo "release.sh: warning: uncommitted changes; the build is marked ${commit}-dirty" >&2
  commit=$commit-dirty
fi
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct HEAD)}
# GNU date, else BSD date (macOS).
date=$(date -u -d "@$epoch" +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || date -u -r "$epoch" +%Y-%m-%dT%H:%M:%SZ)

if command -v sha256sum >/dev/null; then sha256=(sha256sum); else sha256=(shasum -a 256); fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$dist"
go build -o "$work/archive" ./scripts/archive

ldflags="-s -w -buildid= -X main.version=$version -X main.commit=$commit -X main.date=$date"
echo "samskab $version (commit $commit, built $date) with $(go env GOVERSION)" >&2
archives=()
for target in $targets; do
  goos=${target%/*} goarch=${target#*/}
  name=samskab_${version}_${goos}_${goarch}
  ext=
  [[ $goos == windows ]] && ext=.exe
  mkdir -p "$work/$name"
  echo "  $name" >&2
  for cmd in samskab samskab-workshop; do
    CGO_ENABLED=0 GOOS=$goos GOARCH=$goarch \
      go build -trimpath -buildvcs=false -ldflags "$ldflags" -o "$work/$name/$cmd$ext" "./cmd/$cmd"
  done
  archive=$name.tar.gz
  [[ $goos == windows ]] && archive=$name.zip
  "$work/archive" -o "$dist/$archive" -dir "$name" -mtime "$epoch" \
    "$work/$name/samskab$ext" "$work/$name/samskab-workshop$ext" LICENSE LICENSE-rubrics.md README.md
  archives+=("$archive")
done

(cd "$dist" && LC_ALL=C "${sha256[@]}" $(printf '%s\n' "${archives[@]}" | LC_ALL=C sort) > SHA256SUMS)
echo "wrote ${#archives[@]} archives and SHA256SUMS to $dist" >&2
