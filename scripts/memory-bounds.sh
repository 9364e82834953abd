#!/usr/bin/env bash
# Measures the peak RSS of `validate` and `stats` (release build) on a ~5 GB generated outputs.csv, and of
# `validate` on a 100 MB single field (quoted and unquoted). Target: every peak under 64 MB. Not a test
# (it takes minutes); docs/robustness.md records the figures.
#
#   scripts/memory-bounds.sh                   # 47M rows ≈ 5.0 GB, streamed through a named pipe (no disk)
#   MODE=file scripts/memory-bounds.sh         # writes the file instead (needs ~5 GB free; deleted at the end)
#   WITH_EDITIONS=1 scripts/memory-bounds.sh   # also stats on the generator's own mix (a quarter editions;
#                                              # over the limit before main's editions histogram, see docs)
#   ROWS=1000000 SKIP_BUILD=1 scripts/memory-bounds.sh
#
# The data lives in Benchmarks/data/memory (git-ignored) and is removed at the end, even on failure.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-47000000}
MODE=${MODE:-fifo}
LIMIT_MB=${LIMIT_MB:-64}
SCRATCH=${SCRATCH:-.build}
BIN="$SCRATCH/release/isecg-report"
DATA=Benchmarks/data/memory
TOOLS=Benchmarks/bin
CC=${CC:-cc}

command -v /usr/bin/time >/dev/null || { echo "install the 'time' package (apt-get install time)" >&2; exit 69; }
if [ -z "${SKIP_BUILD:-}" ]; then
  swift build -c release --static-swift-stdlib --product isecg-report --scratch-path "$SCRATCH" >&2
fi
mkdir -p "$DATA" "$TOOLS"
trap 'rm -rf "$DATA"' EXIT
"$CC" -O2 -o "$TOOLS/gen-outputs" Benchmarks/gen-outputs.c

if [ "$MODE" = file ]; then
  need_kb=$(( ROWS / 1000 * 110 ))
  avail_kb=$(df -Pk "$DATA" | awk 'NR == 2 { print $4 }')
  [ "$avail_kb" -gt $(( need_kb + 1048576 )) ] || { echo "not enough disk: need ~$(( need_kb / 1048576 )) GB" >&2; exit 73; }
fi

failures=0
# measure LABEL EXPECTED_STATUS CMD...: runs CMD under /usr/bin/time -v, prints seconds, MB/s and peak RSS.
measure() {
  local label=$1 expected=$2; shift 2
  local status=0
  /usr/bin/time -v -o "$DATA/time.txt" "$@" > "$DATA/stdout.txt" 2> "$DATA/stderr.txt" || status=$?
  local rss_kb seconds
  rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$DATA/time.txt")
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$DATA/time.txt")
  local verdict=ok
  if [ "$status" -ne "$expected" ]; then verdict="FAILED (exit $status, expected $expected)"; failures=$((failures + 1)); fi
  if [ "$rss_kb" -ge $(( LIMIT_MB * 1024 )) ]; then verdict="OVER ${LIMIT_MB} MB"; failures=$((failures + 1)); fi
  printf '%-34s %10s  peak RSS %7.1f MB  %s\n' "$label" "$seconds" "$(echo "$rss_kb / 1024" | bc -l)" "$verdict"
  tail -n 2 "$DATA/stdout.txt" "$DATA/stderr.txt" | sed 's/^/    /' | grep -v '^    $' | grep -v '==>' || true
}

# The generator's rows, as they are (a quarter are strategy or roadmap editions) or with "few editions": all
# but one in 100 000 strategy/roadmap rows turned into reports (real data has a handful of editions).
generate() {
  if [ "$1" = few-editions ]; then
    "$TOOLS/gen-outputs" "$ROWS" | awk -F, 'BEGIN { OFS = "," } NR > 1 && ($2 == "strategy" || $2 == "roadmap") && NR % 100000 { $2 = "report" } { print }'
  else
    "$TOOLS/gen-outputs" "$ROWS"
  fi
}

# outputs.csv: a named pipe fed by the generator for each command (no disk), or one real file.
prepare_outputs() {
  rm -f "$DATA/outputs.csv"
  if [ "$MODE" = fifo ]; then
    mkfifo "$DATA/outputs.csv"
    generate "$1" > "$DATA/outputs.csv" &
  else
    generate "$1" > "$DATA/outputs.csv"
  fi
}

cp Datasets/members.csv "$DATA/members.csv"
echo "outputs.csv: $ROWS rows (~$(( ROWS * 107 / 1000000 )) MB), mode $MODE; limit $LIMIT_MB MB"
if [ -z "${ONLY_STATS:-}" ]; then
  prepare_outputs all
  measure "validate ($ROWS rows)" 0 "$BIN" validate --datasets "$DATA"
  wait
fi
prepare_outputs few-editions
measure "stats --format json (few editions)" 0 "$BIN" stats --format json --datasets "$DATA"
wait
# The generator's own mix, a quarter editions (docs/robustness.md, finding 3: over the limit before the
# stats branch kept editions as a histogram; 55 MB since).
if [ -n "${WITH_EDITIONS:-}" ]; then
  prepare_outputs all
  measure "stats --format json (all editions)" 0 "$BIN" stats --format json --datasets "$DATA"
  wait
fi
rm -f "$DATA/outputs.csv"
[ -n "${ONLY_STATS:-}" ] && { [ "$failures" -eq 0 ] && exit 0 || exit 1; }

# A 100 MB field in members.csv: a clear error at line 2, column 5; exit 65.
for quoted in no yes; do
  q=""; [ "$quoted" = yes ] && q='"'
  { printf 'acronym,name,country,region,joined\nESA,%s' "$q"; head -c $((100 << 20)) /dev/zero | tr '\0' a; printf '%s,Europe,Europe,2007\n' "$q"; } \
    > "$DATA/members.csv"
  measure "validate (100 MB field, quoted=$quoted)" 65 "$BIN" validate --datasets "$DATA"
  grep -q "members.csv:2:5: error: field is longer than 1048576 bytes" "$DATA/stdout.txt" \
    || { echo "    expected the field-too-long error at 2:5" >&2; failures=$((failures + 1)); }
done

[ "$failures" -eq 0 ] && echo "all peaks under $LIMIT_MB MB" || { echo "$failures failure(s)" >&2; exit 1; }
