#define NCURSES_WIDECHAR 1
#include "terminal_signals.h"

#include <ncurses.h>
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t quit_signal = 0;

static void on_quit_signal(int sig) { quit_signal = sig; }

static void on_fatal_signal(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

void vigia_install_signal_handlers(void) {
    struct sigaction quit;
    memset(&quit, 0, sizeof quit);
    quit.sa_handler = on_quit_signal;
    sigemptyset(&quit.sa_mask);
    sigaction(SIGINT, &quit, NULL);
    sigaction(SIGTERM, &quit, NULL);
    sigaction(SIGHUP, &quit, NULL);

    struct sigaction fatal;
    memset(&fatal, 0, sizeof fatal);
    fatal.sa_handler = on_fatal_signal;
    sigemptyset(&fatal.sa_mask);
    fatal.sa_flags = SA_RESETHAND;
    int fatals[] = { SIGILL, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGTRAP };
    for (unsigned i = 0; i < sizeof fatals / sizeof fatals[0]; i++) sigaction(fatals[i], &fatal, NULL);
}

int vigia_quit_signal(void) { return (int)quit_signal; }
