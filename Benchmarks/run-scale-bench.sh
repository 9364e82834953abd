#!/usr/bin/env bash
# `isecg-report build` at scale (issue 10, point 7): on 1M generated outputs (the bundled 30-odd members)
# and on 100k generated members (the bundled outputs), each under /usr/bin/time -v and a time limit.
# Prints, per case: wall time, peak RSS, the PDF's page count (pdfinfo), the largest output file and the
# size of summary.md. Release build; a benchmark, not a test. Needs `time` and `poppler-utils`.
#
#   Benchmarks/run-scale-bench.sh                          # 1M outputs and 100k members, 600 s each
#   OUTPUT_ROWS=100000 MEMBERS=10000 LIMIT=120 Benchmarks/run-scale-bench.sh
#   SKIP_BUILD=1 SCRATCH=.build Benchmarks/run-scale-bench.sh   # default scratch: .build-release
set -euo pipefail
cd "$(dirname "$0")/.."

OUTPUT_ROWS=${OUTPUT_ROWS:-1000000}
MEMBERS=${MEMBERS:-100000}
LIMIT=${LIMIT:-600}
SCRATCH=${SCRATCH:-.build-release}
BIN="$SCRATCH/release/isecg-report"
TOOLS=Benchmarks/bin
CC=${CC:-cc}

command -v /usr/bin/time >/dev/null || { echo "install the 'time' package (apt-get install time)" >&2; exit 69; }
command -v pdfinfo >/dev/null || { echo "install poppler-utils (pdfinfo)" >&2; exit 69; }
mkdir -p "$TOOLS"
"$CC" -O2 -o "$TOOLS/gen-outputs" Benchmarks/gen-outputs.c
"$CC" -O2 -o "$TOOLS/gen-members" Benchmarks/gen-members.c
[ -n "${SKIP_BUILD:-}" ] || swift build -c release --static-swift-stdlib --product isecg-report --scratch-path "$SCRATCH" >&2

# Data directories (git-ignored, deterministic, regenerated only when the size changes).
outputs_dir=Benchmarks/data/scale-outputs-$OUTPUT_ROWS
members_dir=Benchmarks/data/scale-members-$MEMBERS
mkdir -p "$outputs_dir" "$members_dir"
[ -s "$outputs_dir/outputs.csv" ] || "$TOOLS/gen-outputs" "$OUTPUT_ROWS" > "$outputs_dir/outputs.csv"
cp Datasets/members.csv "$outputs_dir/members.csv"
[ -s "$members_dir/members.csv" ] || "$TOOLS/gen-members" "$MEMBERS" > "$members_dir/members.csv"
cp Datasets/outputs.csv "$members_dir/outputs.csv"

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# run LABEL DATASETS: one timed build under the limit, then the figures of what it wrote.
run() {
  local label=$1 data=$2 out="$OUT/$1" log="$OUT/$1.time"
  local status=0
  timeout "$LIMIT" /usr/bin/time -v -o "$log" "$BIN" build --datasets "$data" --out "$out" \
    >"$OUT/$label.stdout" 2>"$OUT/$label.stderr" || status=$?
  echo "== $label ($data)"
  if [ "$status" = 124 ]; then echo "   timed out after ${LIMIT} s"; return; fi
  [ "$status" = 0 ] || { echo "   exit $status: $(tail -n 3 "$OUT/$label.stderr")"; }
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  echo "   wall: $wall   peak RSS: $((rss / 1024)) MB"
  [ -d "$out" ] || return 0
  local pdf
  pdf=$(ls "$out"/annual-summary-*.pdf 2>/dev/null | head -n 1)
  [ -n "$pdf" ] && echo "   PDF pages: $(pdfinfo "$pdf" | sed -n 's/^Pages: *//p') ($(stat -c %s "$pdf") bytes)"
  echo "   largest file: $(find "$out" -type f -printf '%s %P\n' | sort -n | tail -n 1)"
  [ -f "$out/summary.md" ] && echo "   summary.md: $(stat -c %s "$out/summary.md") bytes"
  return 0
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load: $(cut -d' ' -f1-3 /proc/loadavg)"
run "outputs-$OUTPUT_ROWS" "$outputs_dir"
run "members-$MEMBERS" "$members_dir"
