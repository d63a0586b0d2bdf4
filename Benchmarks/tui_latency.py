#!/usr/bin/env python3
"""Whole-process TUI timings in a real pseudo-terminal (200x60):

- start to first frame: from fork to the frame's last line (the key hints) on the terminal;
- a keypress to a finished frame: from writing the key to the end of the terminal update;
- peak memory of the vigia process (ru_maxrss).

Usage: python3 Benchmarks/tui_latency.py [path/to/vigia] [runs] [label] [vigia options...]   (from the repository root)
(Benchmarks/run.sh passes `municipal --db FILE` to time the dashboard on the municipal store.)
Prints median, min and max, and each value in its JSON line (`values`, in the order taken: run.sh
calls it one run at a time, municipal and bundled in turn, and report.py joins the turns); the
machine is noisy, so read medians.
"""
import fcntl, json, os, pty, select, signal, statistics, struct, sys, termios, time

VIGIA = sys.argv[1] if len(sys.argv) > 1 else ".build/release/vigia"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
LABEL = f" ({sys.argv[3]})" if len(sys.argv) > 3 else ""
EXTRA = sys.argv[4:]
COLS, ROWS = 200, 60
FRAME_END = b"quit"          # the last footer hint: the frame is complete when it is drawn


def read_until(fd, marker, timeout=5.0):
    buf, deadline = b"", time.monotonic() + timeout
    while marker not in buf:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no {marker!r} after {timeout}s; got {buf[-200:]!r}")
        r, _, _ = select.select([fd], [], [], left)
        if r:
            buf += os.read(fd, 65536)
    return buf


def read_burst(fd, first_timeout=2.0, quiet=0.004):
    """The time until output starts and then stays quiet for `quiet` seconds (one frame update)."""
    start = time.monotonic()
    r, _, _ = select.select([fd], [], [], first_timeout)
    if not r:
        raise TimeoutError("no frame after a key")
    os.read(fd, 65536)
    last = time.monotonic()
    while True:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            return last - start
        os.read(fd, 65536)
        last = time.monotonic()


def one_run():
    t0 = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
        os.execve(VIGIA, [VIGIA, "--as-of", "2026-06-30"] + EXTRA, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
    read_until(fd, FRAME_END)
    first = time.monotonic() - t0
    keys = []
    for key in [b"j", b"k"] * 10:
        os.write(fd, key)
        keys.append(read_burst(fd))
    os.write(fd, b"\r")                 # open Detail, then time stepping between indicators
    read_burst(fd)
    for key in [b"l"] * 10:
        os.write(fd, key)
        keys.append(read_burst(fd))
    os.write(fd, b"q")
    _, status, usage = os.wait4(pid, 0)
    os.close(fd)
    return first * 1000, [k * 1000 for k in keys], usage.ru_maxrss / 1024


def summary(name, values, unit):
    name += LABEL
    row = {"scenario": name, "tool": "vigia", "unit": unit, "median": round(statistics.median(values), 3),
           "min": round(min(values), 3), "max": round(max(values), 3), "runs": len(values),
           "values": [round(v, 3) for v in values]}
    print(f"{name:<44}{row['median']:>10}{row['min']:>10}{row['max']:>10}  {unit}")
    return row


if __name__ == "__main__":
    firsts, keys, peaks = [], [], []
    for _ in range(RUNS):
        f, k, m = one_run()
        firsts.append(f); keys.extend(k); peaks.append(m)
    print(f"{'scenario':<44}{'median':>10}{'min':>10}{'max':>10}")
    rows = [summary("process start -> first frame 200x60", firsts, "ms"),
            summary("keypress -> finished frame 200x60", keys, "ms"),
            summary("peak memory (vigia process)", peaks, "MB")]
    print()
    for r in rows:
        print(json.dumps(r))
