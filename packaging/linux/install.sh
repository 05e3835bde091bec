#!/usr/bin/env bash
# Installs the bundle built by packaging/build.sh for one user (default) or the whole machine.
#
#   packaging/linux/install.sh                 # into ~/.local (no root needed)
#   sudo packaging/linux/install.sh /usr/local # for every user of the laptop
#   packaging/linux/install.sh --uninstall [PREFIX]
#
# Puts the program in PREFIX/lib/bedside, a `bedside` link in PREFIX/bin, the menu entry,
# the icons in the hicolor theme and the AppStream file; the database is not touched.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
APP_ID=io.bedside.Bedside
uninstall=false
if [ "${1:-}" = "--uninstall" ]; then uninstall=true; shift; fi
PREFIX=${1:-$HOME/.local}
BUNDLE=$ROOT/dist/bedside

icon_sizes=(16 24 32 48 64 128 256 512)
targets=(
  "$PREFIX/lib/bedside" "$PREFIX/bin/bedside"
  "$PREFIX/share/applications/$APP_ID.desktop"
  "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
  "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
)
for s in "${icon_sizes[@]}"; do
  targets+=("$PREFIX/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png")
done

refresh_menus() {
  command -v update-desktop-database >/dev/null && \
    update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null && \
    gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" 2>/dev/null || true
}

if $uninstall; then
  rm -rf "${targets[@]}"
  refresh_menus
  echo "Bedside removed from $PREFIX (the database and its backups were left in place)"
  exit 0
fi

[ -x "$BUNDLE/bedside" ] || {
  echo "install.sh: $BUNDLE/bedside is missing; build it first with packaging/build.sh" >&2
  exit 1
}
rm -rf "$PREFIX/lib/bedside"
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo"
cp -a "$BUNDLE" "$PREFIX/lib/bedside"
ln -sfn "$PREFIX/lib/bedside/bedside" "$PREFIX/bin/bedside"
# The menu entry starts the program by its full path: ~/.local/bin is not always on the
# PATH of a desktop session.
sed -e "s|^Exec=bedside|Exec=$PREFIX/lib/bedside/bedside|" \
    -e "s|^TryExec=bedside|TryExec=$PREFIX/lib/bedside/bedside|" \
    "$HERE/bedside.desktop" > "$PREFIX/share/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/"
install -D -m 644 "$ROOT/resources/icons/bedside.svg" \
  "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for s in "${icon_sizes[@]}"; do
  install -D -m 644 "$ROOT/resources/icons/bedside-$s.png" \
    "$PREFIX/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png"
done
refresh_menus
echo "Bedside installed in $PREFIX/lib/bedside; start it from the menu or with $PREFIX/bin/bedside"
