# One entry point for set-up, the demo, every test and the benchmarks.
# Every target installs what it needs into .venv first.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
WIELVENV := build/wheel-venv

.PHONY: install demo serve test lint yaml-tests specs-kort specs mutatie pytest test-wheel bench fuzz clean browser docs

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,dask,snel]'
	touch $@

demo: install
	$(BIN)/arbeidsmigratie bevolking --datum 2026-06-15 --uitvoer uitvoer
	@echo
	$(BIN)/arbeidsmigratie voorbeelden

# The Web API with the project's limits, on 127.0.0.1:5000 (docs/web-api.md).
serve: install
	$(BIN)/arbeidsmigratie serve --bind 127.0.0.1:5000

# The population benchmark (1,000,000 to 10,000,000 persons, about ten minutes on two free cores);
# and the fixed cost before the first person (benchmarks/vaste_kosten.py); writes its figures into
# docs/benchmark.md. It first checks that its numpy references decide as the rules do
# (benchmarks/test_numpy_route.py), then times.
# Bytecode is compiled first, as `pip install .` does for an installed package (an editable
# install leaves it to the first import, which PYTHONDONTWRITEBYTECODE=1 turns into compiling
# every module in every process).
bench: install fuzz
	$(BIN)/python -m compileall -q -j0 openfisca_arbeidsmigratie variables reforms benchmarks
	$(BIN)/python -m pytest -q -p no:cacheprovider benchmarks/test_numpy_route.py
	$(BIN)/python benchmarks/bevolking.py --aantal 1000000 --tot 10000000 --docs
	$(BIN)/python benchmarks/vaste_kosten.py --runs 5 --aantal 100000 --docs

# The property tests of the Web API, the werkbank and the YAML readers, 20 times longer than in
# `make test` (same seeds, more examples): no 500, no traceback (issues 20 and 25).
FUZZ := tests/tools/web/test_web_api_geen_500.py tests/tools/web/test_web_api_fuzz.py \
	tests/tools/web/werkbank/test_werkbank_grenzen.py tests/tools/test_yaml_eigenschappen.py \
	tests/model/test_verblijfsgeschiedenis.py
fuzz: install
	ARBEIDSMIGRATIE_FUZZ_FACTOR=20 $(BIN)/python -m pytest -q -p no:cacheprovider $(FUZZ)

# Every check, side by side once the venv and chromium are there (many tests wait on
# subprocesses, servers and the browser; the wheel's pip install waits on the disk). The YAML
# suite runs once, against the installed wheel (test-wheel); `make yaml-tests` runs it in the venv.
test: install browser
	$(MAKE) --no-print-directory --output-sync=target -j3 lint specs-kort pytest test-wheel

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/yamllint --strict .
	$(BIN)/lint-imports

yaml-tests: install
	$(BIN)/arbeidsmigratie test $$(find tests -name '*.yaml' | sort)

# Every bundled formal policy spec (docs/specs.md): `specs-kort` within the
# test budget (at most 20,000 combinations per spec and date, under 60 s in all), `specs` the
# full check. Counterexamples are written to tegenvoorbeelden/.
specs-kort: install
	$(BIN)/arbeidsmigratie controleer --budget 20000 --stil

specs: install
	$(BIN)/arbeidsmigratie controleer --budget 2000000

# The mutation score (docs/mutatie.md): 200 seeded mutants of variables/ and parameters/, each
# against the YAML suite (its own tests first) and, if it survives, the specs; one worker process
# per core, niced (about ten minutes on two shared cores).
mutatie: install
	nice -n 10 $(BIN)/arbeidsmigratie mutatie --aantal 200 --zaad 2026 --verslag docs/mutatie.md

# pytest in three workers (pytest-xdist) on two cores: about a third of the suite's time is
# spent waiting on subprocesses, servers and the browser, which a third worker fills; idle
# workers take queued tests from busy ones (worksteal), so the long tests do not end the run alone.
pytest: install
	$(BIN)/python -m pytest -q -n 3 --dist worksteal

# The workbench's browser tests drive Debian's chromium through Playwright (Playwright's own
# browser download is not used): install chromium where it is missing (needs root, as in CI).
browser:
	@test -x /usr/bin/chromium || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }

# The rules must also work from a plain (non-editable) install: build a fresh venv with
# `pip install .` and, from outside the checkout, run the YAML suite against it and smoke-test
# the command line. The pytest suite runs once, in `pytest`. Without the `snel` extra (numba)
# this venv runs the numpy fallback of the residence-history walk.
test-wheel: install
	rm -rf $(WIELVENV)
	$(PYTHON) -m venv $(WIELVENV)
	$(WIELVENV)/bin/pip install --quiet --disable-pip-version-check .
	cd /tmp && $(CURDIR)/$(WIELVENV)/bin/python -c "import openfisca_arbeidsmigratie as p; assert '$(CURDIR)/openfisca_arbeidsmigratie' not in p.__file__, p.__file__; print('installed package:', p.__file__)"
	cd /tmp && $(CURDIR)/$(WIELVENV)/bin/arbeidsmigratie test $$(find $(CURDIR)/tests -name '*.yaml' | sort)
	cd /tmp && $(CURDIR)/$(WIELVENV)/bin/arbeidsmigratie voorbeelden > /dev/null
	cd /tmp && $(CURDIR)/$(WIELVENV)/bin/arbeidsmigratie uitleg $(CURDIR)/tests/wav/vergunningplicht/twv_vereist.yaml --variabele twv_vereist > /dev/null
	cd /tmp && $(CURDIR)/$(WIELVENV)/bin/arbeidsmigratie controleer --budget 2000 --stil > /dev/null
	cd /tmp && $(CURDIR)/$(WIELVENV)/bin/arbeidsmigratie actueel --datum 2026-12-07 > /dev/null

# The command-line reference docs/cli.md, generated from the parsers (tests/test_docs.py fails
# when it is stale).
docs: install
	$(BIN)/python -m openfisca_arbeidsmigratie.tools.cli.naslag docs/cli.md

clean:
	rm -rf $(VENV) build dist *.egg-info
