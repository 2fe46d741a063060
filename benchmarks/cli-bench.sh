#!/usr/bin/env bash
# Cold-JVM CLI benchmark: wall time (hyperfine) and peak RSS of the whole process tree
# (tree-rss.py) of armgen and the two peers on the same inputs, in the same run.
#
#   benchmarks/cli-bench.sh [--runs N] [--rss-runs M] [--tools armgen,openapi,autorest]
#                           [--case 'ID|ARMGEN INPUTS|PEER INPUTS']... [--label NAME]
#
# Without --case: the bundled specs/ (all four at once, then one by one) and the four upstream
# entry specs. Paths in a case are relative to the repo root, or absolute; words are split on
# spaces. Writes benchmarks/results/<label>-<UTC stamp>.{json,md} and prints the markdown table.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
upstream="${ARMGEN_UPSTREAM_SPECS:-$repo/../shared/upstream-specs/specification}"

runs=5 rss_runs=3 tools="armgen,openapi,autorest" label="cli-bench"
cases=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --rss-runs) rss_runs="$2"; shift 2 ;;
    --tools) tools="$2"; shift 2 ;;
    --case) cases+=("$2"); shift 2 ;;
    --label) label="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
# one warm-up run per command primes the page cache for every tool alike; the JVMs stay cold
warmup=1; [ "$runs" -le 1 ] && warmup=0
# fewer than 5 timed runs is a smoke run: say so in the file names (git-ignored)
[ "$runs" -lt 5 ] && case "$label" in *smoke*) ;; *) label="$label-smoke" ;; esac

if [ ${#cases[@]} -eq 0 ]; then
  bundled=(containerregistry/2021-09-01 containerservice/2026-01-01 documentdb/2022-02-15-preview keyvault/2021-06-01-preview)
  all_files=""
  for b in "${bundled[@]}"; do all_files+="specs/$b/privateEndpointConnections.json "; done
  # armgen reads a folder in one process; a peer takes one spec per process, so a user of a
  # peer runs it four times: that sequence is what the "all four" row measures
  cases+=("bundled-all4|specs|$all_files")
  for b in "${bundled[@]}"; do
    f="specs/$b/privateEndpointConnections.json"; cases+=("bundled-${b%%/*}|$f|$f")
  done
  for f in \
      containerregistry/resource-manager/Microsoft.ContainerRegistry/stable/2021-09-01/containerregistry.json \
      keyvault/resource-manager/Microsoft.KeyVault/preview/2021-06-01-preview/keyvault.json \
      cosmos-db/resource-manager/Microsoft.DocumentDB/preview/2022-02-15-preview/privateEndpointConnection.json \
      containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2026-01-01/managedClusters.json; do
    if [ -f "$upstream/$f" ]; then
      name="$(basename "$f" .json)"; cases+=("upstream-$name|$upstream/$f|$upstream/$f")
    else
      echo "cli-bench: upstream spec missing, skipped: $upstream/$f" >&2
    fi
  done
fi

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
work="$here/work/$label-$stamp"
results="$here/results"
mkdir -p "$work" "$results"
measurements="$work/measurements.jsonl"
: > "$measurements"

abs_inputs() { # words -> absolute paths (relative ones are relative to the repo root)
  local w out=""
  for w in $1; do case "$w" in /*) out+="$w " ;; *) out+="$repo/$w " ;; esac; done
  echo "$out"
}

java_file_count() { find "$1" -name '*.java' 2>/dev/null | wc -l; }

measure() { # case-id tool inputs...
  local id="$1" tool="$2"; shift 2
  local out="$work/out/$id/$tool" logs="$work/logs/$id-$tool"
  mkdir -p "$logs"
  echo "cli-bench: $id / $tool" >&2
  # memory first: the first sampled run also proves the command works before it is timed
  local rss_json="[" i ok=1 files=0
  for i in $(seq 1 "$rss_runs"); do
    rm -rf "$out"
    if "$here/tree-rss.py" -- "$here/generate-with.sh" "$tool" "$out" "$@" >"$logs/rss-$i.out" 2>"$logs/rss-$i.err"; then :; fi
    local last; last="$(tail -n 1 "$logs/rss-$i.err")"
    [ "$i" -gt 1 ] && rss_json+=","
    rss_json+="$last"
    if ! echo "$last" | grep -q '"exit_code": 0'; then ok=0; break; fi
    files="$(java_file_count "$out")"
  done
  rss_json+="]"
  local hf="$work/hyperfine-$id-$tool.json"
  if [ "$ok" = 1 ]; then
    hyperfine -N --style basic --runs "$runs" --warmup "$warmup" --prepare "rm -rf $out" \
      --export-json "$hf" -n "$tool" "$here/generate-with.sh $tool $out $*" >"$logs/hyperfine.txt" 2>&1 \
      || { ok=0; echo "cli-bench: hyperfine failed, see $logs/hyperfine.txt" >&2; }
  else
    echo "cli-bench: $tool failed on $id; see $logs (last lines below)" >&2
    tail -n 5 "$logs/rss-1.err" "$logs/rss-1.out" >&2 || true
  fi
  printf '{"case":"%s","tool":"%s","ok":%s,"java_files":%s,"rss":%s,"hyperfine":"%s","logs":"%s","inputs":"%s"}\n' \
    "$id" "$tool" "$([ "$ok" = 1 ] && echo true || echo false)" "$files" "$rss_json" \
    "$([ "$ok" = 1 ] && echo "$hf")" "$logs" "$*" >> "$measurements"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for c in "${cases[@]}"; do
  IFS='|' read -r id armgen_in peer_in <<<"$c"
  for tool in ${tools//,/ }; do
    if [ "$tool" = armgen ]; then
      measure "$id" armgen $(abs_inputs "$armgen_in")
    else
      measure "$id" "$tool" $(abs_inputs "$peer_in")
    fi
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 "$here/cli-report.py" --measurements "$measurements" --runs "$runs" --rss-runs "$rss_runs" \
  --load "$load_before" "$load_after" \
  --json "$results/$label-$stamp.json" --markdown "$results/$label-$stamp.md"
cat "$results/$label-$stamp.md"
