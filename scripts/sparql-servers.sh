#!/usr/bin/env bash
# Start an Oxigraph server and a Virtuoso on free ports of 127.0.0.1, as the tests do, and wait for Ctrl-C.
# Their files live in a temporary folder, removed when they stop. Then, in another shell:
#   source <the credentials file it prints>      # Virtuoso's generated dba password, for push
#   civickg push <URL>  /  civickg query awards --store <URL>
# Needs `pip install -e '.[test]'` (the oxigraph command) and scripts/install-system-deps.sh (Virtuoso).
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"
exec "$python" -m tests.servers
