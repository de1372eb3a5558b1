# One-command workflows. Everything installs into .venv; nothing global.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/translations/*.ts)
QM_DIR := wizard/resources/i18n
# Chromium refuses to start as root with its sandbox; only relax it for root (containers, CI).
ROOT_ENV := $(if $(filter 0,$(shell id -u)),QTWEBENGINE_DISABLE_SANDBOX=1,)

# The demo gets its own venv with the app and no test extras: what users get. The build venv for
# the installers is made only from the hashed lock file (packaging/requirements-lock.txt).
DEMO_VENV := build/demo-venv
DEMO_BIN := $(DEMO_VENV)/bin
DEMO_STAMP := $(DEMO_VENV)/.installed-stamp
BUILD_VENV := build/venv
BUILD_BIN := $(BUILD_VENV)/bin
BUILD_STAMP := $(BUILD_VENV)/.lock-stamp
LOCK := packaging/requirements-lock.txt

# $(call qm,BIN): compile the .ts catalogues with that venv's lrelease.
define qm
	@mkdir -p $(QM_DIR)
	@for ts in $(TS); do \
	  $(1)/pyside6-lrelease -silent $$ts -qm $(QM_DIR)/$$(basename $${ts%.ts}).qm || exit 1; \
	done
endef

.PHONY: demo test lint perf contract translations clean help package test-package lock screenshots

help:
	@echo "make demo   - run the wizard against the built-in simulator"
	@echo "make test   - run the whole test suite (unit, integration, GUI)"
	@echo "make lint   - ruff"
	@echo "make perf   - benchmarks (tests/perf)"
	@echo "make screenshots - every window in four languages, light and dark (tests/artifacts/screenshots/)"
	@echo "make contract - setup + repair journeys checked against the published API definitions"
	@echo "make package - the frozen app and the Linux .deb (build/deb/), from the locked build set"
	@echo "make test-package - build, install, run, inspect and remove the .deb (root; slow)"
	@echo "make lock   - re-pin packaging/requirements-lock.txt (with hashes) after a dependency change"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(STAMP)
	$(call qm,$(BIN))

$(DEMO_STAMP): pyproject.toml
	test -x $(DEMO_BIN)/python || $(PY) -m venv $(DEMO_VENV)
	$(DEMO_BIN)/python -m pip install --quiet --upgrade pip
	$(DEMO_BIN)/python -m pip install --quiet -e .
	touch $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(call qm,$(DEMO_BIN))
	$(ROOT_ENV) $(DEMO_BIN)/python -m wizard --demo $(ARGS)

test: $(STAMP) translations
	$(ROOT_ENV) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check wizard tests

perf: $(STAMP)
	$(ROOT_ENV) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/perf -q -s $(ARGS)

# The performance table (README "Performance"): tests/artifacts/bench.md and bench.json.
bench: $(STAMP) translations
	$(ROOT_ENV) QT_QPA_PLATFORM=offscreen $(BIN)/python tests/perf/bench.py $(ARGS)

# Every window in en/ko/ja/zh_CN on a light and a dark palette, then two sets at 200 % scaling on
# a 2560x1440 screen: tests/artifacts/screenshots/<lang>_<light|dark>[_x2]/ (README's images
# come from en_light).
SHOTS := tests/gui/test_screenshot_sets.py::test_every_window_in_each_language_and_palette
SCREEN_200 := offscreen:configfile=$(CURDIR)/tests/gui/offscreen-2560x1440.json
screenshots: $(STAMP) translations
	$(ROOT_ENV) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(SHOTS) $(ARGS)
	$(ROOT_ENV) QT_QPA_PLATFORM=$(SCREEN_200) QT_SCALE_FACTOR=2 $(BIN)/python -m pytest -q \
	  "$(SHOTS)[en-light]" "$(SHOTS)[ja-dark]" $(ARGS)

# The journeys plus the checkers, with a failing exit on any non-conforming call; then the report.
CONTRACT_TESTS := tests/contract tests/integration/test_setup_flow.py tests/integration/test_repair_scenarios.py \
	tests/gui/test_setup_journey.py tests/gui/test_repair_window.py
contract: $(STAMP) translations
	$(ROOT_ENV) WIZARD_CONTRACT=strict QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(CONTRACT_TESTS) $(ARGS); \
	  status=$$?; cat tests/artifacts/contract-report.txt; exit $$status

# ----------------------------------------------------------------------------- installers
$(BUILD_STAMP): $(LOCK)
	test -x $(BUILD_BIN)/python || $(PY) -m venv $(BUILD_VENV)
	$(BUILD_BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	touch $(BUILD_STAMP)

# The frozen app (build/dist/webex-scim-wizard) and, on Debian/Ubuntu, the .deb (build/deb/).
# The app goes into the build venv as a wheel, without dependencies: the lock already holds them.
package: $(BUILD_STAMP)
	$(call qm,$(BUILD_BIN))
	$(BUILD_BIN)/python packaging/make_icons.py build/icons
	rm -rf build/lib build/bdist.* build/wheel
	$(BUILD_BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w build/wheel .
	$(BUILD_BIN)/python -m pip install --quiet --no-deps --force-reinstall build/wheel/*.whl
	@# A dependency added to pyproject.toml but not to the lock fails here, not in the frozen app.
	$(BUILD_BIN)/python -m pip check || { echo "the lock is stale: run make lock" >&2; exit 1; }
	cd build && $(CURDIR)/$(BUILD_BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath work $(CURDIR)/packaging/webex-scim-wizard.spec
	$(ROOT_ENV) QT_QPA_PLATFORM=offscreen build/dist/webex-scim-wizard/webex-scim-wizard-cli --version
	if command -v dpkg-deb >/dev/null; then \
	  packaging/linux/build-deb.sh build/dist/webex-scim-wizard build/icons build/deb; fi

# Builds with `make package` itself (from the test), installs with dpkg: needs root.
test-package: $(STAMP)
	$(BIN)/python -m pytest -q -m package tests/packaging $(ARGS)

lock:
	test -x build/lock-venv/bin/uv || ($(PY) -m venv build/lock-venv && build/lock-venv/bin/pip install --quiet uv)
	build/lock-venv/bin/uv pip compile pyproject.toml packaging/requirements-build.in --universal \
	  --python-version 3.11 --generate-hashes --no-header -o $(LOCK)

clean:
	rm -rf $(VENV) tests/artifacts build dist *.egg-info
