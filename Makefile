# Two entry points for a fresh machine (see README): `make run` and `make test`.
# Everything else here is what those two need: a virtual environment and the project installed in it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8050

.PHONY: run test install install-test browser bench clean

run: $(VENV)/.installed
	$(BIN)/headcount serve --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-test browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@

# Headless Chromium for the browser tests, from Debian's packages (a tool's own browser download
# cannot work on these machines). Needs root, as on the developers' and CI machines.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian chromium + chromium-driver for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

bench: $(VENV)/.installed-test browser
	for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache
