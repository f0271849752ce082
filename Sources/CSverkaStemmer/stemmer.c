/* Snowball stemming through libstemmer. */
#include "sverka_stemmer.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

struct sv_stemmer {
    struct sb_stemmer *stemmer;
};

sv_stemmer *sv_stemmer_open(const char *algorithm) {
    struct sb_stemmer *stemmer = sb_stemmer_new(algorithm, "UTF_8");
    if (stemmer == NULL) return NULL;
    sv_stemmer *result = malloc(sizeof *result);
    if (result == NULL) {
        sb_stemmer_delete(stemmer);
        return NULL;
    }
    result->stemmer = stemmer;
    return result;
}

void sv_stemmer_close(sv_stemmer *stemmer) {
    if (stemmer == NULL) return;
    sb_stemmer_delete(stemmer->stemmer);
    free(stemmer);
}

int32_t sv_stemmer_stem(sv_stemmer *stemmer, const char *word, int32_t length, char *out, int32_t capacity) {
    const sb_symbol *stem = sb_stemmer_stem(stemmer->stemmer, (const sb_symbol *)word, length);
    if (stem == NULL) return -1;
    int32_t stemLength = sb_stemmer_length(stemmer->stemmer);
    if (stemLength <= capacity) memcpy(out, stem, (size_t)stemLength);
    return stemLength;
}
