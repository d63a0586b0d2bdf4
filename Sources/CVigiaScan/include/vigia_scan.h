#ifndef VIGIA_SCAN_H
#define VIGIA_SCAN_H
#include <stddef.h>
#include <stdint.h>

/// Writes, in order, the offset (from p) of every byte of p[from..<n] that can change the state
/// of a CSV parser: ',', the line break `newline` ('\n', or '\r' in a file whose lines end in CR
/// alone), '"' and NUL. Returns how many were written; `out` must hold n - from entries.
/// AVX2 or SSE2 on x86-64, a plain loop elsewhere.
size_t vigia_structural_index(const uint8_t *p, size_t from, size_t n, uint32_t *out, uint8_t newline);

#endif
