#!/usr/bin/env bash
# The in-process generator benchmarks of issue 5 in one command, on an otherwise idle machine:
#   benchmarks/jmh-generator.sh            # build, then GeneratorBenchmark, GeneratorStagesBenchmark,
#                                          # PluginNoOpBenchmark with their full iterations
#   benchmarks/jmh-generator.sh --smoke    # 1 short iteration each: checks they run; numbers mean nothing
#   benchmarks/jmh-generator.sh --no-build [JMH ARGS...]   # reuse the jar; extra args go to JMH
# Results: benchmarks/results/jmh-generator-<UTC>.{json,txt}, with the load average before and after.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
build=1
jmh_args=()
suffix=""
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) jmh_args+=(-f 1 -wi 1 -i 1 -w 1s -r 1s); suffix="-smoke"; shift ;;
    --no-build) build=0; shift ;;
    *) jmh_args+=("$1"); shift ;;
  esac
done

if [ "$build" = 1 ]; then
  echo "jmh-generator: building the JMH jar (generator, Maven plugin and benchmarks; nothing installed)" >&2
  (cd "$repo" && mvn -B -q -Pbenchmarks -DskipTests -pl benchmarks/jmh -am package >&2)
fi

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$here/results/jmh-generator-$stamp$suffix"
mkdir -p "$here/results"
{
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  (cd "$repo" && java -jar "$here/jmh/target/benchmarks.jar" \
    'io.armgen.benchmarks.(GeneratorBenchmark|GeneratorStagesBenchmark|PluginNoOpBenchmark)' \
    "${jmh_args[@]}" -rf json -rff "$out.json")
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out.txt"
