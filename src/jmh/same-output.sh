#!/usr/bin/env bash
# Byte-identity check for speed work: what this build prints (org.opis.bench.SameOutput: parse of
# every list and note under references/ in text, json and csl-json, check of every note, parse
# --lines of every gold entry) against an older build's, file by file.
#   src/jmh/same-output.sh OLD_CLASSES [OUT]
# OLD_CLASSES: the older build's target/classes (copied aside before the change). The gold entries,
# one a line, are written to OUT/gold-entries.txt from references/*/gold.jsonl. Exit 0 when identical.
# Needs target/classes and target/lib (mvn -B -Pjmh -DskipTests package). 5–8 min per build at a load of ~20.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
old="$1"; out="${2:-target/same-output}"
mkdir -p "$out/bench"
python3 -c '
import json, glob, sys
with open(sys.argv[1], "w") as o:
    for f in sorted(glob.glob("references/*/gold.jsonl")):
        for l in open(f, encoding="utf-8"):
            if l.strip(): o.write(json.loads(l)["text"].replace("\n", " ") + "\n")
' "$out/gold-entries.txt"

javac -d "$out/bench" -cp "target/classes:target/lib/*" src/jmh/java/org/opis/bench/SameOutput.java
java -Xmx2g -cp "$out/bench:$old:target/lib/*" org.opis.bench.SameOutput "$out/before" "$out/gold-entries.txt"
java -Xmx2g -cp "$out/bench:target/classes:target/lib/*" org.opis.bench.SameOutput "$out/after" "$out/gold-entries.txt"
if diff -r "$out/before" "$out/after" > "$out/diff.txt"; then
  echo "identical: $(ls "$out/after" | wc -l) files"
else
  echo "DIFFERENT: see $out/diff.txt"; exit 1
fi
