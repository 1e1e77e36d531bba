# vpce-advisor — every command sets up what it needs (scripts/setup.sh, idempotent).
PORT ?= 8080
.PHONY: setup build serve test test-sites bench fuzz dist clean

setup:
	scripts/setup.sh test

build:
	scripts/setup.sh build
	scripts/build.sh

## Builds the widget and serves www/ on http://127.0.0.1:$(PORT)/ under the strict CSP.
serve: build
	python3 scripts/serve.py --port $(PORT) --dir www

## Every check; exits non-zero on any failure; ends with "summary: N passed, N failed".
test:
	scripts/test.sh

## The widget in real documentation sites (Docusaurus, VitePress, Material for MkDocs, Hugo), each
## built by its own pinned generator and checked in headless Chromium; about 8 minutes (3–12 more
## the first time, to install the generators).
test-sites: build
	scripts/test-sites.sh

dist: build
	scripts/dist.sh

clean:
	rm -rf www/pkg dist target/test-logs

bench: build
	scripts/bench.sh

## The long fuzz run: 1,000,000 arbitrary JSON inputs into advise and costCurve (release build).
fuzz:
	PROPTEST_CASES=$${PROPTEST_CASES:-1000000} cargo test --locked --release -p vpce-advisor-core --test fuzz -- --nocapture
