#!/usr/bin/env bash
# crdesk on a fresh Debian/Ubuntu machine, in one command:
#   ./dev.sh run  [crdesk arguments]   set up, then start the app (default: a local SQLite database)
#   ./dev.sh test [pytest arguments]   set up, then run the test suite
# Set-up is idempotent: Qt's system libraries (installed when run as root, otherwise the exact command is
# printed), a virtual environment in .venv, and crdesk installed into it in editable mode.
set -euo pipefail
cd "$(dirname "$0")"

QT_PACKAGES="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfreetype6 libfontconfig1 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 \
libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
PYTHON_PACKAGES="python3 python3-venv python3-pip"

missing_packages() {
    command -v dpkg-query >/dev/null || return 0  # not Debian/Ubuntu: nothing we can check
    for package in $QT_PACKAGES $PYTHON_PACKAGES; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || echo -n "$package "
    done
}

install_system_packages() {
    local missing
    missing=$(missing_packages)
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ]; then
        echo "Installing system packages: $missing"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
        echo "crdesk needs these system packages first. Run:" >&2
        echo "    sudo apt-get install -y $missing" >&2
        exit 1
    fi
}

python_environment() {
    if [ ! -x .venv/bin/python ]; then
        python3 -m venv .venv
    fi
    local stamp=.venv/.crdesk-installed
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q -e ".[test]"
        touch "$stamp"
    fi
}

command=${1:-run}
shift || true
install_system_packages
python_environment
case "$command" in
    run)  exec .venv/bin/crdesk "$@" ;;
    test) exec .venv/bin/python -m pytest "$@" ;;
    *)    echo "usage: ./dev.sh run [crdesk arguments] | ./dev.sh test [pytest arguments]" >&2; exit 2 ;;
esac
