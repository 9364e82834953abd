#!/usr/bin/env bash
# make gallery: renders every chart of every stress set (Tests/_TestSupport/StressSets.swift) at six sizes in
# both themes with the built binary, then assembles one contact sheet per chart and theme (rows: sets;
# columns: sizes) into $GALLERY (default gallery/, git-ignored). Failures (a chart that refuses a size) are
# listed in $GALLERY/failures.txt and left as labelled empty cells. Look at the sheets after every chart change.
set -euo pipefail
cd "$(dirname "$0")/.."
GALLERY=${GALLERY:-gallery}
JOBS=${JOBS:-2}
SIZES=(400x300 640x360 960x540 1280x720 1080x1080 540x960)
THEMES=(light dark)

swift build --product isecg-report >/dev/null
swift build --product stress-gallery >/dev/null
BIN=$(swift build --show-bin-path)
rm -rf "$GALLERY"
mkdir -p "$GALLERY/sets" "$GALLERY/png" "$GALLERY/sheets"
mapfile -t sets < <("$BIN/stress-gallery" sets "$GALLERY/sets")
mapfile -t charts < <("$BIN/isecg-report" charts | awk '{print $1}')

jobs_file="$GALLERY/jobs.txt"
: > "$jobs_file"
for set in "${sets[@]}"; do
  "$BIN/isecg-report" validate --datasets "$GALLERY/sets/$set" > "$GALLERY/sets/$set/validate.txt" 2>&1 || true
  mkdir -p "$GALLERY/png/$set"
  for chart in "${charts[@]}"; do
    for size in "${SIZES[@]}"; do
      for theme in "${THEMES[@]}"; do
        echo "$set $chart $size $theme" >> "$jobs_file"
      done
    done
  done
done
export BIN GALLERY
render() {
  local set=$1 chart=$2 size=$3 theme=$4
  local out="$GALLERY/png/$set/$chart-$size-$theme.png"
  local message status=0
  message=$("$BIN/isecg-report" chart "$chart" --datasets "$GALLERY/sets/$set" --size "$size" --theme "$theme" \
      --scale 1 -o "$out" 2>&1) || status=$?
  if [ "$status" -ne 0 ]; then
    echo "$set $chart $size $theme: exit $status: ${message//$'\n'/ }" >> "$GALLERY/failures.txt"
  fi
}
export -f render
: > "$GALLERY/failures.txt"
xargs -P "$JOBS" -L 1 bash -c 'render "$@"' _ < "$jobs_file"

for chart in "${charts[@]}"; do
  for theme in "${THEMES[@]}"; do
    cells=()
    for set in "${sets[@]}"; do
      for size in "${SIZES[@]}"; do cells+=("$set $size=$GALLERY/png/$set/$chart-$size-$theme.png"); done
    done
    "$BIN/stress-gallery" sheet "$GALLERY/sheets/$chart-$theme.png" "${#SIZES[@]}" 300 "$chart, $theme theme" "${cells[@]}"
  done
done
renders=$(wc -l < "$jobs_file"); failed=$(wc -l < "$GALLERY/failures.txt")
echo "gallery: ${#sets[@]} sets x ${#charts[@]} charts x ${#SIZES[@]} sizes x ${#THEMES[@]} themes = $renders renders, $failed failed (see $GALLERY/failures.txt); sheets in $GALLERY/sheets/"
