# Sourced by check-package.sh inside xvfb-run. wait_window TITLE prints the id of the first window
# whose title contains TITLE, waiting up to 30 s (nothing if none shows).
wait_window() {
  for i in $(seq 1 120); do
    if xdotool search --name "$1" >/dev/null 2>&1; then break; fi
    sleep 0.25
  done
  xdotool search --name "$1" 2>/dev/null | head -1
}
