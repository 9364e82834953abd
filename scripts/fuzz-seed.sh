#!/usr/bin/env bash
# Writes the seed corpus of the fuzz target into Fuzz/corpus-seed/TARGET/ from Datasets/ (and any test
# fixture CSV or YAML files), plus a few hand-made edge cases. Small and deterministic; committed.
#   scripts/fuzz-seed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=Fuzz/corpus-seed
rm -rf "$SEED"
mkdir -p "$SEED"/{all,members,outputs,counts,config}

cp Datasets/members.csv "$SEED/members/datasets-members.csv"
cp Datasets/outputs.csv "$SEED/outputs/datasets-outputs.csv"
cp Datasets/reported_counts.csv "$SEED/counts/datasets-reported_counts.csv"
cp Datasets/report.yml "$SEED/config/datasets-report.yml"
# Test fixtures, by the file they stand for.
while IFS= read -r -d '' file; do
  base=$(basename "$file"); flat=$(echo "$file" | tr '/' '_')
  case "$base" in
    *members*.csv) cp "$file" "$SEED/members/$flat" ;;
    *outputs*.csv) cp "$file" "$SEED/outputs/$flat" ;;
    *reported_counts*.csv) cp "$file" "$SEED/counts/$flat" ;;
    *.yml|*.yaml) cp "$file" "$SEED/config/$flat" ;;
  esac
done < <(find Tests -path '*/Fixtures/*' -type f -print0)

# The "all" target: the four files joined by 0xFF bytes.
sep() { printf '\377'; }
{ cat Datasets/members.csv; sep; cat Datasets/outputs.csv; sep; cat Datasets/reported_counts.csv; sep; cat Datasets/report.yml; } \
  > "$SEED/all/datasets"
{ head -5 Datasets/members.csv; sep; head -5 Datasets/outputs.csv; sep; head -5 Datasets/reported_counts.csv; } \
  > "$SEED/all/datasets-head"

# Hand-made edge cases: a BOM, CR and CRLF line ends, quotes with line breaks, multibyte text, partial
# dates, a departure, blank lines, spaces around values, a bad date and a stray quote.
printf '\357\273\277acronym,name,country,region,joined,left\r\nESA,"European\r\nSpace ""Agency""",Europe,Europe,2007-11-06,\r\n\r\nJAXA,Japan Aerospace Exploration Agency – JAXA 🚀,Japan,Asia-Pacific,2009,2012-12-31\rAEB,Agência Espacial Brasileira,Brasil,Latin America,2020-08,\n' \
  > "$SEED/members/edge-bom-newlines.csv"
printf 'acronym,name,country,region,joined\nX , e\xcc\x81,Y,Europe,2019-02-30\nZ,"a"b,C,Oceania,1900-02-29\n' > "$SEED/members/edge-errors.csv"
printf 'date,type,title,lead\n2008,roadmap,"GER, first",NASA\n2011-09,roadmap,Second,\n2013-08-20,roadmap,Third,ESA\n2020-12-31,report," spaced ",JAXA\n' \
  > "$SEED/outputs/edge-roadmaps.csv"
printf 'date,reported_members,kind,context\n2007,14,total,\n2015-10,15,total,"a\nb"\n2009-06-12,10,attendance,\n2020,999999999,stale,\n' \
  > "$SEED/counts/edge-kinds.csv"
printf 'group: "G"\nkeywords: [a, b]\ncharts:\n  - membership-growth\npaper: letter\ntheme: dark\nunknown: 1\n' \
  > "$SEED/config/edge-keys.yml"
echo "seed corpus: $(find "$SEED" -type f | wc -l) files, $(du -sh "$SEED" | cut -f1)"
