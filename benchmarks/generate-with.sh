#!/usr/bin/env bash
# Runs one generator on some inputs: the single command line that every benchmark measures.
#   generate-with.sh TOOL OUTPUT_DIR INPUT...
# TOOL: armgen | openapi | autorest. armgen takes all inputs (files or folders) in one call;
# the peers take one spec per call, so each input gets its own call, in sequence, writing to
# OUTPUT_DIR/<n>. Peers get their default JVM settings, as a user would; armgen runs through
# the ./armgen launcher, as a user would, with its JVM flags and class-data archive.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
tools="$here/.tools"
[ $# -ge 3 ] || { echo "usage: generate-with.sh armgen|openapi|autorest OUTPUT_DIR INPUT..." >&2; exit 2; }
tool="$1" out="$2"; shift 2

run_peer() {
  local n=0 input
  for input in "$@"; do
    n=$((n + 1))
    case "$tool" in
      openapi)
        # --skip-validate-spec: ARM specs carry x-ms-* constructs (x-ms-paths, polymorphic
        # allOf) that the OpenAPI validator rejects although the generator handles them
        java -jar "$tools/openapi-generator-cli-7.25.0.jar" generate -g java -i "$input" \
          -o "$out/$n" --skip-validate-spec ${OPENAPI_EXTRA_ARGS:-} ;;
      autorest)
        local mods="$tools/autorest/node_modules"
        # local paths only: AutoRest must not resolve or download an extension from a registry
        "$mods/.bin/autorest" --version="$mods/@autorest/core" --use="$mods/@autorest/modelerfour" \
          --use="$mods/@autorest/java" --java --output-folder="$out/$n" --input-file="$input" ${AUTOREST_EXTRA_ARGS:-} ;;
    esac
  done
}

case "$tool" in
  armgen)
    [ -n "$(ls "$repo"/generator/target/armgen-generator-*-cli.jar 2>/dev/null)" ] || {
      echo "armgen CLI jar missing: run 'mvn -B -q -DskipTests -pl generator -am package'" >&2; exit 2; }
    exec "$repo/armgen" generate "$@" -o "$out" ;;
  openapi|autorest) run_peer "$@" ;;
  *) echo "unknown tool: $tool" >&2; exit 2 ;;
esac
