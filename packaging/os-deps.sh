#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Bedside and its tests need, only those missing.
# Qt (PySide6) needs the EGL/GL, fontconfig, xkbcommon and dbus libraries even offscreen;
# xvfb and the xcb libraries give a real window on a virtual screen, openbox manages it and
# xdotool types into it (tests/keyboard: key presses through the X server); poppler-utils
# renders and reads the PDF summary in the tests; python3-venv makes the .venv; postgresql:
# the clinic-server tests and the sync benchmark start a real server of their own (SPEC §7).
set -euo pipefail
PACKAGES=(
  python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
  xvfb xauth openbox xdotool poppler-utils postgresql
  # packaging/: objdump for PyInstaller; validators of the menu entry and AppStream file
  binutils desktop-file-utils appstream
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing OS packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
