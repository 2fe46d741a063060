#!/usr/bin/env bash
# Size on disk of what a client needs at run time (issue 5): the armgen runtime plus its
# dependencies, against azure-core with its HTTP stack, as jar counts and total bytes.
#   benchmarks/runtime-size.sh [--out FILE.json]
# armgen: runtime/target/armgen-runtime-*.jar (built here) + its runtime classpath (jackson-core).
# Azure SDK, two rows:
#   core+http:  azure-core + azure-core-http-jdk-httpclient and everything they pull in
#               (azure-json, azure-xml, reactor-core, reactive-streams, Jackson, slf4j-api);
#   +management: the same plus azure-core-management, which every ARM client (fluent models,
#               ProxyResource, ARM long-running operations) also needs, as armgen-runtime covers that too.
# The versions are those the JMH module benchmarks (benchmarks/jmh/pom.xml); Jackson is aligned on
# the parent's version there, and here too, so both sides count the same Jackson jars.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--out FILE.json]" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# versions from the poms, so this script cannot drift from what is benchmarked
prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$2" | head -1; }
jackson="$(prop jackson.version "$repo/pom.xml")"
http_jdk="$(prop azure-core-http-jdk.version "$here/jmh/pom.xml")"
(cd "$repo" && mvn -B -q -DskipTests -pl runtime package >&2)
runtime_jar="$(ls "$repo"/runtime/target/armgen-runtime-*.jar | grep -v -e sources -e javadoc | head -1)"
(cd "$repo" && mvn -B -q -pl runtime dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$work/armgen.cp" >&2)

# the Azure SDK's versions as the JMH module resolves them
(cd "$repo" && mvn -B -q -Pbenchmarks -pl benchmarks/jmh dependency:list -DincludeGroupIds=com.azure \
  -DoutputFile="$work/azure-deps.txt" -DappendOutput=false >&2)
azver() { sed -n "s/.*com\.azure:$1:jar:\([^:]*\):.*/\1/p" "$work/azure-deps.txt" | head -1; }
core="$(azver azure-core)"
management="$(azver azure-core-management)"
[ -n "$core" ] && [ -n "$management" ] || { echo "runtime-size: could not read the azure-core versions" >&2; cat "$work/azure-deps.txt" >&2; exit 1; }

azure_pom() { # $1 = extra dependency xml
  cat <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.armgen.benchmarks</groupId>
  <artifactId>azure-runtime-size</artifactId>
  <version>1</version>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>com.fasterxml.jackson</groupId>
        <artifactId>jackson-bom</artifactId>
        <version>$jackson</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>com.azure</groupId><artifactId>azure-core</artifactId><version>$core</version></dependency>
    <dependency><groupId>com.azure</groupId><artifactId>azure-core-http-jdk-httpclient</artifactId><version>$http_jdk</version></dependency>
    $1
  </dependencies>
</project>
EOF
}
mkdir -p "$work/core" "$work/management"
azure_pom "" >"$work/core/pom.xml"
azure_pom "<dependency><groupId>com.azure</groupId><artifactId>azure-core-management</artifactId><version>$management</version></dependency>" >"$work/management/pom.xml"
for row in core management; do
  (cd "$work/$row" && mvn -B -q dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$work/$row.cp" >&2)
done

python3 - "$runtime_jar" "$work/armgen.cp" "$work/core.cp" "$work/management.cp" "$out" <<'EOF'
import json, os, sys
runtime_jar, armgen_cp, core_cp, management_cp, out = sys.argv[1:6]
def jars(cp_file, extra=()):
    text = open(cp_file).read().strip()
    paths = list(extra) + [p for p in text.split(os.pathsep) if p]
    return [{"jar": os.path.basename(p), "bytes": os.path.getsize(p)} for p in paths]
rows = {
    "armgen (armgen-runtime + deps)": jars(armgen_cp, [runtime_jar]),
    "Azure SDK core+http (azure-core + azure-core-http-jdk-httpclient + deps)": jars(core_cp),
    "Azure SDK +management (also azure-core-management)": jars(management_cp),
}
names = list(rows)
ours = sum(j["bytes"] for j in rows[names[0]])
print("| side | jars | bytes | MB | armgen/side |")
print("|---|---|---|---|---|")
for name in names:
    total = sum(j["bytes"] for j in rows[name])
    print(f"| {name} | {len(rows[name])} | {total} | {total / 1e6:.2f} | {ours / total:.3f} |")
print()
for name in names:
    print(f"{name}: " + ", ".join(f"{j['jar']} ({j['bytes'] / 1e3:.0f} kB)" for j in rows[name]))
if out:
    with open(out, "w") as f:
        json.dump({name: {"jars": rows[name], "total_bytes": sum(j["bytes"] for j in rows[name])} for name in names},
                  f, indent=2)
EOF
