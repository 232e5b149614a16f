#!/usr/bin/env bash
# Installs what the tests need beyond npm packages, where it is missing: Debian's Chromium for the
# browser tests (Playwright's own browser download does not work on every machine), nginx, which
# serves the built site with its security headers in the header tests, poppler and qpdf, which read
# the PDFs back, and Java for the Nu HTML checker. On a machine without apt (a
# contributor's laptop), Playwright's own Chromium is used instead; nginx must then be installed by hand.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v pdftotext >/dev/null || missing+=(poppler-utils)  # reads the press-release PDFs back in tests
command -v qpdf >/dev/null || missing+=(qpdf)  # reads the PDFs' structure (tags, links, metadata) back in tests
command -v java >/dev/null || missing+=(default-jre-headless)  # runs the Nu HTML checker (vnu-jar) in tests

if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  elif [[ " ${missing[*]} " == *" chromium "* ]]; then
    echo "No /usr/bin/chromium and no apt: using Playwright's own Chromium." >&2
    (cd "$RT_ROOT" && npx --yes playwright install chromium)
  fi
fi
