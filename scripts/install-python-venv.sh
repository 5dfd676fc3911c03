#!/usr/bin/env bash
# Debian splits venv out of python3: install it when `python3 -m venv` is missing.
set -euo pipefail
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq python3-venv >/dev/null
