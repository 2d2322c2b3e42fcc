# Salon: `make run` serves the app; `make test` runs the whole suite on real services;
# `make bench` measures it under load (STACK=postgres for PostgreSQL + Redis); `make soak` runs
# it for SOAK_SECONDS (10 minutes) watching for growth, loss and doubles (not part of make test).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STACK ?= sqlite
SERVER ?= uvicorn
SOAK_SECONDS ?= 600

.PHONY: run test bench soak lint venv clean model

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-run: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# llama-cpp-python comes from a wheel built for any AVX2 CPU (scripts/llama_wheel.sh), never
# from pip's -march=native build, which crashes on these machines' AMX.
$(VENV)/.installed-dev: requirements.txt requirements-dev.txt scripts/llama_wheel.sh | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check \
		--find-links "$$(scripts/llama_wheel.sh $(BIN)/pip)" -r requirements-dev.txt
	touch $@ $(VENV)/.installed-run

venv: $(VENV)/.installed-run

# Development mode unless told otherwise (settings default to DEBUG off).
run: export DEBUG ?= true
run: $(VENV)/.installed-run
	@echo "make run: DEBUG=$$DEBUG (true: development mode, never for a public server)"
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_personas
	$(BIN)/python -m chatsite.serve --host $(HOST) --port $(PORT)

# A small local model server for the personas (README: Personas on a real model). Then:
# LLM_BASE_URL=http://127.0.0.1:$(MODEL_PORT)/v1 LLM_MODEL=smollm2 make run
MODEL_PORT ?= 8081
model: $(VENV)/.installed-dev
	$(BIN)/python -m bots.local_model --host 127.0.0.1 --port $(MODEL_PORT)

test: $(VENV)/.installed-dev
	scripts/test.sh

bench: $(VENV)/.installed-dev
	$(BIN)/python scripts/bench.py --stack $(STACK) --server $(SERVER)

soak: $(VENV)/.installed-dev
	$(BIN)/python scripts/soak.py --seconds $(SOAK_SECONDS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts db.sqlite3 test-db.sqlite3
