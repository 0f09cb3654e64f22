#!/bin/sh
# Install the crdesk bundle that sits next to this script, or remove it again.
#   ./install.sh               for the current user: ~/.local/opt/crdesk, ~/.local/bin/crdesk, menu entry
#   sudo ./install.sh          for every user of the machine: /opt/crdesk, /usr/local/bin/crdesk, menu entry
#   ./install.sh --uninstall   remove what the same kind of install put there
# --user / --system choose the kind explicitly. Installing over an older version replaces the program files
# only: the data (database, backups, log in ~/.local/share/crdesk) and the preferences (~/.config/crdesk) of
# every user are never touched, by an upgrade or by --uninstall.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
mode=install
scope=
[ "$(id -u)" = 0 ] && scope=system || scope=user
for arg in "$@"; do
    case "$arg" in
        --uninstall) mode=uninstall ;;
        --user) scope=user ;;
        --system) scope=system ;;
        *) echo "usage: $0 [--user|--system] [--uninstall]" >&2; exit 2 ;;
    esac
done

if [ "$scope" = system ]; then
    app_dir=/opt/crdesk
    bin_dir=/usr/local/bin
    share_dir=/usr/local/share
else
    app_dir="$HOME/.local/opt/crdesk"  # not ~/.local/share/crdesk: that is the user's data
    bin_dir="$HOME/.local/bin"
    share_dir="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
desktop_file="$share_dir/applications/crdesk.desktop"
icon_sizes="16 24 32 48 64 128 256"

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share_dir/applications" || true
    # The system icon theme keeps a cache; a user's ~/.local/share/icons has none unless someone makes one.
    if [ "$scope" = system ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$share_dir/icons/hicolor" || true
    fi
}

uninstall() {
    rm -rf "$app_dir"
    [ -L "$bin_dir/crdesk" ] && rm -f "$bin_dir/crdesk"
    rm -f "$desktop_file" "$share_dir/icons/hicolor/scalable/apps/crdesk.svg"
    for size in $icon_sizes; do rm -f "$share_dir/icons/hicolor/${size}x${size}/apps/crdesk.png"; done
    refresh_menus
    echo "crdesk removed from $app_dir; user data in ~/.local/share/crdesk was kept"
}

install() {
    [ -x "$here/crdesk/crdesk" ] || { echo "no crdesk bundle next to $0" >&2; exit 1; }
    mkdir -p "$(dirname "$app_dir")" "$bin_dir" "$share_dir/applications"
    rm -rf "$app_dir.new"
    cp -a "$here/crdesk" "$app_dir.new"  # copy first, then swap: a failed copy leaves the old version working
    rm -rf "$app_dir"
    mv "$app_dir.new" "$app_dir"
    ln -sfn "$app_dir/crdesk" "$bin_dir/crdesk"
    icons="$app_dir/_internal/resources/icons"
    for size in $icon_sizes; do
        mkdir -p "$share_dir/icons/hicolor/${size}x${size}/apps"
        cp "$icons/crdesk-$size.png" "$share_dir/icons/hicolor/${size}x${size}/apps/crdesk.png"
    done
    mkdir -p "$share_dir/icons/hicolor/scalable/apps"
    cp "$icons/crdesk.svg" "$share_dir/icons/hicolor/scalable/apps/crdesk.svg"
    sed -e "s|^Exec=.*|Exec=\"$app_dir/crdesk\"|" -e "s|^TryExec=.*|TryExec=$app_dir/crdesk|" \
        "$here/crdesk.desktop" > "$desktop_file"
    refresh_menus
    echo "crdesk installed in $app_dir (command: $bin_dir/crdesk, menu: Office → crdesk)"
}

"$mode"
