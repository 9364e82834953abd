#!/bin/sh
# The CI figure steps, in one place: the README's GitHub Actions workflows call this script, and the test
# suite runs it in a temporary git repository (Tests/EndToEndTests/CIFiguresScriptTests.swift).
#
#   scripts/ci-figures.sh refresh   validate the datasets, rebuild the report set, commit it if it changed
#                                   (and push, with CI_FIGURES_PUSH=1)
#   scripts/ci-figures.sh check     compare the committed set with a fresh build. Current: $PR_COMMENT is
#                                   summary.md with its images linked under $IMAGE_BASE_URL (absolute, for a
#                                   pull-request comment). Stale: one GitHub annotation per file, before/after/
#                                   diff images of every stale PNG in $DIFF_DIR, the new set in $PREVIEW_DIR,
#                                   $PR_COMMENT lists the stale files then the new summary.md (with its "Changes
#                                   since the previous build"), and the exit status is 1
#
# Environment: ISECG_REPORT (the binary; default: `make release` and .build/release/isecg-report),
# DATASETS (Datasets), OUT (Reports), DIFF_DIR (figure-diff), PREVIEW_DIR (figure-preview), PR_COMMENT (pr-comment.md),
# IMAGE_BASE_URL (absolute URL under which PREVIEW_DIR's files will be served, for a pull-request comment),
# GIT_COMMITTER_NAME/EMAIL (default "figures bot"). SOURCE_DATE_EPOCH must be the same for refresh and
# check runs, or unset for both: it is the PDF's creation date.
set -eu

mode=${1:-}
DATASETS=${DATASETS:-Datasets}
OUT=${OUT:-Reports}
DIFF_DIR=${DIFF_DIR:-figure-diff}
PREVIEW_DIR=${PREVIEW_DIR:-figure-preview}
PR_COMMENT=${PR_COMMENT:-pr-comment.md}

if [ -n "${ISECG_REPORT:-}" ]; then
    bin=$ISECG_REPORT
else
    make release >&2
    bin=.build/release/isecg-report
fi

# In a container job the checkout belongs to another user: git refuses to work in it without this.
if [ -n "${GITHUB_WORKSPACE:-}" ]; then
    git config --global --add safe.directory "$GITHUB_WORKSPACE"
fi

case "$mode" in
refresh)
    "$bin" validate --datasets "$DATASETS" --quiet
    "$bin" build --datasets "$DATASETS" --out "$OUT"
    git add -A -- "$OUT"
    if git diff --cached --quiet -- "$OUT"; then
        echo "ci-figures: $OUT is current; nothing to commit"
        exit 0
    fi
    name=${GIT_COMMITTER_NAME:-figures bot}
    email=${GIT_COMMITTER_EMAIL:-figures-bot@users.noreply.github.com}
    git -c user.name="$name" -c user.email="$email" commit --quiet -m "Refresh figures from $DATASETS/" -- "$OUT"
    echo "ci-figures: committed the refreshed $OUT ($(git rev-parse --short HEAD))"
    if [ "${CI_FIGURES_PUSH:-0}" = 1 ]; then git push; fi
    ;;
check)
    status=0
    annotations=$(mktemp)
    trap 'rm -f "$annotations"' EXIT
    "$bin" build --datasets "$DATASETS" --out "$OUT" --check --format github --diff "$DIFF_DIR" > "$annotations" || status=$?
    cat "$annotations"
    # The new set, built over a copy of the committed one so that its summary.md starts with "Changes since
    # the previous build"; with absolute image links when IMAGE_BASE_URL says where PREVIEW_DIR is served.
    rm -rf "$PREVIEW_DIR"
    if [ -d "$OUT" ]; then cp -R "$OUT" "$PREVIEW_DIR"; fi
    set -- build --datasets "$DATASETS" --out "$PREVIEW_DIR" --quiet
    if [ -n "${IMAGE_BASE_URL:-}" ]; then set -- "$@" --image-base-url "$IMAGE_BASE_URL"; fi
    "$bin" "$@"
    if [ "$status" -eq 0 ]; then
        # Current: the summary as the pull-request comment.
        cp "$PREVIEW_DIR/summary.md" "$PR_COMMENT"
    elif [ "$status" -eq 1 ]; then
        # Stale: which files, then the new summary (what changed, the new charts).
        {
            echo "## Figures are stale"
            echo
            echo "\`$OUT/\` is not what \`$DATASETS/\` produce. Run \`make report\` and commit \`$OUT/\`."
            echo "Before, after and difference images of every changed chart are in the \`figure-diff\` artifact."
            echo
            sed -n 's/^::error file=\(.*\),title=\([a-z]*\)::.*$/- `\1`: \2/p' "$annotations"
            echo
            cat "$PREVIEW_DIR/summary.md"
        } > "$PR_COMMENT"
        echo "ci-figures: $OUT is stale; images in $DIFF_DIR, the new set in $PREVIEW_DIR" >&2
    fi
    exit "$status"
    ;;
*)
    echo "usage: scripts/ci-figures.sh refresh|check" >&2
    exit 64
    ;;
esac
