#!/bin/bash
# The packaging test (run by .ci/run after mvn verify; needs xvfb, xdotool, imagemagick, fakeroot):
#  1. builds the app image and the .deb with the README's command (mvn -Ppackage package);
#  2. checks the .deb's control file names libgtk-3-0 among its dependencies;
#  3. starts the app image under Xvfb with a temporary data folder, waits for the main window,
#     takes a screenshot, closes it with Ctrl+Q and checks it exited cleanly (status 0) and wrote
#     its log file in the data folder;
#  4. installs the .deb with apt, checks the menu entry and icon are there, starts the installed
#     app the same way, and removes the package again (skipped when not root).
# Screenshots and logs go to target/package-check/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/package-check
rm -rf "$out" && mkdir -p "$out"

mvn -B -q -Ppackage package -DskipTests

deb=$(ls target/jpackage/installer/*.deb)
echo "built $deb ($(du -h "$deb" | cut -f1))"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
case "$depends" in
  *libgtk-3-0*) echo "ok: the .deb depends on libgtk-3-0" ;;
  *) echo "FAIL: libgtk-3-0 is not among the .deb's dependencies" >&2; exit 1 ;;
esac


# Starts a launcher under Xvfb, waits for the window, screenshots it, quits with Ctrl+Q.
run_app() {
  local launcher="$1" name="$2"
  local data; data=$(mktemp -d)
  xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
    set -u
    . packaging/wait-window.sh
    launcher="$1"; data="$2"; shot="$3"
    start=$(date +%s%N)
    "$launcher" --data-dir="$data" > "$data/stdout.txt" 2>&1 &
    app=$!
    window=$(wait_window "Character Studio — Sandbox")
    [ -n "$window" ] || { echo "FAIL: no main window" >&2; kill $app; exit 1; }
    echo "main window after $(( ($(date +%s%N) - start) / 1000000 )) ms"
    sleep 2
    import -window root "$shot"
    xdotool mousemove --window "$window" 300 300
    xdotool key --clearmodifiers ctrl+q
    for i in $(seq 1 60); do kill -0 $app 2>/dev/null || break; sleep 0.25; done
    if kill -0 $app 2>/dev/null; then echo "FAIL: the app did not quit on Ctrl+Q" >&2; kill $app; exit 1; fi
    wait $app; status=$?
    [ $status -eq 0 ] || { echo "FAIL: the app exited with $status" >&2; cat "$data/stdout.txt" >&2; exit 1; }
    echo "closed cleanly"
  ' _ "$launcher" "$data" "$out/$name.png"
  [ -s "$data/logs/character-studio.log" ] || { echo "FAIL: no log file in the data folder" >&2; exit 1; }
  echo "ok: $name started, showed its window, wrote $data/logs/character-studio.log and closed"
  rm -rf "$data"
}

run_app "target/jpackage/image/Character Studio/bin/Character Studio" app-image

# The file association: the app opened with an exported character shows the import preview.
sample=$(mktemp -d)/ann.character.json
printf '{"format": "character-studio", "version": 1, "name": "Ann", "voiceType": "AriaNeural", "backstory": "Ann keeps the light."}' > "$sample"
xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
  . packaging/wait-window.sh
  data=$(mktemp -d)
  "target/jpackage/image/Character Studio/bin/Character Studio" --data-dir="$data" "$1" > "$data/stdout.txt" 2>&1 &
  app=$!
  found=$(wait_window "Import characters")
  sleep 1
  import -window root "$2"
  kill $app; wait $app 2>/dev/null
  [ -n "$found" ] || { echo "FAIL: opening a .character.json did not show the import preview" >&2; exit 1; }
  echo "ok: opening $1 with the app shows the import preview"
' _ "$sample" "$out/opened-with-file.png"

if [ "$(id -u)" = 0 ]; then
  apt-get install -y "./$deb" > "$out/apt-install.txt" 2>&1 || { cat "$out/apt-install.txt" >&2; exit 1; }
  desktop=$(grep -rl "Character Studio" /usr/share/applications/*.desktop | head -1)
  [ -n "$desktop" ] || { echo "FAIL: no menu entry" >&2; exit 1; }
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  [ -f "$icon" ] || { echo "FAIL: the menu entry's icon $icon is missing" >&2; exit 1; }
  cp "$desktop" "$out/menu-entry.desktop"
  echo "ok: installed with apt; menu entry $desktop with icon $icon"
  run_app "/opt/character-studio/bin/Character Studio" installed
  apt-get remove -y character-studio > /dev/null 2>&1
  echo "ok: removed again"
else
  echo "skipped: installing the .deb needs root"
fi
echo "packaging check passed; screenshots in $out"
