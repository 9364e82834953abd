#!/usr/bin/env bash
# Installs the Debian packages isecg-report needs, only those missing. Idempotent; uses sudo when not root.
set -euo pipefail
packages=(
  libcsv-dev        # CSV parsing (libcsv)
  libcairo2-dev     # PDF, PNG and SVG surfaces
  libpango1.0-dev   # text layout through PangoCairo
  libglib2.0-dev    # GChecksum (SHA-256 of the inputs); also a dependency of Pango
  fonts-dejavu-core # DejaVu Sans and Sans Mono: the first families of the font stack (Latin, Greek, Cyrillic)
  fonts-noto-core   # Noto Sans for Arabic, Hebrew, Devanagari and the other Indic scripts, Thai and more
  fonts-noto-cjk    # Noto Sans CJK: Chinese, Japanese, Korean (docs/fonts.md lists the whole stack)
  libqpdf-dev       # qpdf's C API: the PDF post-pass that adds /Alt and /Lang
  poppler-utils     # pdftotext / pdfinfo, used by the tests
  libxml2-utils     # xmllint, used by the tests to check SVG
  zlib1g-dev        # deflate for the PNG encoder
  qpdf              # reads the PDF outline and checks the PDF structure in the tests
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
