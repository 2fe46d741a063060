#!/usr/bin/env bash
# Scaling benchmark: armgen on synthetic copies of the upstream containerregistry.json with 1x,
# 10x and 100x its definitions and operations; wall time and peak tree RSS against size.
#   benchmarks/scale/run-scale.sh [--runs N] [--rss-runs M] [--factors "1 10 100"] [--tools armgen,...]
# The timing and memory runs are those of cli-bench.sh; this script makes the inputs and adds
# the per-size view (time and memory per operation relative to 1x: flat means linear growth).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench="$(dirname "$here")"
repo="$(dirname "$bench")"
upstream="${ARMGEN_UPSTREAM_SPECS:-$repo/../shared/upstream-specs/specification}"
source_spec="$upstream/containerregistry/resource-manager/Microsoft.ContainerRegistry/stable/2021-09-01/containerregistry.json"

runs=5 rss_runs=3 factors="1 10 100" tools="armgen"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --rss-runs) rss_runs="$2"; shift 2 ;;
    --factors) factors="$2"; shift 2 ;;
    --tools) tools="$2"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[ -f "$source_spec" ] || { echo "run-scale: upstream spec missing: $source_spec" >&2; exit 2; }

specs="$bench/work/scale-specs"
mkdir -p "$specs"
sizes="$specs/sizes.jsonl"
: > "$sizes"
cases=()
for f in $factors; do
  out="$specs/containerregistry-x$f.json"
  size="$(python3 "$here/make-scaled-spec.py" "$source_spec" "$f" "$out")"
  echo "{\"case\":\"scale-x$f\",\"factor\":$f,\"size\":$size}" >> "$sizes"
  cases+=(--case "scale-x$f|$out|$out")
done

"$bench/cli-bench.sh" --runs "$runs" --rss-runs "$rss_runs" --tools "$tools" --label scale "${cases[@]}"
latest="$(ls -t "$bench"/results/scale*.json | head -n 1)"
python3 "$here/scale-report.py" "$latest" "$sizes"
