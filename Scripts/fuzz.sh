#!/usr/bin/env bash
# Fuzzes Sverka with libFuzzer (and AddressSanitizer): builds the targets of the Fuzz/ package and
# runs each for a fixed time.
#
#   Scripts/fuzz.sh [TARGET|all] [SECONDS]     TARGET: ingest, segment, align, writers (default: all, 60 s each)
#
# Targets (Fuzz/Sources/SverkaFuzzChecks):
#   ingest   bytes → InputDecoder: returns a normalised text or throws InputError, never traps
#   segment  text → DocumentSegmenter (ru, en, de; running and pre-segmented): DocumentInvariants, line numbers
#   align    two texts → AlignmentPipeline: AlignmentInvariants at both levels, sane confidences and divergences
#   writers  the same alignment in every output format: TMX/HTML parse as XML, JSON parses, TSV 7 columns, …
#
# Seeds come from Fuzz/Seeds/ and from Corpus/, Tests/Fixtures/ and ../shared/eval-data/ (when
# present), cut to the targets' input size; Fuzz/sverka.dict lists tokens the stages look for. libFuzzer keeps what it learns in Fuzz/.corpus/TARGET/ and writes a crashing,
# leaking or slow input to Fuzz/.crashes/TARGET/ (neither is under version control). Reproduce one
# with `Fuzz/.build/release/FuzzAlign FILE`, or without sanitisers:
# `swift run --package-path Fuzz --scratch-path Fuzz/.build-replay FuzzReplay align FILE`.
#
# Extra libFuzzer flags can be passed in FUZZ_FLAGS (e.g. FUZZ_FLAGS="-jobs=2 -workers=2").
# Exits 1 when a target found something.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

target=${1:-all}
seconds=${2:-60}
case "$target" in
    all) targets=(ingest segment align writers) ;;
    ingest|segment|align|writers) targets=("$target") ;;
    *) echo "usage: $0 [ingest|segment|align|writers|all] [SECONDS]" >&2; exit 1 ;;
esac
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then echo "$0: SECONDS must be a whole number" >&2; exit 1; fi

bash Scripts/bootstrap.sh

product() {
    case "$1" in
        ingest) echo FuzzIngest ;;
        segment) echo FuzzSegment ;;
        align) echo FuzzAlign ;;
        writers) echo FuzzWriters ;;
    esac
}

# Largest input per target (bytes): the decoder sees whole small files; alignment inputs stay
# small enough for thousands of runs a second.
max_len() {
    case "$1" in
        ingest) echo 16384 ;;
        segment) echo 4096 ;;
        *) echo 2048 ;;
    esac
}

# Each product is built on its own: SwiftPM links an executable's `main` to `<Module>_main`, which
# each fuzz target defines to start libFuzzer. The cached build plan is dropped first: SwiftPM does
# not notice source files added to the main package (a path dependency here) and would fail to
# find their declarations.
rm -f Fuzz/.build/release.yaml Fuzz/.build/release/description.json
for t in "${targets[@]}"; do
    swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
        --product "$(product "$t")" >&2
done

shared="$root/../shared/eval-data"

# seed FILE BYTES PREFIX OUT: writes PREFIX (printf format) and the first BYTES bytes of FILE to OUT.
seed() {
    local file=$1 bytes=$2 prefix=$3 out=$4
    [ -f "$file" ] || return 0
    { printf "$prefix"; head -c "$bytes" "$file"; } > "$out"
}

# pair SOURCE TARGET BYTES OPTION OUT: an alignment input, option byte, source, NUL, target.
pair() {
    local source=$1 target=$2 bytes=$3 option=$4 out=$5
    [ -f "$source" ] && [ -f "$target" ] || return 0
    { printf "$option"; head -c "$bytes" "$source"; printf '\0'; head -c "$bytes" "$target"; } > "$out"
}

