# One-command workflows. Everything installs into .venv; nothing global.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/translations/*.ts)
QM_DIR := wizard/resources/i18n
# Chromium refuses to start as root with its sandbox; only relax it for root (containers, CI).
ROOT_ENV := $(if $(filter 0,$(shell id -u)),QTWEBENGINE_DISABLE_SANDBOX=1,)

.PHONY: demo test lint perf contract translations clean help

help:
	@echo "make demo   - run the wizard against the built-in simulator"
	@echo "make test   - run the whole test suite (unit, integration, GUI)"
	@echo "make lint   - ruff"
	@echo "make perf   - benchmarks (tests/perf)"
	@echo "make contract - setup + repair journeys checked against the published API definitions"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(STAMP)
	@mkdir -p $(QM_DIR)
	@for ts in $(TS); do \
	  $(BIN)/pyside6-lrelease -silent $$ts -qm $(QM_DIR)/$$(basename $${ts%.ts}).qm || exit 1; \
	done

demo: $(STAMP) translations
	$(ROOT_ENV) $(BIN)/python -m wizard --demo $(ARGS)

test: $(STAMP) translations
	$(ROOT_ENV) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check wizard tests

perf: $(STAMP)
	$(ROOT_ENV) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/perf -q -s $(ARGS)

# The journeys plus the checkers, with a failing exit on any non-conforming call; then the report.
CONTRACT_TESTS := tests/contract tests/integration/test_setup_flow.py tests/integration/test_repair_scenarios.py \
	tests/gui/test_setup_journey.py tests/gui/test_repair_window.py
contract: $(STAMP) translations
	$(ROOT_ENV) WIZARD_CONTRACT=strict QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(CONTRACT_TESTS) $(ARGS); \
	  status=$$?; cat tests/artifacts/contract-report.txt; exit $$status

clean:
	rm -rf $(VENV) tests/artifacts build dist *.egg-info
