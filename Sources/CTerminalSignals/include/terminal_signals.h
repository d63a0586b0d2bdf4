// Terminal safety on every way out. Quit signals (SIGINT, SIGTERM, SIGHUP) set a flag the event
// loop reads; fatal signals (a Swift trap is SIGILL) restore the terminal at once and re-raise,
// because neither `defer` nor `atexit` runs when the process dies of a signal.
//
// The flag lives in this one C file on purpose: a static variable inside an inline function of
// an imported header is emitted once per Swift module that uses it, and the handler and the
// event loop then read and write different copies (seen in release builds).
#ifndef VIGIA_TERMINAL_SIGNALS_H
#define VIGIA_TERMINAL_SIGNALS_H

/// Installs the handlers; call after ncurses has started (it installs its own for some signals).
void vigia_install_signal_handlers(void);

/// The quit signal received (SIGINT, SIGTERM, SIGHUP), or 0.
int vigia_quit_signal(void);

#endif
