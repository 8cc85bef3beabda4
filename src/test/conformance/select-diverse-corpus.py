#!/usr/bin/env python3
"""Selects the diverse item set of the formatting corpus (DiverseCorpusTest) from the hand-checked
gold records of references/*/gold.jsonl, and writes the citation clusters that cite them.

Reproducible rule (no random generator: the order inside a stratum is the SHA-1 of
"opis-corpus-12|" + the record's canonical JSON, so adding a list changes only what it adds):
  1. read every references/*/gold.jsonl in path order; an item's id is LIST-LINE (its source);
     records whose canonical JSON (without the citation-level key "locator") was seen before are skipped;
  2. walk the strata below in order; each takes, in hash order, up to its quota of records that
     match it and are not taken yet;
  3. same author + same year: every group of >= 2 records whose first name (family or literal) and
     year agree, in hash order of the group key, until 24 groups are in (suffixes a/b and given-name
     disambiguation);
  4. fill with the remaining records in hash order up to 320 items (the strata already give 400).
Clusters (in document order, which matters to note styles): every item once with a locator whose
label rotates through CSL 1.0.2's 16 locator labels and whose value rotates through
"12", "112-115", "iv", "7, 9"; every 5th item cited again at once (ibid. with another pinpoint),
every 7th again with the same pinpoint (ibid.), every 4th in a group with the items 3 and 10 places
before it (subsequent cites), every 9th without a locator, every 11th with a prefix "see " and every
13th with a suffix ", n. 4".

Usage (from the project root): python3 src/test/conformance/select-diverse-corpus.py
writes src/test/resources/org/opis/csl/conformance/corpus300/{items.json,clusters.json,provenance.tsv}.
"""
import glob
import hashlib
import json
import os
import re

OUT = "src/test/resources/org/opis/csl/conformance/corpus300"
SEED = "opis-corpus-12|"
TARGET = 320
LABELS = ["page", "volume", "chapter", "folio", "section", "paragraph", "line", "note", "book", "part",
          "column", "figure", "issue", "opus", "verse", "sub verbo"]
VALUES = ["12", "112-115", "iv", "7, 9"]

