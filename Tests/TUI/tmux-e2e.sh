#!/usr/bin/env bash
# End-to-end tests of the real TUI in a real terminal (tmux): start, move, open Detail, help,
# resize below the minimum and back, live reload of an edited config, quit, and SIGTERM.
# Usage: Tests/TUI/tmux-e2e.sh [path/to/vigia]   (run from the repository root)
set -euo pipefail

VIGIA=${1:-.build/debug/vigia}
VIGIA=$(cd "$(dirname "$VIGIA")" && pwd)/$(basename "$VIGIA")
WORK=$(mktemp -d)
SOCKET="vigia-e2e-$$"
CAPTURES=${CAPTURES:-$WORK/captures}
mkdir -p "$CAPTURES"
cp -r Config "$WORK/Config"
failures=0

t() { tmux -L "$SOCKET" "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# start NAME W H [ENV...]: runs vigia in a fresh session; the shell prints a marker when it exits.
start() {
    local name=$1 w=$2 h=$3; shift 3
    t kill-server 2>/dev/null || true
    sleep 0.3
    t new-session -d -s main -x "$w" -y "$h" \
        "cd '$WORK' && env TERM=tmux-256color LANG=C.UTF-8 $* '$VIGIA' --as-of 2026-06-30; echo \"VIGIA-EXITED-\$?\"; sleep 60"
    wait_for "Overview" "$name: first frame"
}

screen() { t capture-pane -p -t main "$@"; }

# wait_for TEXT LABEL: up to 5 s for TEXT to appear on screen.
wait_for() {
    for _ in $(seq 1 50); do
        if screen | grep -qF -- "$1"; then echo "ok: $2"; return 0; fi
        sleep 0.1
    done
    echo "FAIL: $2: '$1' not on screen"; screen | sed 's/^/    | /'; failures=$((failures + 1)); return 0
}

# wait_gone TEXT LABEL: up to 5 s for TEXT to disappear.
wait_gone() {
    for _ in $(seq 1 50); do
        if ! screen | grep -qF -- "$1"; then echo "ok: $2"; return 0; fi
        sleep 0.1
    done
    echo "FAIL: $2: '$1' still on screen"; failures=$((failures + 1))
}

check() { if eval "$1"; then echo "ok: $2"; else echo "FAIL: $2"; failures=$((failures + 1)); fi; }

keys() { t send-keys -t main "$@"; sleep 0.2; }

# The vigia started in this test's pane (not any other on the machine).
vigia_pid() { pgrep -P "$(t list-panes -t main -F '#{pane_pid}')" -x vigia || true; }

echo "== navigation at 120x40"
start nav 120 40
screen > "$CAPTURES/overview-120x40.txt"
check "screen | grep -q 'Homicide vict'" "overview lists the indicators"
keys j j
wait_for "No target: down" "the Overview says why for the selected row"
keys Enter
wait_for "Detail" "Enter opens Detail"
wait_for "Sen slope" "Detail shows the trend statistics"
screen > "$CAPTURES/detail-120x40.txt"
keys '?'
wait_for "Switch between English and Spanish" "? shows help"
screen > "$CAPTURES/help-120x40.txt"

echo "== flags inbox, places, reload"
keys Escape
wait_for "Sen slope" "Esc from Help returns to the Detail"
keys f
wait_for "Flags: 2 rows" "f on a Detail shows that indicator's flags"
keys Escape Escape f
wait_for "Data to chase" "f on the Overview opens the inbox, stale data gathered in one row"
screen > "$CAPTURES/flags-120x40.txt"
keys Escape
wait_for "Overview" "Esc goes back"
keys r
wait_for "reloaded " "r reloads and says when"

echo "== resize"
t resize-window -t main -x 60 -y 20
wait_for "terminal too small (need 80×24, have 60×20)" "too-small screen below 80x24"
screen > "$CAPTURES/too-small-60x20.txt"
t resize-window -t main -x 120 -y 40
wait_gone "too small" "recovers after resizing back"
keys Escape Escape
wait_for "Overview" "back to the overview"
check "screen | grep -q 'Homicide vict'" "overview again after resize"

echo "== language"
keys L
wait_for "Resumen" "L switches to Spanish"
keys L
wait_for "Overview" "L switches back"

echo "== live reload"
sed -i 's/value: 20000}/value: 30000}/' "$WORK/Config/targets.yaml"
wait_for "100%*" "an edited target shows without a keypress"
sed -i '0,/frequency: monthly/s//frequency: weekly/' "$WORK/Config/indicators.yaml"
wait_for "error: invalid frequency 'weekly'" "an invalid edit shows the error in a banner"
check "screen | grep -q 'Homicide vict'" "the last good config stays on screen"
sed -i 's/frequency: weekly/frequency: monthly/' "$WORK/Config/indicators.yaml"
wait_gone "invalid frequency" "the banner clears when fixed"

echo "== quit"
keys q
wait_for "VIGIA-EXITED-0" "q exits with status 0 and the shell is back"
check "[ -z \"\$(vigia_pid)\" ]" "process gone after q"

echo "== 80x24"
start small 80 24
screen > "$CAPTURES/overview-80x24.txt"
keys Enter
wait_for "Detail" "Detail at 80x24"
screen > "$CAPTURES/detail-80x24.txt"
keys '?'
wait_for "Quit" "Help at 80x24"
screen > "$CAPTURES/help-80x24.txt"

echo "== SIGTERM restores the terminal"
kill -TERM "$(vigia_pid)"
wait_for "VIGIA-EXITED-143" "SIGTERM: exit 143 and the shell is back"
check "! screen | grep -q 'Overview'" "the alternate screen is gone"

echo "== fatal signal restores the terminal"
start segv 100 30
kill -SEGV "$(vigia_pid)"
wait_for "VIGIA-EXITED-139" "SIGSEGV: the terminal is restored before the process dies"

echo "== NO_COLOR and LANG=C"
start nocolor 100 30 NO_COLOR=1
t capture-pane -e -p -t main > "$CAPTURES/no-color.txt"
check "! grep -qP '\\e\\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m' '$CAPTURES/no-color.txt'" "NO_COLOR: no colour escapes (default-colour resets 39/49 aside)"
keys q
t kill-server 2>/dev/null || true
sleep 0.3
t new-session -d -s main -x 100 -y 30 "cd '$WORK' && env TERM=tmux-256color LANG=C LC_ALL=C '$VIGIA' --as-of 2026-06-30; sleep 60"
wait_for "Overview" "LANG=C: starts"
screen > "$CAPTURES/lang-c.txt"
check "LC_ALL=C grep -q '^[[:print:][:space:]]*$' '$CAPTURES/lang-c.txt' && ! grep -qP '[^\x00-\x7F]' '$CAPTURES/lang-c.txt'" "LANG=C: ASCII only"

echo
if [ "$failures" -gt 0 ]; then echo "TUI e2e: $failures failure(s)"; exit 1; fi
echo "TUI e2e: all passed (captures in $CAPTURES)"
