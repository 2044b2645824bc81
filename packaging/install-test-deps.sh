#!/usr/bin/env bash
# Installs what only the test suite needs on Debian/Ubuntu, when missing: LibreOffice Calc
# without its GUI, which fills and re-saves the journal template in
# tests/core/journal/test_template_libreoffice.py. `make run` never needs it.
set -euo pipefail

command -v soffice >/dev/null 2>&1 && exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0
if [[ $(id -u) -eq 0 ]]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
  echo "The tests need LibreOffice Calc: install libreoffice-calc-nogui as root" >&2
  exit 0
fi
echo "Installing for the tests: libreoffice-calc-nogui"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