CYR = re.compile(r"[\u0400-\u04FF]")
VIET = re.compile(r"[ơưđĐƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
TRANSLIT = re.compile(r"[ʹʺ]|\b\w*(?:zh|kh|shch)\w*\b|\w+(?:skii|skij|skaia|skaja|skaya|ogo|ykh|ikh|nyi|nyj)\b", re.I)


def text(r):
    return json.dumps(r, ensure_ascii=False)


def names(r, var):
    return r.get(var, []) or []


def first_name_key(r):
    for var in ("author", "editor"):
        ns = names(r, var)
        if ns:
            n = ns[0]
            return (n.get("family") or n.get("literal") or "").strip().lower()
    return ""


def year(r):
    try:
        return str(r["issued"]["date-parts"][0][0])
    except (KeyError, IndexError, TypeError):
        return ""


def is_ru(r):
    return str(r.get("language", "")).lower().startswith(("ru", "uk", "be"))


STRATA = [
    ("cyrillic", 45, lambda r: bool(CYR.search(text(r)))),
    ("vietnamese", 30, lambda r: bool(VIET.search(text(r))) or str(r.get("language", "")).startswith("vi")),
    ("transliterated", 25, lambda r: not CYR.search(text(r)) and (is_ru(r) or bool(TRANSLIT.search(r.get("title", ""))))),
    ("corporate", 20, lambda r: any("literal" in n for n in names(r, "author"))),
    ("editor-no-author", 12, lambda r: names(r, "editor") and not names(r, "author")),
    ("editor", 12, lambda r: bool(names(r, "editor"))),
    ("translator", 15, lambda r: bool(names(r, "translator"))),
    ("et-al", 15, lambda r: len(names(r, "author")) >= 4),
    ("particle-suffix", 15, lambda r: any(k in n for v in ("author", "editor") for n in names(r, v)
                                          for k in ("suffix", "non-dropping-particle", "dropping-particle"))),
    ("multi-volume", 20, lambda r: r.get("type") == "book" and ("volume" in r or "number-of-volumes" in r)),
    ("chapter", 25, lambda r: r.get("type") == "chapter"),
    ("article-journal", 25, lambda r: r.get("type") == "article-journal"),
    ("newspaper", 25, lambda r: r.get("type") == "article-newspaper"),
    ("magazine", 8, lambda r: r.get("type") == "article-magazine"),
    ("manuscript-archive", 20, lambda r: r.get("type") == "manuscript" or "archive" in r or "archive_location" in r),
    ("webpage", 20, lambda r: r.get("type") in ("webpage", "post-weblog") or ("URL" in r and "accessed" in r)),
    ("edition", 10, lambda r: "edition" in r),
    ("no-date", 10, lambda r: "issued" not in r),
    ("other-types", 40, lambda r: r.get("type") not in ("book", "article-journal", "chapter", "article-newspaper",
                                                         "webpage", "article-magazine", "manuscript")),
]


def h(s):
    return hashlib.sha1((SEED + s).encode("utf-8")).hexdigest()


def main():
    records = []  # (id, list, line, csl)
    seen = set()
    for path in sorted(glob.glob("references/*/gold.jsonl")):
        lst = os.path.basename(os.path.dirname(path))
        with open(path, encoding="utf-8") as f:
            for no, line in enumerate(f, 1):
                if not line.strip():
                    continue
                csl = dict(json.loads(line)["csl"])
                csl.pop("locator", None)
                canon = json.dumps(csl, ensure_ascii=False, sort_keys=True)
                if canon in seen:
                    continue
                seen.add(canon)
                records.append((f"{lst}-{no}", lst, no, csl, canon))
    taken = {}
    why = {}

    def take(rec, stratum):
        if rec[0] not in taken:
            taken[rec[0]] = rec
            why[rec[0]] = stratum

    for name, quota, pred in STRATA:
        got = 0
        for rec in sorted(records, key=lambda x: h(x[4])):
            if got >= quota:
                break
            if rec[0] in taken or not pred(rec[3]):
                continue
            take(rec, name)
            got += 1
    groups = {}
    for rec in records:
        k = (first_name_key(rec[3]), year(rec[3]))
        if k[0] and k[1]:
            groups.setdefault(k, []).append(rec)
    n = 0
    for k in sorted((k for k, v in groups.items() if len(v) >= 2), key=lambda k: h("|".join(k))):
        if n >= 24:
            break
        for rec in groups[k][:3]:
            take(rec, "same-author-year")
        n += 1
    for rec in sorted(records, key=lambda x: h(x[4])):
        if len(taken) >= TARGET:
            break
        take(rec, "fill")
    chosen = sorted(taken.values(), key=lambda x: h(x[4]))
    items = []
    for rec in chosen:
        item = {"id": rec[0]}
        item.update(rec[3])
        items.append(item)
    ids = [i["id"] for i in items]
    clusters = []
    for i, id_ in enumerate(ids):
        cite = {"id": id_}
        if i % 9 != 8:
            cite["locator"] = VALUES[i % len(VALUES)]
            cite["label"] = LABELS[i % len(LABELS)]
        if i % 11 == 10:
            cite["prefix"] = "see "
        if i % 13 == 12:
            cite["suffix"] = ", n. 4"
        clusters.append([cite])
        if i % 5 == 4:
            clusters.append([{"id": id_, "locator": "27", "label": "page"}])
        if i % 7 == 6:
            clusters.append([dict(cite)])
        if i % 4 == 3 and i >= 10:
            clusters.append([{"id": ids[i - 3], "locator": "5", "label": "page"}, {"id": ids[i - 10]}, {"id": id_}])
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "items.json"), "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "clusters.json"), "w", encoding="utf-8") as f:
        json.dump(clusters, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "provenance.tsv"), "w", encoding="utf-8") as f:
        f.write("# id\tlist (references/LIST/gold.jsonl, source and licence in references/LIST/README.md)\tline\tstratum\n")
        for rec in chosen:
            f.write(f"{rec[0]}\t{rec[1]}\t{rec[2]}\t{why[rec[0]]}\n")
    counts = {}
    for v in why.values():
        counts[v] = counts.get(v, 0) + 1
    print(f"{len(items)} items, {len(clusters)} clusters; by stratum: {counts}")


if __name__ == "__main__":
    main()
