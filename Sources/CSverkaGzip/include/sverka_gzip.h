/*
 * sverka_gzip.h — reads gzip (and dictzip, a gzip variant) files through zlib, plain C types only.
 */
#ifndef SVERKA_GZIP_H
#define SVERKA_GZIP_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Decompresses the gzip file at `path` into a new buffer stored in `*out` (free it with
    sv_gzip_free). Returns the decompressed length, or -1 when the file cannot be opened or is
    corrupt, or -2 past `maxBytes` decompressed bytes. */
int64_t sv_gzip_read_file(const char *path, int64_t maxBytes, uint8_t **out);

/** Frees a buffer from sv_gzip_read_file; NULL is ignored. */
void sv_gzip_free(uint8_t *buffer);

#ifdef __cplusplus
}
#endif

#endif
