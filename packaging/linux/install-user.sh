#!/bin/sh
# Installs «Межрегиональное сотрудничество» for the current user only: no root, no internet.
# Run from the unpacked archive: sh install-user.sh
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-"$HOME/.local/share"}
APP="$HOME/.local/lib/interreg"
BIN="$HOME/.local/bin"

if [ ! -x "$HERE/interreg/interreg" ]; then
    echo "Ошибка: рядом с install-user.sh нет папки interreg с программой. Распакуйте архив целиком." >&2
    exit 1
fi

echo "Установка в $APP …"
rm -rf "$APP.new"
mkdir -p "$APP.new" "$BIN" "$DATA/applications" "$DATA/mime/packages"
cp -R "$HERE/interreg/." "$APP.new/"
cp "$HERE/uninstall-user.sh" "$APP.new/uninstall-user.sh"
# Swap in the new copy only once it is complete: a failed copy leaves the old one working.
rm -rf "$APP"
mv "$APP.new" "$APP"

cat > "$BIN/interreg" <<LAUNCHER
#!/bin/sh
exec "$APP/interreg" "\$@"
LAUNCHER
chmod 755 "$BIN/interreg"

# The menu entry runs the program by its full path: ~/.local/bin is not on every PATH.
sed "s|@EXEC@|\"$APP/interreg\"|" "$HERE/share/interreg.desktop" > "$DATA/applications/interreg.desktop"
chmod 644 "$DATA/applications/interreg.desktop"
cp "$HERE/share/interreg-mime.xml" "$DATA/mime/packages/interreg.xml"

for png in "$HERE"/share/icons/interreg_*.png; do
    size=$(basename "$png" .png | sed 's/interreg_//')
    for kind in apps mimetypes; do
        mkdir -p "$DATA/icons/hicolor/${size}x${size}/$kind"
    done
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/interreg.png"
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-interreg-database.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp "$HERE/share/icons/interreg.svg" "$DATA/icons/hicolor/scalable/apps/interreg.svg"

# Desktop databases are refreshed when their tools exist; without them the entry still works
# after the next login.
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
fi
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default interreg.desktop application/x-interreg-database >/dev/null 2>&1 || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
fi

echo "Готово. Программа «Межрегиональное сотрудничество» есть в меню (раздел «Офис»);"
echo "из терминала: $BIN/interreg. Файлы *.interreg открываются ею двойным щелчком."
echo "Удаление: sh \"$APP/uninstall-user.sh\""
