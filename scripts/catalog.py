#!/usr/bin/env python3
"""Builds Sources/FazhiCore/Resources/catalog.json from data/catalog.source.json.

Adds the traditional-script form of every name, cue and topic (OpenCC `s2t`, from Debian's
`opencc` package), so the shipped catalog lists both scripts. Matching runs on text normalized
to simplified; the tests check that every traditional form normalizes back to its cue.
Usage: python3 scripts/catalog.py
"""
import json, os, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def s2t(words):
    if not words:
        return []
    out = subprocess.run(["opencc", "-c", "s2t"], input="\n".join(words), capture_output=True,
                         text=True, check=True).stdout.rstrip("\n").split("\n")
    assert len(out) == len(words)
    return out


def main():
    src = json.load(open(os.path.join(ROOT, "data", "catalog.source.json"), encoding="utf-8"))
    for fam in src["families"].values():
        fam["topicsTraditional"] = s2t(fam["topics"])
    for ind in src["indicators"]:
        ind["nameTraditional"] = s2t([ind["name"]])[0]
        ind["strongCuesTraditional"] = s2t(ind["strongCues"])
        if ind.get("weakCues"):
            ind["weakCuesTraditional"] = s2t(ind["weakCues"])
    path = os.path.join(ROOT, "Sources", "FazhiCore", "Resources", "catalog.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(src, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {path}: {len(src['indicators'])} indicators")


if __name__ == "__main__":
    main()
