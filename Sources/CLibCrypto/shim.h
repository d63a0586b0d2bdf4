#ifndef VIGIA_CLIBCRYPTO_SHIM_H
#define VIGIA_CLIBCRYPTO_SHIM_H
// SHA-256 through OpenSSL's EVP interface (not deprecated in OpenSSL 3; uses SHA-NI where present).
#include <openssl/evp.h>

static inline EVP_MD_CTX *vigia_sha256_new(void) {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) != 1) { EVP_MD_CTX_free(ctx); return NULL; }
    return ctx;
}
static inline int vigia_sha256_update(EVP_MD_CTX *ctx, const void *data, size_t count) {
    return EVP_DigestUpdate(ctx, data, count);
}
static inline int vigia_sha256_final(EVP_MD_CTX *ctx, unsigned char *out32) {
    unsigned int n = 0;
    int ok = EVP_DigestFinal_ex(ctx, out32, &n);
    EVP_MD_CTX_free(ctx);
    return ok == 1 && n == 32;
}
static inline void vigia_sha256_free(EVP_MD_CTX *ctx) { EVP_MD_CTX_free(ctx); }
#endif
