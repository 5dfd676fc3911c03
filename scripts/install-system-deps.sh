#!/usr/bin/env bash
# Install the Debian packages the tests need, when they are missing:
#   chromium + fonts-wqy-zenhei  the explorer's browser tests (headless, with a CJK font)
#   raptor2-utils (rapper)       independent parsing of the Turtle / N-Triples / TriG outputs
#   rasqal-utils (roqet)         an independent SPARQL engine to compare answers with
#   wrk                          the HTTP load generator of scripts/bench_endpoint.py
#   virtuoso-opensource          a second real SPARQL server for the push / remote store tests
#                                (tests/servers.py runs its own virtuoso-t; the system service is not used)
# Safe to run repeatedly; does nothing when everything is present.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || need+=(fonts-wqy-zenhei)
command -v rapper >/dev/null 2>&1 || need+=(raptor2-utils)
command -v roqet >/dev/null 2>&1 || need+=(rasqal-utils)
command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource)
command -v wrk >/dev/null 2>&1 || need+=(wrk)

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
if [[ " ${need[*]} " == *" virtuoso-opensource "* ]]; then
  # The package asks for the dba password of its system database; the tests never use that database.
  pw="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  printf '%s\n' \
    "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password $pw" \
    "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password $pw" | $sudo debconf-set-selections
fi
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "system packages: installed ${need[*]}"
