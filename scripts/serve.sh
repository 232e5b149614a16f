#!/usr/bin/env bash
# Installs, builds and serves the production site on http://127.0.0.1:4321/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$RT_ROOT"
npm ci --no-audit --no-fund
npm run build
echo "Serving the built site on http://127.0.0.1:4321/ (Ctrl+C to stop)"
npm run preview
