/* Whole-file gzip decompression with zlib's gzread. */
#include "sverka_gzip.h"

#include <stdlib.h>
#include <zlib.h>

int64_t sv_gzip_read_file(const char *path, int64_t maxBytes, uint8_t **out) {
    *out = NULL;
    gzFile file = gzopen(path, "rb");
    if (file == NULL) return -1;
    size_t capacity = 1 << 20;
    size_t length = 0;
    uint8_t *buffer = malloc(capacity);
    if (buffer == NULL) {
        gzclose(file);
        return -1;
    }
    for (;;) {
        if (length == capacity) {
            if ((int64_t)capacity * 2 > maxBytes + (1 << 20)) {
                free(buffer);
                gzclose(file);
                return -2;
            }
            uint8_t *grown = realloc(buffer, capacity * 2);
            if (grown == NULL) {
                free(buffer);
                gzclose(file);
                return -1;
            }
            buffer = grown;
            capacity *= 2;
        }
        int chunk = (int)((capacity - length) > (1u << 30) ? (1u << 30) : (capacity - length));
        int got = gzread(file, buffer + length, (unsigned)chunk);
        if (got < 0) {
            free(buffer);
            gzclose(file);
            return -1;
        }
        if (got == 0) break;
        length += (size_t)got;
        if ((int64_t)length > maxBytes) {
            free(buffer);
            gzclose(file);
            return -2;
        }
    }
    gzclose(file);
    *out = buffer;
    return (int64_t)length;
}

void sv_gzip_free(uint8_t *buffer) {
    free(buffer);
}
