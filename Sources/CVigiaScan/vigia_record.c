#include "vigia_record.h"

// In C for its codegen: the same loop in Swift kept its state in memory and checked every
// addition for overflow. On 50 MB of the municipal file, `CSVScanner.parseRecord` took 290 M
// instructions, and 127 M with this first (callgrind); `CSVReferenceTests` checks the scanner
// against a byte-at-a-time reference.
ptrdiff_t vigia_plain_record(const uint8_t *p, const uint32_t *idx, ptrdiff_t count, ptrdiff_t start,
                             ptrdiff_t cursor, uint8_t nl, ptrdiff_t *restrict starts, ptrdiff_t *restrict ends,
                             bool *restrict escaped, ptrdiff_t capacity, ptrdiff_t *restrict next,
                             ptrdiff_t *restrict next_cursor) {
    ptrdiff_t n = 0, field_start = start;
    for (ptrdiff_t k = cursor; k < count && n < capacity; k++) {
        ptrdiff_t pos = (ptrdiff_t)idx[k];
        uint8_t c = p[pos];
        if (c == ',') {
            starts[n] = field_start;
            ends[n] = pos;
            escaped[n] = false;
            n++;
            field_start = pos + 1;
        } else if (c == nl) {
            starts[n] = field_start;
            ends[n] = pos > field_start && p[pos - 1] == '\r' ? pos - 1 : pos;
            escaped[n] = false;
            *next = pos + 1;
            *next_cursor = k + 1;
            return n + 1;
        } else {
            return 0;
        }
    }
    return 0;
}
