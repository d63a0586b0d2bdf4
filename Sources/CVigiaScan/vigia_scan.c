#include "vigia_scan.h"

static size_t scalar_tail(const uint8_t *p, size_t i, size_t n, uint32_t *out, size_t count, uint8_t nl) {
    for (; i < n; i++) {
        uint8_t b = p[i];
        if (b == ',' || b == nl || b == '"' || b == 0) out[count++] = (uint32_t)i;
    }
    return count;
}

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>

/// 32 bytes per step where the CPU has AVX2 (checked once at run time).
__attribute__((target("avx2")))
static size_t index_avx2(const uint8_t *p, size_t from, size_t n, uint32_t *out, uint8_t nl) {
    const __m256i comma = _mm256_set1_epi8(','), newline = _mm256_set1_epi8((char)nl);
    const __m256i quote = _mm256_set1_epi8('"'), nul = _mm256_setzero_si256();
    size_t count = 0, i = from;
    for (; i + 32 <= n; i += 32) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(p + i));
        __m256i hits = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, comma), _mm256_cmpeq_epi8(v, newline)),
                                       _mm256_or_si256(_mm256_cmpeq_epi8(v, quote), _mm256_cmpeq_epi8(v, nul)));
        uint32_t mask = (uint32_t)_mm256_movemask_epi8(hits);
        while (mask) {
            out[count++] = (uint32_t)(i + (unsigned)__builtin_ctz(mask));
            mask &= mask - 1;
        }
    }
    return scalar_tail(p, i, n, out, count, nl);
}

/// 16 bytes per step: SSE2 is part of every x86-64 CPU.
static size_t index_sse2(const uint8_t *p, size_t from, size_t n, uint32_t *out, uint8_t nl) {
    const __m128i comma = _mm_set1_epi8(','), newline = _mm_set1_epi8((char)nl);
    const __m128i quote = _mm_set1_epi8('"'), nul = _mm_setzero_si128();
    size_t count = 0, i = from;
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, newline)),
                                    _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, nul)));
        unsigned mask = (unsigned)_mm_movemask_epi8(hits);
        while (mask) {
            out[count++] = (uint32_t)(i + (unsigned)__builtin_ctz(mask));
            mask &= mask - 1;
        }
    }
    return scalar_tail(p, i, n, out, count, nl);
}

size_t vigia_structural_index(const uint8_t *p, size_t from, size_t n, uint32_t *out, uint8_t newline) {
    static int avx2 = -1;
    if (avx2 < 0) avx2 = __builtin_cpu_supports("avx2") ? 1 : 0;
    return avx2 ? index_avx2(p, from, n, out, newline) : index_sse2(p, from, n, out, newline);
}

#else

size_t vigia_structural_index(const uint8_t *p, size_t from, size_t n, uint32_t *out, uint8_t newline) {
    return scalar_tail(p, from, n, out, 0, newline);
}

#endif
