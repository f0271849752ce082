#!/usr/bin/env bash
# The main job: builds Sverka (release) and runs it. With no arguments it aligns the bundled
# telegram in Corpus/ and prints the report; otherwise the arguments go to `sverka`
# (e.g. `Scripts/sverka.sh align original.txt translation.txt --format tsv`).
#
# It builds in the repository but runs in the folder it was called from, so relative paths in
# the arguments are relative to that folder, as for any command. The binary it runs is
# .build/release/sverka in the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
(
    cd "$root"
    bash Scripts/bootstrap.sh
    swift build -c release --product sverka >&2
)
export SVERKA_CORPUS="${SVERKA_CORPUS:-$root/Corpus}"
exec "$root/.build/release/sverka" "$@"
