#!/usr/bin/env bash
# The import benchmark alone (vigia import against DuckDB 2.x): Benchmarks/run.sh --only import.
#   Benchmarks/import/run.sh [--runs N] [--scale S] [--keep]
exec "$(dirname "$0")/../run.sh" --only import "$@"
