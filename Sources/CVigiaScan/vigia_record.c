#include "vigia_record.h"
#include <stdatomic.h>

// Straight from the bytes, a SIMD step (64 or 32 bytes) at a time: the commas before the record's first stop (line break,
// quote or NUL) are its field boundaries. Reading the structural index instead (writing every
// offset of a chunk, then reading each back with its byte) cost twice as much, and the index is
// now built only for the records that need the full parser.

/// One field ends at `end`; false when there is no room for it.
static inline bool field(ptrdiff_t *n, ptrdiff_t capacity, ptrdiff_t start, ptrdiff_t end, ptrdiff_t *starts,
                         ptrdiff_t *ends, bool *escaped) {
    if (*n == capacity) return false;
    starts[*n] = start;
    ends[*n] = end;
    escaped[*n] = false;
    (*n)++;
    return true;
}

/// The record's last field ends at the line break at `pos` (a CR before it left out).
static inline ptrdiff_t last(const uint8_t *p, ptrdiff_t n, ptrdiff_t capacity, ptrdiff_t start, ptrdiff_t pos,
                             ptrdiff_t *starts, ptrdiff_t *ends, bool *escaped, ptrdiff_t *next) {
    ptrdiff_t end = pos > start && p[pos - 1] == '\r' ? pos - 1 : pos;
    if (!field(&n, capacity, start, end, starts, ends, escaped)) return 0;
    *next = pos + 1;
    return n;
}

static ptrdiff_t scalar_record(const uint8_t *p, ptrdiff_t i, ptrdiff_t end, uint8_t nl, ptrdiff_t n,
                               ptrdiff_t field_start, ptrdiff_t *starts, ptrdiff_t *ends, bool *escaped,
                               ptrdiff_t capacity, ptrdiff_t *next) {
    for (; i < end; i++) {
        uint8_t c = p[i];
        if (c == ',') {
            if (!field(&n, capacity, field_start, i, starts, ends, escaped)) return 0;
            field_start = i + 1;
        } else if (c == nl) {
            return last(p, n, capacity, field_start, i, starts, ends, escaped, next);
        } else if (c == '"' || c == 0) {
            return 0;
        }
    }
    return 0;
}

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

enum { more = -1 };

/// One step of `width` bytes at p[i], given as masks (bit k for byte i + k) of its commas and of
/// its stops (line break, quote, NUL): writes the fields it ends and returns the record's field
/// count when it holds the line break, `more` when the record goes on past it, 0 when the record is
/// not plain. Inlined into each kernel, so it is compiled with that kernel's instructions.
static inline __attribute__((always_inline))
ptrdiff_t step(const uint8_t *p, ptrdiff_t i, uint64_t commas, uint64_t stops, uint8_t nl, ptrdiff_t *n,
               ptrdiff_t *field_start, ptrdiff_t *starts, ptrdiff_t *ends, bool *escaped, ptrdiff_t capacity,
               ptrdiff_t *next) {
    // Only the commas before the first stop belong to this record.
    if (stops) commas &= (stops ^ (stops - 1)) >> 1;
    if (*n + (ptrdiff_t)__builtin_popcountll(commas) > capacity) return 0;
    while (commas) {
        ptrdiff_t pos = i + (ptrdiff_t)__builtin_ctzll(commas);
        starts[*n] = *field_start;
        ends[*n] = pos;
        escaped[*n] = false;
        (*n)++;
        *field_start = pos + 1;
        commas &= commas - 1;
    }
    if (!stops) return more;
    ptrdiff_t pos = i + (ptrdiff_t)__builtin_ctzll(stops);
    if (p[pos] != nl) return 0;
    return last(p, *n, capacity, *field_start, pos, starts, ends, escaped, next);
}

/// 32 bytes a step with AVX2.
__attribute__((target("avx2,bmi,popcnt")))
static ptrdiff_t record_avx2(const uint8_t *p, ptrdiff_t start, ptrdiff_t end, uint8_t nl, ptrdiff_t *starts,
                             ptrdiff_t *ends, bool *escaped, ptrdiff_t capacity, ptrdiff_t *next) {
    const __m256i comma = _mm256_set1_epi8(','), newline = _mm256_set1_epi8((char)nl);
    const __m256i quote = _mm256_set1_epi8('"'), nul = _mm256_setzero_si256();
    ptrdiff_t n = 0, field_start = start, i = start;
    for (; i + 32 <= end; i += 32) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(p + i));
        uint32_t commas = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, comma));
        uint32_t stops = (uint32_t)_mm256_movemask_epi8(
            _mm256_or_si256(_mm256_cmpeq_epi8(v, newline), _mm256_or_si256(_mm256_cmpeq_epi8(v, quote), _mm256_cmpeq_epi8(v, nul))));
        ptrdiff_t r = step(p, i, commas, stops, nl, &n, &field_start, starts, ends, escaped, capacity, next);
        if (r != more) return r;
    }
    return scalar_record(p, i, end, nl, n, field_start, starts, ends, escaped, capacity, next);
}

