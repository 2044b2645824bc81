#!/usr/bin/env bash
# Installs the system libraries rsdesk needs on Debian/Ubuntu when they are missing:
# Qt's runtime libraries, Xvfb for screenshots on a machine without a screen, poppler-utils
# for checking PDFs, desktop-file-utils for checking the menu entry `rsdesk install` writes. Does nothing when everything is there or when not root and no sudo.
set -euo pipefail

packages=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0
  xvfb xauth poppler-utils desktop-file-utils make
)

command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
((${#missing[@]})) || exit 0

if [[ $(id -u) -eq 0 ]]; then sudo=(); elif command -v sudo >/dev/null; then sudo=(sudo); else
  echo "rsdesk needs these system packages: ${missing[*]} (install them as root)" >&2
  exit 0
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
