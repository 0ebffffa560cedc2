# One entry point for set-up, the demo, every test and the benchmarks.
# Every target installs what it needs into .venv first.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
WIELVENV := build/wheel-venv

.PHONY: install demo test lint yaml-tests pytest test-wheel bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,dask]'
	touch $@

demo: install
	$(BIN)/arbeidsmigratie bevolking --datum 2026-06-15 --uitvoer uitvoer
	@echo
	$(BIN)/arbeidsmigratie voorbeelden

# The population benchmark (1,000,000 to 10,000,000 persons, about ten minutes on two free cores);
# writes its figures into README.md.
bench: install
	$(BIN)/python benchmarks/bevolking.py --aantal 1000000 --tot 10000000 --readme

test: lint yaml-tests pytest test-wheel

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/yamllint --strict .

yaml-tests: install
	$(BIN)/openfisca test -c openfisca_arbeidsmigratie $$(find tests -name '*.yaml' | sort)

pytest: install
	$(BIN)/python -m pytest -q

# The rules must also work from a plain (non-editable) install: build a fresh venv with
# `pip install .` and run `openfisca test` on the whole tests/ tree (YAML and Python) against
# it, from outside the checkout.
test-wheel: install
	rm -rf $(WIELVENV)
	$(PYTHON) -m venv $(WIELVENV)
	$(WIELVENV)/bin/pip install --quiet --disable-pip-version-check '.[dev]'
	cd /tmp && $(CURDIR)/$(WIELVENV)/bin/python -c "import openfisca_arbeidsmigratie as p; assert '$(CURDIR)/openfisca_arbeidsmigratie' not in p.__file__, p.__file__; print('installed package:', p.__file__)"
	cd /tmp && $(CURDIR)/$(WIELVENV)/bin/openfisca test -c openfisca_arbeidsmigratie $(CURDIR)/tests/

clean:
	rm -rf $(VENV) build dist *.egg-info
