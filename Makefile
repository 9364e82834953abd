# isecg-report: the two set-up commands are `make report` and `make test`; each installs what is missing.
SWIFT ?= swift
DATASETS ?= Datasets
OUT ?= Reports
BIN_RELEASE = .build/release/isecg-report

.PHONY: deps build release report check test gallery clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## report: validate the bundled datasets and build the report set into Reports/
report: release
	$(BIN_RELEASE) validate --datasets $(DATASETS)
	$(BIN_RELEASE) build --datasets $(DATASETS) --out $(OUT)

## check: are the committed Reports/ current? (exit 1 and a list of stale files if not)
check: release
	$(BIN_RELEASE) build --datasets $(DATASETS) --out $(OUT) --check

## test: the whole test suite (debug build)
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## gallery: every chart of every stress set at six sizes in both themes, as contact sheets in gallery/sheets/
gallery: deps
	scripts/gallery.sh

clean:
	rm -rf .build
