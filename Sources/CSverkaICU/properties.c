/* Unicode character properties (uscript). */
#include "sverka_icu.h"

#include <unicode/uscript.h>

const char *sv_script_short_name(uint32_t cp) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript((UChar32)cp, &status);
    if (U_FAILURE(status)) return "Zzzz";
    const char *name = uscript_getShortName(code);
    return name != NULL ? name : "Zzzz";
}
