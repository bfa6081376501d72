#!/usr/bin/env bash
# Installs the Debian packages Fazhi builds and runs with, if they are missing.
#   libopencc-dev, libopencc-data, opencc  OpenCC (script conversion; the CLI is the benchmark's baseline)
#   libsqlite3-dev                           SQLite for the embedded store (GRDB)
#   zlib1g-dev                               ZIPFoundation (.docx/.xlsx)
#   pkg-config                               finds libopencc for the COpenCC system library target
#   python3-openpyxl                         the tests read written .xlsx files back with openpyxl, run by
#                                            the system /usr/bin/python3 (or $FAZHI_PYTHON, or a python3 on
#                                            the PATH that already has it); from Debian, not pip, which an
#                                            externally managed Python (PEP 668) or an offline machine refuses
#   postgresql                               the server store's tests run against a private cluster of it
#                                            (scripts/test-postgres.sh)
set -euo pipefail
packages=(libopencc-dev libopencc-data opencc libsqlite3-dev zlib1g-dev pkg-config python3-openpyxl postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
