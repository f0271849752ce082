/* Transliteration (utrans), e.g. Cyrillic to ASCII for matching names across scripts. */
#include "sverka_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

struct sv_translit {
    UTransliterator *transliterator;
};

sv_translit *sv_translit_open(const char *id, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UChar wideId[256];
    int32_t wideLength = 0;
    u_strFromUTF8(wideId, 256, &wideLength, id, -1, &error);
    if (U_FAILURE(error) || wideLength >= 256) {
        *status = (int32_t)(U_FAILURE(error) ? error : U_BUFFER_OVERFLOW_ERROR);
        return NULL;
    }
    UTransliterator *transliterator = utrans_openU(wideId, wideLength, UTRANS_FORWARD, NULL, 0, NULL, &error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return NULL;
    }
    sv_translit *result = malloc(sizeof *result);
    if (result == NULL) {
        utrans_close(transliterator);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->transliterator = transliterator;
    *status = 0;
    return result;
}

void sv_translit_close(sv_translit *translit) {
    if (translit == NULL) return;
    utrans_close(translit->transliterator);
    free(translit);
}

int32_t sv_translit_run(sv_translit *translit, const uint16_t *src, int32_t length,
                        uint16_t *dst, int32_t capacity) {
    /* utrans works in place; copy into dst first, and transliterate there when it fits.
       Growth beyond the capacity is reported as the needed length (an estimate: the caller
       retries with it, and the loop stops once the text fits). */
    if (length > capacity) return length * 4 + 16;
    memcpy(dst, src, (size_t)length * sizeof(UChar));
    UErrorCode status = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(translit->transliterator, (UChar *)dst, &textLength, capacity, 0, &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return (textLength > capacity ? textLength : capacity * 2);
    if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) return -(int32_t)status;
    return textLength;
}
