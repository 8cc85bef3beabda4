#!/usr/bin/env bash
# Renders the bundled note's records and citation clusters (the files citeproc-js-expectations.sh
# exported to src/test/resources/org/opis/csl/conformance/note/) with citeproc-js 1.4.61 in every
# style of corpus-styles.txt beside this script, text output, into
# src/test/resources/org/opis/csl/conformance/corpus/<style>.{clusters,bib}.txt, for StyleCorpusTest
# (mvn -B -o test -Dtest=StyleCorpusTest -Dopis.style-corpus=true). Run from the project root after
# the interop harness's setup.sh (../shared/tools/interop, or INTEROP=/path/to/it).
set -euo pipefail
ROOT="$(pwd)"
H="${INTEROP:-$ROOT/../shared/tools/interop}"
NOTE="$ROOT/src/test/resources/org/opis/csl/conformance/note"
OUT="$ROOT/src/test/resources/org/opis/csl/conformance/corpus"
mkdir -p "$OUT"
grep -v '^#' "$ROOT/src/test/conformance/corpus-styles.txt" | while read -r style; do
  [ -z "$style" ] && continue
  name="$(basename "$style" .csl)"
  node "$H/render-clusters-citeproc-js.mjs" "$style" "$NOTE/items.json" "$NOTE/clusters.json" > "$OUT/$name.clusters.txt" 2>/dev/null \
    || echo "citeproc-js failed on $style (clusters)" >&2
  node "$H/render-citeproc-js.mjs" --bib-only "$style" "$NOTE/items.json" > "$OUT/$name.bib.txt" 2>/dev/null \
    || echo "citeproc-js failed on $style (bibliography)" >&2
done
