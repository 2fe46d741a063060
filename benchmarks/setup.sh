#!/usr/bin/env bash
# Installs what the peer measurements need into benchmarks/.tools/ (git-ignored).
# Idempotent: each step is skipped when its result is already there.
#   benchmarks/setup.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$here/.tools"
mkdir -p "$tools"

OPENAPI_GENERATOR_VERSION=7.25.0
AUTOREST_PACKAGES=(autorest@3.8.0 @autorest/core@3.10.9 @autorest/java@4.1.63 @autorest/modelerfour@4.27.3)

log() { echo "setup: $*" >&2; }

install_hyperfine() {
  if command -v hyperfine >/dev/null; then return; fi
  log "installing hyperfine (Debian package)"
  # the package lists may be absent on a fresh machine; refresh only when the install fails
  apt-get install -y -q hyperfine >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q hyperfine >/dev/null; }
}

install_openapi_generator() {
  local jar="$tools/openapi-generator-cli-$OPENAPI_GENERATOR_VERSION.jar"
  if [ -s "$jar" ]; then return; fi
  log "fetching openapi-generator-cli $OPENAPI_GENERATOR_VERSION"
  # run outside any project so the benchmarks pom is not resolved on the way
  (cd "$tools" && mvn -B -q dependency:copy \
    -Dartifact="org.openapitools:openapi-generator-cli:$OPENAPI_GENERATOR_VERSION" \
    -DoutputDirectory="$tools" >&2)
  [ -s "$jar" ] || { log "openapi-generator-cli jar missing after download"; exit 1; }
}

install_autorest() {
  local dir="$tools/autorest"
  if [ -x "$dir/node_modules/.bin/autorest" ] && [ -d "$dir/node_modules/@autorest/java" ] \
     && [ -d "$dir/node_modules/@autorest/modelerfour" ] && [ -d "$dir/node_modules/@autorest/core" ]; then
    return
  fi
  log "installing AutoRest Java via npm"
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"name":"armgen-bench-autorest","private":true}' > "$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "${AUTOREST_PACKAGES[@]}" >&2)
}

# AutoRest must run fully offline from the local packages: a run that tried to fetch an extension
# would measure the network, not the generator. Generate one small spec and insist on output.
verify_autorest_offline() {
  local out; out="$(mktemp -d)"
  local spec="$here/../specs/containerregistry/2021-09-01/privateEndpointConnections.json"
  # with no network at all (a fresh network namespace) when we may make one: the strict proof
  local isolate=()
  if unshare -n true 2>/dev/null; then isolate=(unshare -n); fi
  log "checking AutoRest runs offline${isolate:+ (no network namespace)}"
  if ! "${isolate[@]}" "$here/generate-with.sh" autorest "$out" "$spec" >"$out.log" 2>&1; then
    cat "$out.log" >&2; log "AutoRest failed"; exit 1
  fi
  if grep -qiE 'installing|downloading|npm install' "$out.log"; then
    cat "$out.log" >&2; log "AutoRest tried to install an extension: not offline"; exit 1
  fi
  [ -n "$(find "$out" -name '*.java' -print -quit)" ] || { cat "$out.log" >&2; log "AutoRest wrote no Java"; exit 1; }
  rm -rf "$out" "$out.log"
}

install_hyperfine
install_openapi_generator
install_autorest
verify_autorest_offline
log "ready: $(hyperfine --version), openapi-generator-cli $OPENAPI_GENERATOR_VERSION, autorest in $tools/autorest"
