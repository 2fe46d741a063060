#!/usr/bin/env bash
# Issue 15 §2: the async benchmark (a harness, not JMH). One run:
#   benchmarks/async-scale.sh                 # 10,000 GETs, 1,000 LRO waits, 64/1000 callers for 10 s
#   benchmarks/async-scale.sh --smoke         # small numbers: checks the script works
# Starts benchmarks' DelayedArmServer (HTTP/1.1, answers after 300 ms, one thread) and
# DelayedH2Server (HTTPS + HTTP/2, Jetty) each in its own process; measures the HTTP/1.1 server
# alone (RawBurstClient) and the JDK's HTTP client alone (JdkBurstClient), runs AsyncScaleMain
# scale at -Xmx256m against both (the runtime's defaults; and, on HTTP/1.1, the JDK settings
# README recommends on 2 cores), AsyncScaleMain compare on HTTP/1.1, stops the servers by their
# PIDs, and prints the load average before and after (the machine is shared).
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
work="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
# start_server NAME CLASS ARGS...: starts a server in its own process, waits for its endpoint line
start_server() {
  local name="$1"; shift
  java -cp "$jar" "$@" > "$work/$name.out" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do grep -q '^endpoint ' "$work/$name.out" && break; sleep 0.1; done
  sed -n 's/^endpoint \([^ ]*\).*/\1/p' "$work/$name.out"
}
endpoint="$(start_server h1 io.armgen.benchmarks.DelayedArmServer "$delay")"
[ -n "$endpoint" ] || { echo "the server did not start: $(cat "$work/h1.out")" >&2; exit 1; }
echo "server $endpoint (HTTP/1.1) answers after ${delay} ms"

# The server alone, with the least client there can be: the floor under the GET rounds.
java -cp "$jar" io.armgen.benchmarks.RawBurstClient "$endpoint" "$gets" 5

# The JDK's HTTP client alone, configured as the runtime configures it, at the runtime's default
# limit for this heap (4,096 at -Xmx256m) and without one: what any client on java.net.http pays.
java -Xmx256m -cp "$jar" io.armgen.benchmarks.JdkBurstClient "$endpoint" "$gets" 3 4096
timeout -k 5 180 java -Xmx256m -cp "$jar" io.armgen.benchmarks.JdkBurstClient "$endpoint" "$gets" 3 0 \
  || echo "(did not finish within 180 s, or failed)"

# The runtime's defaults: nothing but the heap limit (a user sets no JDK property).
echo "== HTTP/1.1, defaults"
timeout -k 5 180 java -Xmx256m -cp "$jar" io.armgen.benchmarks.AsyncScaleMain scale "$endpoint" "$delay" "$gets" "$lros" \
  || echo "(did not finish within 180 s, or failed)"
# The JDK settings README recommends on 2 cores or fewer under JDK 17 (CompletableFuture's default
# executor starts a thread per sendAsync completion there; 16 KiB per open HTTP/1.1 connection):
echo "== HTTP/1.1, -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 -Djdk.httpclient.bufsize=4096"
java -Xmx256m -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 -Djdk.httpclient.bufsize=4096 \
  -cp "$jar" io.armgen.benchmarks.AsyncScaleMain scale "$endpoint" "$delay" "$gets" "$lros"

# HTTPS with HTTP/2 negotiated by ALPN, as ARM is reached: a throwaway certificate for 127.0.0.1,
# trusted by the client JVM for this run only. The server allows 20,000 streams per connection, so
# one connection carries the round (at Jetty's default of 128, JDK 17 opens many: see BENCHMARKS.md).
pass="bench-$RANDOM$RANDOM"
keytool -genkeypair -alias bench -keyalg EC -groupname secp256r1 -dname CN=127.0.0.1 -ext SAN=ip:127.0.0.1 \
  -validity 2 -storetype PKCS12 -keystore "$work/bench.p12" -storepass "$pass" -keypass "$pass" 2>/dev/null
h2="$(start_server h2 io.armgen.benchmarks.DelayedH2Server "$delay" "$work/bench.p12" "$pass" 20000)"
[ -n "$h2" ] || { echo "the HTTP/2 server did not start: $(cat "$work/h2.out")" >&2; exit 1; }
echo "== HTTPS + HTTP/2 ($h2), defaults"
timeout -k 5 180 java -Xmx256m -Djavax.net.ssl.trustStore="$work/bench.p12" -Djavax.net.ssl.trustStoreType=PKCS12 \
  -Djavax.net.ssl.trustStorePassword="$pass" -cp "$jar" io.armgen.benchmarks.AsyncScaleMain scale "$h2" "$delay" "$gets" "$lros" \
  || echo "(did not finish within 180 s, or failed)"

java -Xmx1g -cp "$jar" io.armgen.benchmarks.AsyncScaleMain compare "$endpoint" "$seconds" $callers
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
