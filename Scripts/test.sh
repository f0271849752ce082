#!/usr/bin/env bash
# Runs the test suite: installs what is missing (ICU, libxml2; xmllint, Chromium and translate-toolkit for
# the writer tests, pandoc and LibreOffice for the reader tests), builds everything (the CLI tests run the built `sverka` binary), then runs the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/bootstrap.sh
bash Scripts/install-test-tools.sh
swift build --build-tests
swift test --skip-build "$@"
