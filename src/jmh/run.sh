#!/usr/bin/env bash
# The benchmarks of BENCHMARKS.md, from the project root:
#   src/jmh/run.sh            everything (JMH suite, whole-process figures, side-by-side ratios)
#   src/jmh/run.sh jmh        the JMH stage benchmarks only   (REGEX to pick some: src/jmh/run.sh jmh 'ArchivalBench')
#   src/jmh/run.sh whole      whole-process time and peak memory (/usr/bin/time -v)
#   src/jmh/run.sh side       side-by-side: JBibTeX, pandoc, citation-js, citeproc-js, pandoc --citeproc
#   src/jmh/run.sh profile    JFR recordings of whole-process runs and their hot spots (hotspots.txt)
#   src/jmh/run.sh before-after OLD   this build against an older one, same JVM, rounds alternating
# Results go to target/bench-results/. Needs the interop harness's npm packages and CSL styles
# (../shared/tools/interop/setup.sh, cache in $INTEROP_HOME or ~/.cache/interop-harness) for 'side'.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
what="${1:-all}"
out=target/bench-results
corpus=target/bench-corpus
home="${INTEROP_HOME:-$HOME/.cache/interop-harness}"
cp_="target/opis.jar:target/lib/*"
java_=(java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8)

build() {
  if [ ! -f target/opis.jar ] || [ -z "$(unzip -l target/opis.jar | grep META-INF/BenchmarkList)" ]; then
    mvn -B -q -Pjmh -DskipTests package
  fi
  mkdir -p "$out"
}

corpora() {
  [ -f "$corpus/items-10k.json" ] || "${java_[@]}" -cp "$cp_" org.opis.bench.Generate "$corpus"
}

# measure LABEL CMD...: one whole-process run under /usr/bin/time -v; prints wall, CPU and peak RSS
measure() {
  local label="$1"; shift
  local t; t="$(mktemp)"
  /usr/bin/time -v "$@" >/dev/null 2>"$t" || true
  awk -v l="$label" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = (n == 3) ? p[1]*3600 + p[2]*60 + p[3] : p[1]*60 + p[2] }
    /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { r = $2 } /Exit status/ { e = $2 }
    END { printf "%-58s wall %7.2f s  cpu %7.2f s  peak RSS %6.0f MB  exit %s  load %s\n", l, w, u + s, r / 1024, e, "'"$(cut -d' ' -f1 /proc/loadavg)"'" }' "$t" | tee -a "$out/whole.txt"
  rm -f "$t"
}

jmh() {
  build
  "${java_[@]}" -cp "$cp_" org.openjdk.jmh.Main "${1:-ArchivalBench|ListBench|NoteBench|BibTeXBench|CslJsonCorpusBench|FormatBench}" \
    -rf json -rff "$out/jmh.json" 2>&1 | tee "$out/jmh.txt"
}

whole() {
  build; corpora
  echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cat /proc/loadavg)" | tee -a "$out/whole.txt"
  measure "archival --input 100k --jobs 1" ./opis archival --format json --input "$corpus/archival-100k.txt" --jobs 1
  measure "archival --input 100k --jobs 2" ./opis archival --format json --input "$corpus/archival-100k.txt" --jobs 2
  measure "archival --input 1M --jobs 1" ./opis archival --format json --input "$corpus/archival-1m.txt" --jobs 1
  measure "archival --input 1M --jobs 2" ./opis archival --format json --input "$corpus/archival-1m.txt" --jobs 2
  head -n 10000 "$corpus/entries-100k.txt" > "$corpus/entries-10k.txt"
  measure "parse --lines 10k --jobs 1" ./opis parse "$corpus/entries-10k.txt" --lines --jobs 1
  measure "parse --lines 100k --jobs 1" ./opis parse "$corpus/entries-100k.txt" --lines --jobs 1
  measure "parse --lines 100k --jobs 2" ./opis parse "$corpus/entries-100k.txt" --lines --jobs 2
  measure "convert 50k .bib -> CSL-JSON" ./opis convert "$corpus/corpus-50k.bib" "$out/opis-50k.json"
  measure "check bundled note" ./opis check references/selivanov-2017/note.md
  measure "regex pass over archival 1M (grep -cE)" grep -cE '[0-9]+' "$corpus/archival-1m.txt"
}

