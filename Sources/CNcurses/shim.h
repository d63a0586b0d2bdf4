// The C door to ncurses: the only header Vigía includes. Macros and C globals that Swift 6
// cannot import (or rejects as not concurrency-safe) are exposed as small inline functions.
#ifndef VIGIA_CNCURSES_SHIM_H
#define VIGIA_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncurses.h>
#include <term.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline int cn_maxx(void) { return getmaxx(stdscr); }
static inline int cn_maxy(void) { return getmaxy(stdscr); }
static inline mmask_t cn_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }

/// Draws one cell: a grapheme of up to CCHARW_MAX - 1 code points with attributes and a pair.
static inline int cn_put_cell(int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t c;
    if (setcchar(&c, text, attrs, (short)(pair > 32767 ? 0 : pair), pair > 32767 ? &pair : NULL) != OK) return ERR;
    return mvadd_wch(y, x, &c);
}

/// Whether the terminal description can position the cursor (TERM=dumb cannot).
static inline int cn_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

#endif
