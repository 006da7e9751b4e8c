#!/usr/bin/env bash
# The test command of the README: installs the oracles' prerequisites if missing, then runs every test
# project of the solution on the embedded database (SQLite). Set CATALOGUE_TEST_POSTGRES to a server
# connection string to run the API tests against PostgreSQL as well (CI does, see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/prerequisites.sh
dotnet test Catalogue.sln "$@"
