#!/usr/bin/env bash
# Installs what the tests' external oracles need, if missing: Debian's rapper (raptor2-utils) and the
# node modules of the oracles in ../shared/tools. Safe to run again; does nothing when all is there.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(cd "$here/.." && pwd)/shared"

if ! command -v rapper >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq raptor2-utils) >/dev/null
  else
    echo "prerequisites: rapper is missing; install Debian's raptor2-utils" >&2
  fi
fi
if [ -d "$shared/tools" ]; then
  for tool in shacl-validate graphql-conformance; do
    if [ -f "$shared/tools/$tool/package-lock.json" ] && [ ! -d "$shared/tools/$tool/node_modules" ]; then
      (cd "$shared/tools/$tool" && npm ci --no-audit --no-fund --loglevel=error) >/dev/null
    fi
  done
else
  echo "prerequisites: $shared not found; the oracle tests will fail and say so" >&2
fi
