#!/usr/bin/env bash
# Installs what building and running Sverka needs and is missing: ICU (libicu-dev), Snowball's
# stemmers (libstemmer-dev), zlib (zlib1g-dev), libxml2 (libxml2-dev, for the DOCX, ODT, HTML and
# EPUB readers), poppler's GLib interface for reading PDFs (libpoppler-glib-dev; the build finds
# both with pkg-config) and Mueller's English–Russian dictionary (mueller7-dict).
# Safe to run repeatedly; installs nothing when all is present. Needs root (or sudo) only to install.
set -euo pipefail

# What the build needs (headers) and what the aligner reads at run time (the dictionary).
missing=()
[ -f /usr/include/unicode/ubrk.h ] && [ -f /usr/include/unicode/ucsdet.h ] || missing+=(libicu-dev)
[ -f /usr/include/libstemmer.h ] || missing+=(libstemmer-dev)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
[ -f /usr/include/libxml2/libxml/HTMLparser.h ] || missing+=(libxml2-dev)
[ -f /usr/include/poppler/glib/poppler.h ] || missing+=(libpoppler-glib-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ -f /usr/share/dictd/mueller7.dict.dz ] || missing+=(mueller7-dict)

if [ "${#missing[@]}" -gt 0 ]; then
    echo "bootstrap: installing ${missing[*]}" >&2
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { echo "bootstrap: missing ${missing[*]}; install as root: apt-get install ${missing[*]}" >&2; exit 1; }
        SUDO="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
    echo "bootstrap: Swift is not on PATH; install a Swift toolchain (6.0 or later) first" >&2
    exit 1
fi
