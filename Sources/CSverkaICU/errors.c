/* ICU status and version helpers. */
#include "sverka_icu.h"

#include <unicode/uversion.h>
#include <unicode/utypes.h>

const char *sv_error_name(int32_t code) {
    return u_errorName((UErrorCode)code);
}

void sv_icu_version(char *out, int32_t capacity) {
    UVersionInfo info;
    char buffer[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, buffer);
    if (capacity <= 0) return;
    int32_t i = 0;
    for (; i < capacity - 1 && buffer[i] != '\0'; i++) out[i] = buffer[i];
    out[i] = '\0';
}
