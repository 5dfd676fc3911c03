#!/usr/bin/env bash
# Install the Debian packages the tests need, when they are missing:
#   chromium + fonts-wqy-zenhei  the explorer's browser tests (headless, with a CJK font)
#   raptor2-utils (rapper)       independent parsing of the Turtle / N-Triples / TriG outputs
#   rasqal-utils (roqet)         an independent SPARQL engine to compare answers with
# Safe to run repeatedly; does nothing when everything is present.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || need+=(fonts-wqy-zenhei)
command -v rapper >/dev/null 2>&1 || need+=(raptor2-utils)
command -v roqet >/dev/null 2>&1 || need+=(rasqal-utils)

if [ ${#need[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "error: need root or sudo to install: ${need[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "system packages: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "system packages: installed ${need[*]}"