/// 64 bytes a step where the CPU has AVX-512BW: the masks come straight out of the compares.
__attribute__((target("avx512bw,bmi,popcnt")))
static ptrdiff_t record_avx512(const uint8_t *p, ptrdiff_t start, ptrdiff_t end, uint8_t nl, ptrdiff_t *starts,
                               ptrdiff_t *ends, bool *escaped, ptrdiff_t capacity, ptrdiff_t *next) {
    const __m512i comma = _mm512_set1_epi8(','), newline = _mm512_set1_epi8((char)nl);
    const __m512i quote = _mm512_set1_epi8('"'), nul = _mm512_setzero_si512();
    ptrdiff_t n = 0, field_start = start, i = start;
    for (; i + 64 <= end; i += 64) {
        __m512i v = _mm512_loadu_si512((const void *)(p + i));
        uint64_t commas = _mm512_cmpeq_epi8_mask(v, comma);
        uint64_t stops = _mm512_cmpeq_epi8_mask(v, newline) | _mm512_cmpeq_epi8_mask(v, quote) | _mm512_cmpeq_epi8_mask(v, nul);
        ptrdiff_t r = step(p, i, commas, stops, nl, &n, &field_start, starts, ends, escaped, capacity, next);
        if (r != more) return r;
    }
    return scalar_record(p, i, end, nl, n, field_start, starts, ends, escaped, capacity, next);
}

typedef ptrdiff_t (*record_reader)(const uint8_t *, ptrdiff_t, ptrdiff_t, uint8_t, ptrdiff_t *, ptrdiff_t *, bool *,
                                   ptrdiff_t, ptrdiff_t *);

static ptrdiff_t record_scalar(const uint8_t *p, ptrdiff_t start, ptrdiff_t end, uint8_t nl, ptrdiff_t *starts,
                               ptrdiff_t *ends, bool *escaped, ptrdiff_t capacity, ptrdiff_t *next) {
    return scalar_record(p, start, end, nl, 0, start, starts, ends, escaped, capacity, next);
}

static bool has_avx2(void) {
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("popcnt");
}

static bool has_avx512(void) {
    return __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("popcnt");
}

/// The kernel `vigia_plain_record_kernel` names (0: the widest the CPU has); null when the CPU lacks it.
static record_reader kernel_for(int kernel) {
    switch (kernel) {
    case 0: return has_avx512() ? record_avx512 : has_avx2() ? record_avx2 : record_scalar;
    case 1: return record_scalar;
    case 2: return has_avx2() ? record_avx2 : 0;
    case 3: return has_avx512() ? record_avx512 : 0;
    default: return 0;
    }
}

static _Atomic(record_reader) reader = 0;

ptrdiff_t vigia_plain_record(const uint8_t *p, ptrdiff_t start, ptrdiff_t end, uint8_t nl, ptrdiff_t *starts,
                             ptrdiff_t *ends, bool *escaped, ptrdiff_t capacity, ptrdiff_t *next) {
    record_reader read = atomic_load_explicit(&reader, memory_order_relaxed);
    if (!read) {
        read = kernel_for(0);
        atomic_store_explicit(&reader, read, memory_order_relaxed);
    }
    return read(p, start, end, nl, starts, ends, escaped, capacity, next);
}

bool vigia_plain_record_kernel(int kernel) {
    record_reader chosen = kernel_for(kernel);
    if (!chosen) return false;
    atomic_store_explicit(&reader, chosen, memory_order_relaxed);
    return true;
}

#else

ptrdiff_t vigia_plain_record(const uint8_t *p, ptrdiff_t start, ptrdiff_t end, uint8_t nl, ptrdiff_t *starts,
                             ptrdiff_t *ends, bool *escaped, ptrdiff_t capacity, ptrdiff_t *next) {
    return scalar_record(p, start, end, nl, 0, start, starts, ends, escaped, capacity, next);
}

bool vigia_plain_record_kernel(int kernel) { return kernel == 0 || kernel == 1; }

#endif
