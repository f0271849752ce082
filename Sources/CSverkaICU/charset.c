/* Charset detection (ucsdet) and strict conversion to UTF-16 (ucnv). */
#include "sverka_icu.h"

#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

int32_t sv_charset_detect_all(const char *bytes, int32_t length,
                              char *namesOut, int32_t namesCapacity,
                              int32_t *confidences, int32_t maxCandidates) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -(int32_t)status;
    ucsdet_setText(detector, bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &found, &status);
    if (U_FAILURE(status)) {
        ucsdet_close(detector);
        return status == U_INVALID_CHAR_FOUND ? 0 : -(int32_t)status;
    }
    int32_t written = 0;
    int32_t used = 0;
    if (namesCapacity > 0) namesOut[0] = '\0';
    for (int32_t i = 0; i < found && written < maxCandidates; i++) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &matchStatus);
        int32_t confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        if (U_FAILURE(matchStatus) || name == NULL) continue;
        int32_t nameLength = (int32_t)strlen(name);
        if (used + nameLength + 2 > namesCapacity) break;
        if (written > 0) namesOut[used++] = '\n';
        memcpy(namesOut + used, name, (size_t)nameLength);
        used += nameLength;
        namesOut[used] = '\0';
        confidences[written++] = confidence;
    }
    ucsdet_close(detector);
    return written;
}

int32_t sv_charset_is_known(const char *charset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status) || converter == NULL) return 0;
    ucnv_close(converter);
    return 1;
}

int32_t sv_charset_to_utf16(const char *charset, const char *bytes, int32_t length,
                            uint16_t *out, int32_t capacity, int32_t *errorByteOffset) {
    UErrorCode status = U_ZERO_ERROR;
    *errorByteOffset = -1;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) {
        ucnv_close(converter);
        return -(int32_t)status;
    }

    /* Convert in chunks through a scratch buffer so the needed length is known even when `out`
       is too small; text is copied into `out` only while it fits. */
    UChar scratch[4096];
    const char *source = bytes;
    const char *sourceLimit = bytes + length;
    int32_t total = 0;
    for (;;) {
        UChar *target = scratch;
        UChar *targetLimit = scratch + (sizeof scratch / sizeof scratch[0]);
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter, &target, targetLimit, &source, sourceLimit, NULL, 1, &status);
        int32_t produced = (int32_t)(target - scratch);
        if (total + produced <= capacity && out != NULL) {
            memcpy(out + total, scratch, (size_t)produced * sizeof(UChar));
        }
        total += produced;
        if (status == U_BUFFER_OVERFLOW_ERROR) continue;
        if (U_FAILURE(status)) {
            char invalid[32];
            int8_t invalidLength = (int8_t)sizeof invalid;
            UErrorCode ignored = U_ZERO_ERROR;
            ucnv_getInvalidChars(converter, invalid, &invalidLength, &ignored);
            if (U_FAILURE(ignored)) invalidLength = 0;
            *errorByteOffset = (int32_t)(source - bytes) - invalidLength;
            ucnv_close(converter);
            return -(int32_t)status;
        }
        break;
    }
    ucnv_close(converter);
    return total;
}
