#!/usr/bin/env bash
# Builds the one-folder rsdesk into dist/rsdesk with PyInstaller (installed into the venv when
# missing). PYTHON picks the interpreter of the environment that has rsdesk and its
# dependencies (default: .venv/bin/python, then python3). Prints the build time and the size.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-}
if [[ -z $python ]]; then
  if [[ -x .venv/bin/python ]]; then python=.venv/bin/python; else python=python3; fi
fi
if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
  echo "Installing PyInstaller into $("$python" -c 'import sys; print(sys.prefix)')"
  "$python" -m pip install --quiet "pyinstaller>=6.10,<7"
fi

# The same sources give the same bundle: no random hash seed, file times from the last commit.
export PYTHONHASHSEED=0
if [[ -z ${SOURCE_DATE_EPOCH:-} ]] && git rev-parse --git-dir >/dev/null 2>&1; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
  export SOURCE_DATE_EPOCH
fi

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/rsdesk.spec

# Linux desktop integration travels with the folder (see packaging/README.md).
if [[ $(uname -s) == Linux ]]; then
  cp packaging/rsdesk.desktop packaging/rsdesk.png packaging/rsdesk-mime.xml dist/rsdesk/
fi
echo "built dist/rsdesk in $(($(date +%s) - start)) s, $(du -sh dist/rsdesk | cut -f1)"
