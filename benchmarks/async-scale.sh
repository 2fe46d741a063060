#!/usr/bin/env bash
# Issue 15 §2: the async benchmark (a harness, not JMH). One run:
#   benchmarks/async-scale.sh                 # 10,000 GETs, 1,000 LRO waits, 64/1000 callers for 10 s
#   benchmarks/async-scale.sh --smoke         # small numbers: checks the script works
# Starts benchmarks' DelayedArmServer (answers after 300 ms, one thread) in its own process,
# runs AsyncScaleMain scale at -Xmx256m and AsyncScaleMain compare, stops the server by its PID,
# and prints the load average before and after (the machine is shared).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
gets=10000 lros=1000 seconds=10 callers="64 1000" delay=300
if [ "${1:-}" = "--smoke" ]; then gets=200 lros=50 seconds=2 callers="8 64"; fi

if [ "${ASYNC_SCALE_SKIP_BUILD:-0}" != 1 ]; then
  (cd "$repo" && mvn -B -q -Pbenchmarks -DskipTests -pl benchmarks/jmh -am package >&2)
fi
jar="$(ls "$repo"/benchmarks/jmh/target/benchmarks.jar)"
cd "$repo"   # ExamplePayload finds specs/ from here

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
server_out="$(mktemp)"
java -cp "$jar" io.armgen.benchmarks.DelayedArmServer "$delay" > "$server_out" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -f "$server_out"' EXIT
for _ in $(seq 1 100); do grep -q '^endpoint ' "$server_out" && break; sleep 0.1; done
endpoint="$(sed -n 's/^endpoint //p' "$server_out")"
[ -n "$endpoint" ] || { echo "the server did not start: $(cat "$server_out")" >&2; exit 1; }
echo "server $endpoint answers after ${delay} ms"

# The JDK client hands every sendAsync completion to CompletableFuture's default executor: on a
# machine whose common pool has fewer than 2 threads (2 cores) that is a new thread per completion.
# And it keeps a 16 KiB buffer per open connection. Both are JDK settings, shown side by side:
echo "== defaults"
timeout -k 5 120 java -Xmx256m -cp "$jar" io.armgen.benchmarks.AsyncScaleMain scale "$endpoint" "$delay" "$gets" "$lros" \
  || echo "(did not finish within 120 s, or failed)"
echo "== -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 -Djdk.httpclient.bufsize=4096"
java -Xmx256m -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 -Djdk.httpclient.bufsize=4096 \
  -cp "$jar" io.armgen.benchmarks.AsyncScaleMain scale "$endpoint" "$delay" "$gets" "$lros"
java -Xmx1g -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 -cp "$jar" io.armgen.benchmarks.AsyncScaleMain compare "$endpoint" "$seconds" $callers
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
