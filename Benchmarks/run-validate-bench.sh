#!/usr/bin/env bash
# Times `isecg-report validate` on a generated 10-million-row outputs.csv against raw libcsv on the same
# file, and reports throughput (MB/s), the ratio and peak RSS. Release build; not a test.
#
#   Benchmarks/run-validate-bench.sh            # 10M rows (~0.9 GB in Benchmarks/data/big, git-ignored)
#   ROWS=1000000 Benchmarks/run-validate-bench.sh
#   SKIP_BUILD=1 SCRATCH=.build Benchmarks/run-validate-bench.sh   # default scratch: .build-release
#
# To time another command on the same data, add a line at the end:
#   time_cmd "stats" "$BIN" stats --datasets "$DATA"
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-10000000}
SCRATCH=${SCRATCH:-.build-release}
# One directory per size, so a quick 1M-row run does not overwrite the 10M-row file.
if [ "$ROWS" = 10000000 ]; then DATA=${DATA:-Benchmarks/data/big}; else DATA=${DATA:-Benchmarks/data/rows-$ROWS}; fi
TOOLS=Benchmarks/bin
BIN="$SCRATCH/release/isecg-report"
CC=${CC:-cc}

command -v /usr/bin/time >/dev/null || { echo "install the 'time' package (apt-get install time)" >&2; exit 69; }
mkdir -p "$DATA" "$TOOLS"

"$CC" -O2 -o "$TOOLS/gen-outputs" Benchmarks/gen-outputs.c
"$CC" -O2 -o "$TOOLS/libcsv-baseline" Benchmarks/libcsv-baseline.c -lcsv

stamp="$DATA/.rows"
if [ ! -f "$DATA/outputs.csv" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$ROWS" ]; then
  echo "generating $ROWS rows..." >&2
  "$TOOLS/gen-outputs" "$ROWS" > "$DATA/outputs.csv"
  echo "$ROWS" > "$stamp"
fi
cp Datasets/members.csv "$DATA/members.csv"
rm -f "$DATA/reported_counts.csv" "$DATA/report.yml"

if [ -z "${SKIP_BUILD:-}" ]; then
  swift build -c release --static-swift-stdlib --product isecg-report --scratch-path "$SCRATCH" >&2
fi

BYTES=$(( $(stat -c %s "$DATA/outputs.csv") + $(stat -c %s "$DATA/members.csv") ))
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "input:   $DATA ($ROWS rows, $(( BYTES / 1000000 )) MB)"

declare -A SECONDS_OF
# time_cmd LABEL CMD...: runs CMD once (output discarded), prints seconds, MB/s over the input and peak RSS.
time_cmd() {
  local label=$1; shift
  local report; report=$(mktemp)
  local status=0
  /usr/bin/time -f '%e %M' -o "$report" "$@" >/dev/null || status=$?
  read -r seconds rss_kb < <(tail -n 1 "$report")
  rm -f "$report"
  SECONDS_OF[$label]=$seconds
  awk -v l="$label" -v s="$seconds" -v r="$rss_kb" -v b="$BYTES" -v st="$status" \
    'BEGIN { printf "%-18s %7.2f s  %7.1f MB/s  peak RSS %6.1f MB  exit %d\n", l, s, b / 1e6 / s, r / 1024, st }'
}

time_cmd "libcsv (raw)" "$TOOLS/libcsv-baseline" "$DATA/outputs.csv"
time_cmd "validate" "$BIN" validate --datasets "$DATA"
awk -v a="${SECONDS_OF["libcsv (raw)"]}" -v b="${SECONDS_OF[validate]}" \
  'BEGIN { printf "validate throughput = %.0f %% of raw libcsv\n", 100 * a / b }'

# libcsv's defaults (options 0, built-in space test): what the parser costs without the reader's
# space-preserving configuration, for reference.
time_cmd "libcsv (default)" "$TOOLS/libcsv-baseline" "$DATA/outputs.csv" default
time_cmd "stats" "$BIN" stats --datasets "$DATA"
awk -v a="${SECONDS_OF[validate]}" -v b="${SECONDS_OF[stats]}" \
  'BEGIN { printf "stats costs %+.0f %% over validate\n", 100 * (b - a) / a }'