make_seeds() {
    local t=$1 dir=$2
    rm -rf "$dir"
    mkdir -p "$dir"
    local n=0
    # Hand-made seeds (writers share align's input layout).
    local own=$t
    [ "$t" = writers ] && own=align
    cp Fuzz/Seeds/"$own"/* "$dir"/ 2>/dev/null || true
    case "$t" in
        ingest)
            # \376: let the decoder detect the encoding; \006 windows-1251, \007 KOI8-R, \002 UTF-16LE.
            for f in Corpus/*.md Tests/Fixtures/*.txt Tests/Fixtures/*.md; do
                seed "$f" 12000 '\376' "$dir/file-$((n++))"
            done
            seed Tests/Fixtures/short-ru.windows-1251.txt 12000 '\006' "$dir/cp1251-explicit"
            seed Tests/Fixtures/short-ru.koi8-r.txt 12000 '\007' "$dir/koi8-explicit"
            seed Tests/Fixtures/telegram-ru.utf16le-bom.md 12000 '\002' "$dir/utf16le-explicit"
            seed "$shared/ud-pud-ru-en/pud.ru" 4000 '\376' "$dir/pud-ru"
            seed "$shared/textberg-de-fr-vecalign/test0.de" 4000 '\376' "$dir/textberg-de"
            ;;
        segment)
            for f in Corpus/*.md Tests/Fixtures/*.utf8.md Tests/Fixtures/*.utf8.txt; do
                seed "$f" 4000 '\000' "$dir/file-$((n++))"
            done
            seed "$shared/ud-pud-ru-en/pud.ru" 4000 '\000' "$dir/pud-ru"
            seed "$shared/ud-pud-ru-en/pud.en" 4000 '\001' "$dir/pud-en"
            seed "$shared/textberg-de-fr-vecalign/test0.de" 4000 '\002' "$dir/textberg-de"
            seed "$shared/parice-en-is-sentalign/eng/n_1.txt" 4000 '\003' "$dir/parice-en"
            ;;
        align|writers)
            # Option byte (see AlignmentRecipe): \000 ru→en two levels, \020 sentence output,
            # \010 flat sentence search, \102 de→fr pre-segmented, \040 no clean-up.
            local ru=Corpus/wilson-113642-telegram-21646.ru.md en=Corpus/wilson-113642-telegram-21646.en.md
            pair "$ru" "$en" 900 '\000' "$dir/telegram"
            pair "$ru" "$en" 900 '\020' "$dir/telegram-nested"
            pair "$ru" "$en" 900 '\050' "$dir/telegram-flat-raw"
            pair "$shared/ud-pud-ru-en/pud.ru" "$shared/ud-pud-ru-en/pud.en" 900 '\000' "$dir/pud"
            pair "$shared/ud-pud-ru-en/pud.ru" "$shared/ud-pud-ru-en/pud.en" 900 '\100' "$dir/pud-presegmented"
            pair "$shared/textberg-de-fr-vecalign/test0.de" "$shared/textberg-de-fr-vecalign/test0.fr" 900 '\102' "$dir/textberg"
            pair "$shared/textberg-de-fr-vecalign/test0.de" "$shared/textberg-de-fr-vecalign/test0.fr" 900 '\212' "$dir/textberg-maxbead1"
            local single=Corpus/wilson-113642-telegram-21646.md
            seed "$single" 1900 '\000' "$dir/bilingual-file"
            ;;
    esac
}

status=0
for t in "${targets[@]}"; do
    corpus="Fuzz/.corpus/$t"
    seeds="Fuzz/.corpus/$t.seeds"
    crashes="Fuzz/.crashes/$t"
    mkdir -p "$corpus" "$crashes"
    make_seeds "$t" "$seeds"
    log="Fuzz/.crashes/$t.log"
    echo "== fuzzing $t for $seconds s (log: $log)" >&2
    before=$(find "$crashes" -type f | wc -l)
    # -timeout: an input taking 30 s is a finding (the aligner must stay near linear).
    # malloc_context_size=0: AddressSanitizer records no stack per allocation (Swift allocates a
    # lot; recording halved the speed), so reports show where memory was misused, not where it came from.
    # shellcheck disable=SC2086
    ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0}" \
    "Fuzz/.build/release/$(product "$t")" "$corpus" "$seeds" -dict=Fuzz/sverka.dict \
        -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=30 -rss_limit_mb=4096 \
        -artifact_prefix="$crashes/" -print_final_stats=1 ${FUZZ_FLAGS:-} 2> "$log" || true
    after=$(find "$crashes" -type f | wc -l)
    grep -E "^#[0-9]+[[:space:]]+DONE" "$log" >&2 || tail -n 5 "$log" >&2
    grep -E '^stat::number_of_executed_units' "$log" >&2 || true
    if [ "$after" -gt "$before" ]; then
        echo "!! $t: $((after - before)) new finding(s) in $crashes" >&2
        status=1
    fi
done
exit $status
