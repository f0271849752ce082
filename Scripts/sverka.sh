#!/usr/bin/env bash
# The main job: builds Sverka (release) and runs it. With no arguments it aligns the bundled
# telegram in Corpus/ and prints the report; otherwise the arguments go to `sverka`
# (e.g. `Scripts/sverka.sh align original.txt translation.txt --format tsv`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/bootstrap.sh
swift build -c release --product sverka >&2
exec .build/release/sverka "$@"