side() {
  build; corpora
  local style="$home/csl/styles/chicago-author-date.csl"
  echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cat /proc/loadavg)" | tee -a "$out/side.txt"
  "${java_[@]}" -cp "$cp_" org.opis.bench.SideBySide bib "$corpus/corpus-50k.bib" 5 | tee -a "$out/side.txt"
  measure "opis convert 50k .bib -> CSL-JSON" ./opis convert "$corpus/corpus-50k.bib" "$out/opis-50k.json"
  measure "pandoc 50k .bib -> CSL-JSON" pandoc -f bibtex -t csljson "$corpus/corpus-50k.bib" -o "$out/pandoc-50k.json"
  measure "citation-js 50k .bib -> CSL-JSON" node src/jmh/node/bib-to-csl-citation-js.mjs "$corpus/corpus-50k.bib" "$out/cjs-50k.json"
  node src/jmh/node/bib-to-csl-citation-js.mjs "$corpus/corpus-50k.bib" "$out/cjs-50k.json" 2>&1 | tee -a "$out/side.txt"
  for n in 1k 10k; do
    "${java_[@]}" -cp "$cp_" org.opis.bench.SideBySide format "$corpus/items-$n.json" 3 | tee -a "$out/side.txt"
    node src/jmh/node/format-citeproc-js.mjs "$corpus/items-$n.json" 3 | tee -a "$out/side.txt"
    measure "opis format $n chicago-author-date" ./opis format "$corpus/items-$n.json" --style chicago-author-date
    # nocite in the document's own metadata: `-M nocite='@*'` is a plain string, and pandoc then formats nothing
    printf -- '---\nnocite: |\n  @*\n---\n' > "$out/nocite.md"
    measure "pandoc --citeproc $n chicago-author-date" pandoc -f markdown -t plain --citeproc --csl "$style" \
      --bibliography "$corpus/items-$n.json" "$out/nocite.md"
  done
}

# profile: JFR recordings of the whole-process runs, and where their CPU goes (src/jmh/hotspots.py)
profile() {
  build; corpora
  head -n 10000 "$corpus/entries-100k.txt" > "$corpus/entries-10k.txt"
  local jobs=("archival|archival --format json --input $corpus/archival-100k.txt"
              "parse|parse $corpus/entries-10k.txt --lines"
              "convert|convert $corpus/corpus-50k.bib $out/opis-50k.json"
              "format|format $corpus/items-1k.json --style chicago-author-date"
              "check|check references/selivanov-2017/note.md")
  for j in "${jobs[@]}"; do
    local name="${j%%|*}" args="${j#*|}"
    JAVA_TOOL_OPTIONS="-XX:StartFlightRecording=filename=$out/$name.jfr,settings=profile" ./opis $args >/dev/null 2>&1 || true
    { echo "== $name: opis $args"; jfr print --stack-depth 64 --events jdk.ExecutionSample "$out/$name.jfr" | python3 src/jmh/hotspots.py 12; } | tee -a "$out/hotspots.txt"
  done
}

# before-after OLD: this build against an older one (a directory holding its opis.jar and lib/, made
# with `mvn -B -q -Pjmh -DskipTests package && cp -r target/opis.jar target/lib OLD` at the old
# commit), in one JVM per stage, rounds alternating (org.opis.bench.BeforeAfter; CPU time of the
# working thread, median of rounds 2..; list and format outputs compared between the builds)
before_after() {
  build; corpora
  local old="$1" now="target/classes:target/lib/*" was="$1/opis.jar:$1/lib/*"
  [ -d target/classes ] || now="$cp_"
  echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cat /proc/loadavg)" | tee -a "$out/before-after.txt"
  head -n 20000 "$corpus/archival-100k.txt" > "$corpus/archival-20k.txt"
  head -n 2000 "$corpus/entries-100k.txt" > "$corpus/entries-2k.txt"
  awk '/^@/ { n++ } n <= 10000' "$corpus/corpus-50k.bib" > "$corpus/corpus-10k.bib"
  local run=("${java_[@]}" -Xmx3g -cp "$cp_" org.opis.bench.BeforeAfter)
  "${run[@]}" archival "$corpus/archival-20k.txt" 4 "$was" "$now" | tee -a "$out/before-after.txt"
  "${run[@]}" list "$corpus/entries-2k.txt" 4 "$was" "$now" | tee -a "$out/before-after.txt"
  "${run[@]}" bib "$corpus/corpus-10k.bib" 4 "$was" "$now" | tee -a "$out/before-after.txt"
  "${run[@]}" format "$corpus/items-1k.json" 4 "$was" "$now" | tee -a "$out/before-after.txt"
  "${run[@]}" format "$corpus/items-10k.json" 2 "$was" "$now" | tee -a "$out/before-after.txt"
}

case "$what" in
  jmh) jmh "${2:-}" ;;
  whole) whole ;;
  side) side ;;
  profile) profile ;;
  before-after) before_after "${2:?usage: src/jmh/run.sh before-after OLD_BUILD_DIR}" ;;
  all) jmh; whole; side ;;
  *) echo "usage: src/jmh/run.sh [all|jmh [REGEX]|whole|side|profile|before-after OLD_BUILD_DIR]" >&2; exit 2 ;;
esac
