# Fazhi: two-command start. `make demo` runs the product on the sample reports; `make test` runs the tests.
SWIFT ?= swift
BIN_DEBUG := .build/debug/fazhi
BIN := .build/release/fazhi

DEMO_DB := .build/demo.sqlite
PORT ?= 8080

.PHONY: deps build release demo demo-analyze test score eval bench fuzz clean

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The portal on the sample reports: ingests them into an embedded database and serves it (prints the URL).
demo: release
	@$(BIN) ingest samples/*.txt --db $(DEMO_DB) --quiet
	$(BIN) serve --db $(DEMO_DB) --port $(PORT)

# The analyses of the sample reports, printed.
demo-analyze: release
	@for f in samples/*.txt; do $(BIN) analyze "$$f"; echo; done

# The tests run against SQLite and against a private PostgreSQL cluster started for them
# (scripts/test-postgres.sh: loopback, a free port, removed afterwards).
test: deps
	$(SWIFT) build --build-tests
	./scripts/test-postgres.sh run $(SWIFT) test --skip-build

# Scores the analyzer on the seeds against ../shared/gold (needs the shared folder beside the repo).
score: release
	python3 ../shared/eval/score.py -v --fazhi $(BIN)

# The analyzer on the labelled corpus of real reports, held to its gate (docs/evaluation.md).
eval: release
	$(BIN) eval data/eval/real --misses none --gate data/eval/gate.json

bench: release
	$(BIN) bench

# The fuzzers, each target FUZZ_SECONDS in watched worker processes; inputs that crash or hang are
# saved in Tests/FuzzRegressions/ (docs/fuzzing.md). FUZZ_TARGETS=docx,text picks targets.
FUZZ_SECONDS ?= 60
FUZZ_SEED ?= 1
FUZZ_TARGETS ?=
fuzz: deps
	$(SWIFT) build -c release --product fazhi-fuzz
	nice -n 10 .build/release/fazhi-fuzz run --seconds $(FUZZ_SECONDS) --seed $(FUZZ_SEED) \
		$(if $(FUZZ_TARGETS),--targets $(FUZZ_TARGETS))

clean:
	rm -rf .build
