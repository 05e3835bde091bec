#!/usr/bin/env bash
# Builds the one-folder app dist/bedside/ for this system and checks that it runs.
#
#   packaging/build.sh
#
# 1. makes (or reuses) the build venv build/venv and installs bedside into it the way users
#    get it: a regular, non-editable install with the `packaging` extra (PyInstaller, Pillow);
# 2. runs PyInstaller on packaging/bedside.spec;
# 3. runs the built program: `--version` must print the pyproject.toml version; the bundle
#    self-test loads every module, resource, SQLite, reportlab, Qt and pyqtgraph; and, when the
#    app is part of this checkout, `--quit-after-start` offscreen must exit 0 with startup_ms=;
# 4. prints the bundle size.
# Exit codes: 0 built and checked, 1 build or check failed, 3 PyInstaller could not be installed.
# Environment: PYTHON (default python3), BEDSIDE_BUILD_VENV (default build/venv).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
VENV=${BEDSIDE_BUILD_VENV:-$ROOT/build/venv}
DIST=$ROOT/dist
WORK=$ROOT/build/pyinstaller
APP=$DIST/bedside/bedside
if [ -x "$VENV/Scripts/python.exe" ]; then VPY=$VENV/Scripts/python.exe; else VPY=$VENV/bin/python; fi

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

step "build venv $VENV"
[ -x "$VPY" ] || "$PYTHON" -m venv "$VENV" || fail "could not create $VENV with $PYTHON -m venv"
[ -x "$VPY" ] || VPY=$VENV/Scripts/python.exe
PIP=("$VPY" -m pip --disable-pip-version-check -q)
# setuptools keeps old files in build/lib; a deleted module must not reappear in the app.
rm -rf "$ROOT/build/lib" "$ROOT"/build/bdist.*
# pip rebuilds and reinstalls a project folder every time, so the venv gets this checkout's
# code even when the version number did not change.
if ! "${PIP[@]}" install "$ROOT[packaging]"; then
  if ! "$VPY" -c "import PyInstaller" 2>/dev/null; then
    echo "build.sh: PyInstaller could not be installed (no network and not in the pip cache?)" >&2
    exit 3
  fi
  fail "pip install '.[packaging]' failed; see the messages above"
fi
VERSION=$("$VPY" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
echo "bedside $VERSION, $("$VPY" -m PyInstaller --version 2>/dev/null | sed 's/^/PyInstaller /')"

step "translations"
# The interface's translations are compiled from resources/i18n/*.ts into the installed
# package (the .qm files are never committed); the bundle collects them with the resources.
# (from another folder: the checkout's bedside/ has no resources and would be found first)
I18N=$(cd / && "$VPY" -c "import importlib.resources as r; print(r.files('bedside.resources') / 'i18n')")
LRELEASE=$VENV/bin/pyside6-lrelease
[ -x "$LRELEASE" ] || LRELEASE=$VENV/Scripts/pyside6-lrelease.exe
for ts in "$I18N"/bedside_*.ts; do
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm" || fail "pyside6-lrelease $ts failed"
done

step "PyInstaller"
# The console script, not `python -m PyInstaller`: that would put the checkout (whose bedside/
# has no resources) first on sys.path; the spec refuses such a build anyway.
PYINSTALLER=$VENV/bin/pyinstaller
[ -x "$PYINSTALLER" ] || PYINSTALLER=$VENV/Scripts/pyinstaller.exe
start=$(date +%s)
"$PYINSTALLER" --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" \
  packaging/bedside.spec || fail "PyInstaller failed; see the messages above"
echo "PyInstaller took $(( $(date +%s) - start )) s"
[ -x "$APP" ] || [ -x "$APP.exe" ] || fail "PyInstaller finished but $APP is missing"
[ -x "$APP" ] || APP=$APP.exe

step "checks of the built program"
CHECK_DIR=$(mktemp -d)
trap 'rm -rf "$CHECK_DIR"' EXIT
cd "$CHECK_DIR"  # away from the checkout: nothing may come from it
got=$(timeout 60 "$APP" --version) || fail "$APP --version failed"
[ "$got" = "bedside $VERSION" ] || fail "$APP --version printed '$got', expected 'bedside $VERSION'"
echo "version: $got"

export QT_QPA_PLATFORM=offscreen
BEDSIDE_BUNDLE_SELFTEST=1 timeout 120 "$APP" > selftest.out 2>&1 || {
  cat selftest.out; fail "the bundle self-test failed"; }
cat selftest.out
grep -q '^selftest=ok$' selftest.out || fail "the bundle self-test did not finish"

if "$VPY" -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('bedside.app') is None)"
then
  # A home, settings and database of its own: the check never touches the user's real data.
  mkdir -p "$CHECK_DIR/home"
  for mode in "" --demo; do
    HOME="$CHECK_DIR/home" XDG_CONFIG_HOME="$CHECK_DIR/home/.config" \
    XDG_DATA_HOME="$CHECK_DIR/home/.local/share" XDG_CACHE_HOME="$CHECK_DIR/home/.cache" \
    BEDSIDE_DB="$CHECK_DIR/bedside.sqlite3" BEDSIDE_USER=build-check \
      timeout 120 "$APP" $mode --quit-after-start > start.out 2>&1 || {
        rc=$?; cat start.out; fail "$APP $mode --quit-after-start failed (exit $rc)"; }
    cat start.out
    grep -q "startup_ms=[0-9]" start.out ||
      fail "$APP $mode --quit-after-start printed no startup_ms="
  done
  echo "quit-after-start: ok"
else
  echo "quit-after-start: NOT CHECKED: bedside.app is not in this checkout yet"
fi
cd "$ROOT"

step "bundle"
size_kb=$(du -sk "$DIST/bedside" | cut -f1)
files=$(find "$DIST/bedside" -type f | wc -l)
echo "bundle=$DIST/bedside files=$files"
echo "bundle_size_mb=$(( (size_kb + 512) / 1024 ))"
