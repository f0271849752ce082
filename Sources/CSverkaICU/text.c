/* Normalisation (unorm2) and case mapping (ustring). */
#include "sverka_icu.h"

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

int32_t sv_normalize_nfc(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -(int32_t)status;
    int32_t needed = unorm2_normalize(nfc, (const UChar *)src, length, (UChar *)dst, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return needed;
    if (U_FAILURE(status)) return -(int32_t)status;
    return needed;
}

int32_t sv_to_lower(const char *locale, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = u_strToLower((UChar *)dst, capacity, (const UChar *)src, length, locale, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) return needed;
    if (U_FAILURE(status)) return -(int32_t)status;
    return needed;
}
