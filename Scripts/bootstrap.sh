#!/usr/bin/env bash
# Installs what building Sverka needs and is missing: the ICU development files (libicu-dev).
# Safe to run repeatedly; installs nothing when all is present. Needs root (or sudo) only to install.
set -euo pipefail

need_icu() {
    [ -f /usr/include/unicode/ubrk.h ] && [ -f /usr/include/unicode/ucsdet.h ] && return 1
    return 0
}

if need_icu; then
    echo "bootstrap: installing libicu-dev (ICU headers and libraries)" >&2
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { echo "bootstrap: libicu-dev is missing; install it as root: apt-get install libicu-dev" >&2; exit 1; }
        SUDO="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends libicu-dev pkg-config >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
    echo "bootstrap: Swift is not on PATH; install a Swift toolchain (5.9 or later) first" >&2
    exit 1
fi
