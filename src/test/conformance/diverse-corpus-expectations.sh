#!/usr/bin/env bash
# Renders the diverse item set (select-diverse-corpus.py beside this script: items.json, clusters.json)
# with citeproc-js 1.4.61 through the interop harness, in every style of diverse-corpus-styles.txt,
# text AND html output, into src/test/resources/org/opis/csl/conformance/corpus300/<style>.{clusters,bib}.{txt,html}
# for DiverseCorpusTest (mvn -B -o test -Dtest=DiverseCorpusTest -Dopis.style-corpus=true).
# Run from the project root after the harness's setup.sh (../shared/tools/interop, or INTEROP=/path/to/it).
set -euo pipefail
ROOT="$(pwd)"
H="${INTEROP:-$ROOT/../shared/tools/interop}"
DIR="$ROOT/src/test/resources/org/opis/csl/conformance/corpus300"
grep -v '^#' "$ROOT/src/test/conformance/diverse-corpus-styles.txt" | while read -r style; do
  [ -z "$style" ] && continue
  name="$(basename "$style" .csl)"
  # the ids of the entries, in step even when citeproc-js prints no entry for an item (bib-ids-citeproc-js.mjs)
  node "$ROOT/src/test/conformance/bib-ids-citeproc-js.mjs" "$style" "$DIR/items.json" > "$DIR/.ids"
  for fmt in text html; do
    ext=txt; [ "$fmt" = html ] && ext=html
    node "$H/render-clusters-citeproc-js.mjs" --output-format "$fmt" "$style" "$DIR/items.json" "$DIR/clusters.json" > "$DIR/$name.clusters.$ext" 2>/dev/null \
      || echo "citeproc-js failed on $style (clusters, $fmt)" >&2
    node "$H/render-citeproc-js.mjs" --bib-only --output-format "$fmt" "$style" "$DIR/items.json" > "$DIR/$name.bib.$ext" 2>/dev/null \
      || echo "citeproc-js failed on $style (bibliography, $fmt)" >&2
    python3 - "$DIR/$name.bib.$ext" "$DIR/.ids" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
ids = open(sys.argv[2], encoding="utf-8").read().split()
assert len(ids) == len(lines), (sys.argv[1], len(ids), len(lines))
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i, line in zip(ids, lines):
        kind, _, text = line.split("\t", 2)
        f.write(kind + "\t" + i + "\t" + text + "\n")
PY
  done
  rm -f "$DIR/.ids"
done
