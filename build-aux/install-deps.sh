#!/bin/sh
# Installs what Relaxant Compare needs to build, run and test, on Debian 12
# or Ubuntu 24.04 (apt-get; sudo when not root). Elsewhere it prints the
# Debian package names so they can be mapped to the local distribution.
#   install-deps.sh run    build and run
#   install-deps.sh test   also everything the test suite uses
set -eu

what=${1:-run}

run_pkgs="meson ninja-build gcc pkg-config libgtk-4-dev libglib2.0-dev
libglib2.0-dev-bin libxml2-dev libcairo2-dev libpango1.0-dev gettext
gsettings-desktop-schemas fonts-dejavu-core"

test_pkgs="xvfb xauth x11-utils dbus-bin dbus-daemon at-spi2-core dconf-service
libxml2-utils desktop-file-utils appstream clang-format clang-14
libclang-rt-14-dev poppler-utils imagemagick python3-pyatspi gir1.2-atspi-2.0
valgrind git man-db groff-base xz-utils locales"

pkgs=$run_pkgs
[ "$what" = test ] && pkgs="$run_pkgs $test_pkgs"

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  echo "This is not a Debian-based system. Install the equivalents of these Debian packages:" >&2
  echo "$pkgs" | tr '\n' ' ' >&2
  echo >&2
  exit 0
fi

missing=""
for p in $pkgs; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done

[ -z "$missing" ] && exit 0

echo "Installing:$missing"
sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=sudo
  else
    echo "Not root and no sudo: install these packages first:$missing" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y --no-install-recommends $missing
