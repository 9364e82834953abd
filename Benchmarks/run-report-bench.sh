#!/usr/bin/env bash
# The full report build against the pandas + matplotlib equivalent (Benchmarks/python/report_pandas.py),
# on the same datasets, timed in the same run. Release build.
#
#   Benchmarks/run-report-bench.sh                 # Datasets/, 5 runs each
#   RUNS=10 DATASETS=path/to/dir Benchmarks/run-report-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
DATASETS=${DATASETS:-Datasets}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

if [ ! -x Benchmarks/.venv/bin/python ]; then
  python3 -m venv Benchmarks/.venv
  Benchmarks/.venv/bin/pip install -q -r Benchmarks/python/requirements.txt
fi
[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --product isecg-report >/dev/null
BIN=.build/release/isecg-report

# One warm-up each (font caches, page cache), then RUNS timed runs; report the median wall time.
median_seconds() {
  local label=$1; shift
  "$@" >/dev/null 2>&1
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v label="$label" '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%s %.3f\n", label, m }'
}

py=$(median_seconds python Benchmarks/.venv/bin/python Benchmarks/python/report_pandas.py "$DATASETS" "$OUT/python")
swift=$(median_seconds isecg-report "$BIN" build --datasets "$DATASETS" --out "$OUT/swift")
py_s=${py#* }
swift_s=${swift#* }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "datasets: $DATASETS; runs: $RUNS (median wall time after one warm-up)"
echo "pandas + matplotlib: ${py_s} s"
echo "isecg-report build:  ${swift_s} s"
echo "ratio (isecg-report / python): $(echo "$swift_s / $py_s" | bc -l | cut -c1-6)"
