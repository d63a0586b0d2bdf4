#ifndef VIGIA_RECORD_H
#define VIGIA_RECORD_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// Reads the record at p[start] when it is a plain one — fields without quotes, ended by the line
/// break `nl` — hopping over its structural bytes `idx[cursor..<count]` (`vigia_structural_index`):
/// its fields are the spans between its commas (a CR before the line break left out). Writes the
/// fields (at most `capacity`; none escaped) and returns their count, with `*next` the byte and
/// `*next_cursor` the index entry after the record; returns 0 for any other record (a quote, a
/// NUL, the end of the buffer first, more fields than `capacity`), which the caller then parses
/// in full. Every row of the official files is plain: this is most of an import's parsing.
ptrdiff_t vigia_plain_record(const uint8_t *p, const uint32_t *idx, ptrdiff_t count, ptrdiff_t start,
                             ptrdiff_t cursor, uint8_t nl, ptrdiff_t *starts, ptrdiff_t *ends, bool *escaped,
                             ptrdiff_t capacity, ptrdiff_t *next, ptrdiff_t *next_cursor);

#endif
