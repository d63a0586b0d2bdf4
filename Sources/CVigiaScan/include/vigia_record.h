#ifndef VIGIA_RECORD_H
#define VIGIA_RECORD_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// Reads the record at p[start] when it is a plain one — fields without quotes, ended by the line
/// break `nl` before `end` — straight from the bytes (AVX2 where the CPU has it): its fields are
/// the spans between its commas (a CR before the line break left out). Writes the fields (at
/// most `capacity`; none escaped) and returns their count, with `*next` the byte after the
/// record; returns 0 for any other record (a quote, a NUL, `end` first, more fields than
/// `capacity`), which the caller then parses in full. Every row of the official files is plain:
/// this is most of an import's parsing.
ptrdiff_t vigia_plain_record(const uint8_t *p, ptrdiff_t start, ptrdiff_t end, uint8_t nl, ptrdiff_t *starts,
                             ptrdiff_t *ends, bool *escaped, ptrdiff_t capacity, ptrdiff_t *next);

/// Which kernel `vigia_plain_record` uses from now on (every thread): 1 the plain loop, 2 AVX2,
/// 3 AVX-512BW, 0 the widest the CPU has (the default). False, and no change, when the CPU lacks
/// it. For tests, which read the same files with each.
bool vigia_plain_record_kernel(int kernel);

#endif
