#!/usr/bin/env bash
# The full report build against the pandas + matplotlib equivalent (Benchmarks/python/report_pandas.py),
# on the same datasets, timed in the same run and interleaved (python, isecg-report, [baseline], python, ...)
# so that a change in the machine's load hits every side alike. Release build.
#
#   Benchmarks/run-report-bench.sh                 # Datasets/, 5 runs each
#   RUNS=10 DATASETS=path/to/dir Benchmarks/run-report-bench.sh
#   SKIP_BUILD=1 BIN=.build-release/release/isecg-report BASELINE=/tmp/old-isecg-report Benchmarks/run-report-bench.sh
#
# BASELINE (optional): another isecg-report binary (e.g. the previous commit's) timed in the same rounds.
# Prints, per side, the median wall time with the spread (fastest and slowest run) and the median CPU time
# (user + system), then the ratios of the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
DATASETS=${DATASETS:-Datasets}
BIN=${BIN:-.build/release/isecg-report}
BASELINE=${BASELINE:-}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

command -v /usr/bin/time >/dev/null || { echo "install the 'time' package (apt-get install time)" >&2; exit 69; }
if [ ! -x Benchmarks/.venv/bin/python ]; then
  python3 -m venv Benchmarks/.venv
  Benchmarks/.venv/bin/pip install -q -r Benchmarks/python/requirements.txt
fi
[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --static-swift-stdlib --product isecg-report >/dev/null

sides=(python isecg-report)
[ -z "$BASELINE" ] || sides+=(baseline)
command_of() {
  case $1 in
    python) echo Benchmarks/.venv/bin/python Benchmarks/python/report_pandas.py "$DATASETS" "$OUT/python" ;;
    isecg-report) echo "$BIN" build --datasets "$DATASETS" --out "$OUT/swift" ;;
    baseline) echo "$BASELINE" build --datasets "$DATASETS" --out "$OUT/baseline" ;;
  esac
}

# One warm-up each (font caches, page cache), then RUNS rounds of one timed run per side.
for side in "${sides[@]}"; do $(command_of "$side") >/dev/null 2>&1; done
for _ in $(seq "$RUNS"); do
  for side in "${sides[@]}"; do
    /usr/bin/time -f '%e %U %S' -o "$OUT/time" $(command_of "$side") >/dev/null 2>&1
    read -r wall user sys < "$OUT/time"
    echo "$wall" >> "$OUT/$side.wall"
    echo "$user + $sys" | bc -l >> "$OUT/$side.cpu"
  done
done

# median FILE: the median of the numbers in FILE (one a line).
median() { sort -g "$1" | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f", m }'; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "datasets: $DATASETS; runs: $RUNS per side, interleaved, after one warm-up each"
for side in "${sides[@]}"; do
  printf '%-13s wall median %s s (%s to %s), CPU median %s s\n' "$side:" "$(median "$OUT/$side.wall")" \
    "$(sort -g "$OUT/$side.wall" | head -n 1)" "$(sort -g "$OUT/$side.wall" | tail -n 1)" "$(median "$OUT/$side.cpu")"
done
py=$(median "$OUT/python.wall")
swift=$(median "$OUT/isecg-report.wall")
echo "ratio (isecg-report / python, wall): $(echo "$swift / $py" | bc -l | cut -c1-6) ($(echo "$py / $swift" | bc -l | cut -c1-5)x faster)"
if [ -n "$BASELINE" ]; then
  base=$(median "$OUT/baseline.wall")
  echo "ratio (baseline / python, wall):     $(echo "$base / $py" | bc -l | cut -c1-6) ($(echo "$py / $base" | bc -l | cut -c1-5)x faster)"
fi
