# isecg-report: the two set-up commands are `make report` and `make test`; each installs what is missing.
SWIFT ?= swift
DATASETS ?= Datasets
OUT ?= Reports
BIN_RELEASE = .build/release/isecg-report
# make install PREFIX=/usr/local (the default) or PREFIX=$$HOME/.local; DESTDIR stages a package root.
PREFIX ?= /usr/local
DESTDIR ?=
INSTALL ?= install
MAN_DATE ?= 2026-12-02

# The binary install-files copies (the test suite points it at the debug build).
BIN ?= $(BIN_RELEASE)

.PHONY: deps build release report check test clean install install-files uninstall man gallery

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

# The Swift runtime and Foundation are linked in statically: the binary runs without a Swift toolchain,
# and a build starts 13 ms sooner (no dynamic relocation of Foundation and ICU; Benchmarks/README.md).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

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

## install: the binary, its man page and bash, zsh and fish completions (chart names, formats, themes, directories)
install: release
	$(MAKE) install-files

install-files:
	$(INSTALL) -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" \
		"$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
		"$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	$(INSTALL) -m 755 $(BIN) "$(DESTDIR)$(PREFIX)/bin/isecg-report"
	$(INSTALL) -m 644 docs/isecg-report.1 "$(DESTDIR)$(PREFIX)/share/man/man1/isecg-report.1"
	$(BIN) --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/isecg-report"
	$(BIN) --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_isecg-report"
	$(BIN) --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/isecg-report.fish"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/isecg-report" "$(DESTDIR)$(PREFIX)/share/man/man1/isecg-report.1" \
		"$(DESTDIR)$(PREFIX)/share/bash-completion/completions/isecg-report" \
		"$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_isecg-report" \
		"$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/isecg-report.fish"

## man: regenerate the committed docs/isecg-report.1 with swift-argument-parser's generate-manual plugin
## (a test checks that it names every option the binary's --help shows)
man:
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --configuration debug \
		--date $(MAN_DATE) --authors "isecg-report maintainers" --output-directory docs

## gallery: every chart of every stress set at six sizes in both themes, as contact sheets in gallery/sheets/
gallery: deps
	scripts/gallery.sh

clean:
	rm -rf .build
