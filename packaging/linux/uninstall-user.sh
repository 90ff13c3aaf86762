#!/bin/sh
# Removes what install-user.sh put in the user's home. The user's databases and backups
# (~/.local/share/interreg) stay: they are the clerk's work, not the program.
set -eu

DATA=${XDG_DATA_HOME:-"$HOME/.local/share"}
APP="$HOME/.local/lib/interreg"

rm -rf "$APP" "$APP.new"
rm -f "$HOME/.local/bin/interreg" "$DATA/applications/interreg.desktop" \
      "$DATA/mime/packages/interreg.xml" "$DATA/icons/hicolor/scalable/apps/interreg.svg"
for dir in "$DATA"/icons/hicolor/*x*; do
    rm -f "$dir/apps/interreg.png" "$dir/mimetypes/application-x-interreg-database.png"
done
# install-user.sh made the program the default for its files; that line would now point nowhere.
MIMEAPPS="${XDG_CONFIG_HOME:-"$HOME/.config"}/mimeapps.list"
if [ -f "$MIMEAPPS" ]; then
    sed -i '/^application\/x-interreg-database=interreg.desktop;\?$/d' "$MIMEAPPS"
fi

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$DATA/mime" ]; then
    update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$DATA/applications" ]; then
    update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$DATA/icons/hicolor" ]; then
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
fi

echo "Программа удалена. Базы данных и резервные копии остались в $DATA/interreg."
