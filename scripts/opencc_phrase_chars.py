#!/usr/bin/env python3
"""Writes Sources/FazhiCore/Resources/t2s-phrase-characters.json.

OpenCC's t2s config segments text by the longest entry of TSPhrases (MaxMatch) and converts each
segment through TSPhrases then TSCharacters. A phrase can therefore only span characters that
occur in some TSPhrases key: every other character is converted on its own, independent of its
neighbours. Fazhi's T2SConverter uses this list to send OpenCC only the runs of such characters
(and each other distinct character once), which gives exactly OpenCC's output at a fraction of
the cost. Dumps the dictionary with `opencc_dict` (Debian package `opencc`).
Usage: python3 scripts/opencc_phrase_chars.py
"""
import json, os, subprocess, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DICT = "/usr/share/opencc/TSPhrases.ocd2"


def main():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "TSPhrases.txt")
        subprocess.run(["opencc_dict", "-i", DICT, "-o", out, "-f", "ocd2", "-t", "text"], check=True)
        keys = [line.split("\t")[0] for line in open(out, encoding="utf-8") if line.strip()]
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libopencc-data"],
                             capture_output=True, text=True).stdout or "unknown"
    chars = sorted(set("".join(keys)))
    doc = {
        "version": 1,
        "about": "Every character that occurs in a key of OpenCC's TSPhrases dictionary (the phrase "
                 "dictionary of the t2s config). Characters outside this set are converted by t2s "
                 "on their own; see scripts/opencc_phrase_chars.py.",
        "source": f"libopencc-data {version}, {DICT}, {len(keys)} entries",
        "characters": "".join(chars),
    }
    path = os.path.join(ROOT, "Sources", "FazhiCore", "Resources", "t2s-phrase-characters.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {path}: {len(chars)} characters from {len(keys)} phrases")


if __name__ == "__main__":
    main()
