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
#   libreoffice-writer, poppler-utils        the drafting tests print a drafted .docx to PDF with LibreOffice
#   fonts-noto-cjk, fonts-liberation         headless and read it back with pdfinfo/pdftotext; Noto CJK stands
#                                            in for the commercial 公文 fonts (scripts/gbt9704-fonts.conf) and
#                                            draws the Chinese in the browser test's screenshots; Liberation
#                                            Serif stands in for Times New Roman (the digits' widths)
#   libpoppler-glib-dev                      Poppler for PDFs (the CPoppler system library: text with positions,
#                                            pages drawn with cairo for OCR); LibreOffice (above) also converts
#                                            legacy Word (.doc, .wps, .rtf) at run time
#   libtesseract-dev, libleptonica-dev,      Tesseract and Leptonica for OCR of scans (the CTesseract system
#   tesseract-ocr-chi-sim, -chi-tra          library) and its simplified and traditional Chinese models
#   python3-pil                              the OCR tests make "scanned" PDFs with scripts/make-scan.py
#   python3-jsonschema                       the portal's tests check API responses against the OpenAPI schemas
#   chromium, chromium-driver                the portal's browser test (headless, through WebDriver)
#   postgresql                               the server store's tests run against a private cluster of it
#                                            (scripts/test-postgres.sh)
set -euo pipefail
packages=(libopencc-dev libopencc-data opencc libsqlite3-dev zlib1g-dev pkg-config python3-openpyxl)
packages+=(libreoffice-writer poppler-utils fonts-noto-cjk fonts-liberation libpoppler-glib-dev)
packages+=(libtesseract-dev libleptonica-dev tesseract-ocr-chi-sim tesseract-ocr-chi-tra python3-pil)
packages+=(python3-jsonschema chromium chromium-driver postgresql)
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
