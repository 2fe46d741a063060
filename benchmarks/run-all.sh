#!/usr/bin/env bash
# Every benchmark of issue 5 in one run, on an otherwise idle machine:
#   benchmarks/run-all.sh            # the measurement: >= 5 timed runs each, full JMH iterations
#   benchmarks/run-all.sh --smoke    # 1 run each: checks the scripts work; the numbers mean nothing
# Results: benchmarks/results/*.{json,md} (CLI, scaling, runtime cold call and size) and
# benchmarks/results/jmh-*.json.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
smoke=0
[ "${1:-}" = "--smoke" ] && smoke=1

"$here/setup.sh"

echo "run-all: building armgen and the JMH module" >&2
# -Pbenchmarks puts benchmarks/ in the reactor: nothing is installed into ~/.m2
(cd "$repo" && mvn -B -q -Pbenchmarks -DskipTests -pl generator,benchmarks/jmh -am package >&2)

if [ "$smoke" = 1 ]; then
  "$here/cli-bench.sh" --runs 1 --rss-runs 1 --label cli-bench
  "$here/scale/run-scale.sh" --runs 1 --rss-runs 1 --factors "1 10"
  jmh_args=(-f 1 -wi 1 -i 1 -w 1s -r 1s)
  cold_runs=1
else
  "$here/cli-bench.sh" --runs 5 --rss-runs 3
  # AutoRest's --java stops on managedClusters ("Unknown wire type TokenCredential"); the mode
  # the Azure SDK itself is generated with works, so that row is measured in that mode too.
  # At one to two minutes per AutoRest run, 5 timed runs and 1 memory run.
  aks="${ARMGEN_UPSTREAM_SPECS:-$repo/../shared/upstream-specs/specification}/containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2026-01-01/managedClusters.json"
  if [ -f "$aks" ]; then
    AUTOREST_EXTRA_ARGS="--azure-arm --fluent" "$here/cli-bench.sh" --runs 5 --rss-runs 1 \
      --tools armgen,autorest --case "upstream-managedClusters-fluent|$aks|$aks" --label cli-bench-autorest-fluent
  fi
  # 100x takes minutes per armgen run today: 3 timed runs keep the whole suite near an hour
  "$here/scale/run-scale.sh" --runs 3 --rss-runs 1
  jmh_args=()
  cold_runs=5
fi

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$here/results"
(cd "$repo" && java -jar "$here/jmh/target/benchmarks.jar" "${jmh_args[@]}" \
  -rf json -rff "$here/results/jmh-$stamp.json") | tee "$here/results/jmh-$stamp.txt"
suffix="$stamp"
[ "$smoke" = 1 ] && suffix="$stamp-smoke"
# the runtime against the Azure SDK outside JMH: first call in fresh JVMs, and size on disk
"$here/runtime-cold.sh" --runs "$cold_runs" --out "$here/results/runtime-cold-$suffix.json" \
  | tee "$here/results/runtime-cold-$suffix.md"
"$here/runtime-size.sh" --out "$here/results/runtime-size-$suffix.json" | tee "$here/results/runtime-size-$suffix.md"
