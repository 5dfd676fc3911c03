#!/usr/bin/env bash
# Install Lighthouse 12 and axe-core from the npm registry into .web-audit/ (once; the tests then run offline).
set -euo pipefail
cd "$(dirname "$0")/.."
target=.web-audit
if [ -x "$target/node_modules/.bin/lighthouse" ] && [ -f "$target/node_modules/axe-core/axe.min.js" ]; then
  exit 0
fi
command -v npm >/dev/null || { echo "npm is missing: apt-get install -y npm" >&2; exit 1; }
mkdir -p "$target"
cp scripts/web-audit/package.json "$target/package.json"
npm install --prefix "$target" --no-audit --no-fund --loglevel=error
