#!/usr/bin/env bash
# Regenerates the citeproc-js expectations the conformance tests compare opis with, so that the
# Java tests run without node. Run from the project root, after `mvn -B test-compile` and the
# interop harness's setup.sh (../shared/tools/interop, or INTEROP=/path/to/it):
#   bash src/test/conformance/citeproc-js-expectations.sh
# 1. exports the bundled note's records and resolved citation clusters (ExportNoteCorpus);
# 2. renders them with citeproc-js 1.4.61 (render-clusters-citeproc-js.mjs / render-citeproc-js.mjs)
#    in each style of styles.txt beside this script, text output;
# 3. writes src/test/resources/org/opis/csl/conformance/note/{items.json,clusters.json,
#    <style>.clusters.txt,<style>.bib.txt}. Review the diff before committing.
set -euo pipefail
ROOT="$(pwd)"
H="${INTEROP:-$ROOT/../shared/tools/interop}"
OUT="$ROOT/src/test/resources/org/opis/csl/conformance/note"
CPF="$(mktemp)"; trap 'rm -f "$CPF"' EXIT
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$CPF" >/dev/null
CP="$ROOT/target/classes:$ROOT/target/test-classes:$(cat "$CPF")"
java -cp "$CP" org.opis.csl.conformance.ExportNoteCorpus references/selivanov-2017/note.md "$OUT"
grep -v '^#' "$ROOT/src/test/conformance/styles.txt" | while read -r style; do
  [ -z "$style" ] && continue
  name="$(basename "$style" .csl)"
  node "$H/render-clusters-citeproc-js.mjs" "$style" "$OUT/items.json" "$OUT/clusters.json" > "$OUT/$name.clusters.txt"
  node "$H/render-citeproc-js.mjs" --bib-only "$style" "$OUT/items.json" > "$OUT/$name.bib.txt"
done
