#!/usr/bin/env bash
# Installs the Debian packages Fazhi builds and runs with, if they are missing.
#   libopencc-dev, libopencc-data, opencc  OpenCC (script conversion; the CLI is the benchmark's baseline)
#   libsqlite3-dev                           SQLite for the embedded store (GRDB)
#   zlib1g-dev                               ZIPFoundation (.docx/.xlsx)
#   pkg-config                               finds libopencc for the COpenCC system library target
# and openpyxl from PyPI (Debian's python3-openpyxl where pip cannot install): the FazhiOffice tests read
# written .xlsx files back with it.
set -euo pipefail
packages=(libopencc-dev libopencc-data opencc libsqlite3-dev zlib1g-dev pkg-config)
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if ! python3 -c "import openpyxl" >/dev/null 2>&1; then
  echo "installing: openpyxl (PyPI)"
  if ! python3 -m pip install --quiet openpyxl; then
    echo "pip cannot install here (no pip, or an externally managed Python): installing python3-openpyxl"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-openpyxl
  fi
fi
