/*
 * sverka_stemmer.h — Snowball stemmers (Debian libstemmer-dev) behind plain C types.
 * <libstemmer.h> is included only in the .c file.
 */
#ifndef SVERKA_STEMMER_H
#define SVERKA_STEMMER_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** An open Snowball stemmer; not thread-safe: one per thread. */
typedef struct sv_stemmer sv_stemmer;

/** Opens the stemmer for `algorithm` ("russian", "english", "german", "french", … or an ISO 639
    code such as "ru"), for UTF-8 input; NULL when Snowball has no such algorithm. */
sv_stemmer *sv_stemmer_open(const char *algorithm);

/** Closes a stemmer; NULL is ignored. */
void sv_stemmer_close(sv_stemmer *stemmer);

/** Stems the lower-case UTF-8 word `word` of `length` bytes into `out` (not NUL-terminated).
    Returns the stem's length in bytes (written when it fits `capacity`), or -1 on failure. */
int32_t sv_stemmer_stem(sv_stemmer *stemmer, const char *word, int32_t length, char *out, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
