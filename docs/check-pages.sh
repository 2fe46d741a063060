#!/usr/bin/env bash
# Renders docs/*.md to HTML (commonmark-java, GFM tables, a small stylesheet), opens the index and
# one resource page in headless chromium, saves screenshots and checks links, code blocks and tables.
# The work is done by the RenderedPagesTest; this runs it and says where to look.
#   docs/check-pages.sh            # needs Java 17, Maven and /usr/bin/chromium (apt-get install -y chromium)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -x /usr/bin/chromium ]; then
  echo "check-pages: /usr/bin/chromium not found; install it (apt-get install -y chromium) to get screenshots" >&2
fi
cd "$repo"
mvn -B -q -pl runtime,generator -am test -Dtest=RenderedPagesTest -Dsurefire.failIfNoSpecifiedTests=false
out="$repo/generator/target/rendered-docs"
echo "check-pages: HTML in $out"
ls "$out"/screenshots/*.png 2>/dev/null | sed 's/^/check-pages: screenshot /' || true
