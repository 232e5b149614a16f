#!/usr/bin/env bash
# Installs everything and runs every test: type check, unit tests, the production build with its
# search index, and the browser tests against the built site.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$RT_ROOT"
bash scripts/provision.sh
npm ci --no-audit --no-fund
npm test
