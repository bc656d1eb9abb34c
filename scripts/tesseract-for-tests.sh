#!/usr/bin/env bash
# Make sure Debian's Tesseract OCR (with Spanish and English data) is there for the test suite.
# Installs tesseract-ocr, tesseract-ocr-spa and tesseract-ocr-eng quietly when the program or a
# language is missing and this user is root (CI machines); otherwise says that OCR tests skip.
# Nothing is downloaded at run time by recuento itself: the language data comes from these packages.
# Usage: scripts/tesseract-for-tests.sh   (exit status 0 either way)
set -uo pipefail
PROGRAM="${RECUENTO_TESSERACT:-tesseract}"
PACKAGES=(tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng)

ready() {
  command -v "$PROGRAM" >/dev/null 2>&1 || return 1
  local langs
  langs="$("$PROGRAM" --list-langs 2>/dev/null)" || return 1
  grep -qx spa <<<"$langs" && grep -qx eng <<<"$langs"
}

if ready; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "tesseract with Spanish and English data is not installed and this user cannot install it:" \
    "OCR tests will skip (sudo apt-get install ${PACKAGES[*]})" >&2
  exit 0
fi
echo "installing Tesseract OCR from Debian packages…" >&2
if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"; } \
  >/dev/null 2>&1; then
  echo "could not install ${PACKAGES[*]}: OCR tests will skip" >&2
  exit 0
fi
if ready; then
  echo "$("$PROGRAM" --version 2>&1 | head -n 1) is installed" >&2
else
  echo "tesseract is still not usable as '$PROGRAM': OCR tests will skip" >&2
fi
exit 0
