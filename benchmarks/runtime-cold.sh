#!/usr/bin/env bash
# Cold first call (issue 5 target: armgen <= 1/2 of the Azure SDK): the time of the first GET of a
# private endpoint connection in a fresh JVM, from main() to the parsed result (client construction
# included), ours vs the Azure SDK, against one loopback server, alternating the sides run by run.
#   benchmarks/runtime-cold.sh [--runs 5] [--out FILE.json]
# Needs the JMH jar: mvn -B -q -Pbenchmarks -DskipTests -pl benchmarks/jmh -am package
# Prints the medians of main()->result and of the whole process (JVM start and exit included),
# and the ratios armgen / Azure SDK.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
jar="$here/jmh/target/benchmarks.jar"
runs=5
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--out FILE.json]" >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || { echo "runtime-cold: $jar is missing; build it with: mvn -B -q -Pbenchmarks -DskipTests -pl benchmarks/jmh -am package" >&2; exit 1; }

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# the server is its own JVM, started once and warm before the first measured call
ARMGEN_REPO_ROOT="$repo" java -cp "$jar" io.armgen.benchmarks.LoopbackServerMain >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
endpoint=""
for _ in $(seq 1 200); do
  endpoint="$(sed -n 's/^endpoint //p' "$work/server.out" 2>/dev/null || true)"
  [ -n "$endpoint" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; echo "runtime-cold: the loopback server did not start" >&2; exit 1; }
  sleep 0.05
done
[ -n "$endpoint" ] || { echo "runtime-cold: no endpoint from the loopback server" >&2; exit 1; }
echo "runtime-cold: loopback server $endpoint (pid $server_pid), $runs run(s) per side, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# one fresh JVM; appends "side main_ms process_ms" to the results
measure() {
  local side="$1" class="$2" start end line
  start=$(date +%s%N)
  line="$(java -cp "$jar" "$class" "$endpoint" 2>"$work/$side.err" | sed -n 's/^first-call-ms //p')" \
    || { cat "$work/$side.err" >&2; echo "runtime-cold: $side failed" >&2; exit 1; }
  end=$(date +%s%N)
  [ -n "$line" ] || { cat "$work/$side.err" >&2; echo "runtime-cold: $side printed no time" >&2; exit 1; }
  echo "$side $line $(( (end - start) / 1000 ))" >>"$work/results"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  # alternate which side goes first, so neither always gets the warmer page cache
  if [ $((i % 2)) = 1 ]; then
    measure armgen io.armgen.benchmarks.ColdFirstCallArmgen
    measure azure io.armgen.benchmarks.ColdFirstCallAzure
  else
    measure azure io.armgen.benchmarks.ColdFirstCallAzure
    measure armgen io.armgen.benchmarks.ColdFirstCallArmgen
  fi
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work/results" "$runs" "$load_before" "$load_after" "$out" <<'EOF'
import json, statistics, sys
path, runs, before, after, out = sys.argv[1:6]
rows = [line.split() for line in open(path)]
def values(side, column):
    return [float(r[column]) for r in rows if r[0] == side]
result = {"runs": int(runs), "load_average_before": before, "load_average_after": after, "sides": {}}
for side in ("armgen", "azure"):
    main_ms, process_us = values(side, 1), values(side, 2)
    result["sides"][side] = {
        "main_to_result_ms": main_ms,
        "process_ms": [v / 1000 for v in process_us],
        "median_main_to_result_ms": statistics.median(main_ms),
        "median_process_ms": statistics.median(process_us) / 1000,
    }
a, z = result["sides"]["armgen"], result["sides"]["azure"]
result["ratio_main_to_result"] = a["median_main_to_result_ms"] / z["median_main_to_result_ms"]
result["ratio_process"] = a["median_process_ms"] / z["median_process_ms"]
print(f"Cold first call, medians of {runs} fresh JVM(s) per side; load average before/after: {before} / {after}")
print()
print("| measure | armgen ms | Azure SDK ms | armgen/Azure (target <= 0.5) |")
print("|---|---|---|---|")
for key, label in (("median_main_to_result_ms", "main() to parsed result"),
                   ("median_process_ms", "whole process (JVM start to exit)")):
    ratio = a[key] / z[key]
    print(f"| {label} | {a[key]:.1f} | {z[key]:.1f} | {ratio:.3f} {'ok' if ratio <= 0.5 else 'MISS'} |")
if out:
    with open(out, "w") as f:
        json.dump(result, f, indent=2)
EOF
