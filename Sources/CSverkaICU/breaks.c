/* Sentence and word boundaries (ubrk). */
#include "sverka_icu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>

struct sv_breaker {
    UBreakIterator *iterator;
};

sv_breaker *sv_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIteratorType type = kind == SV_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return NULL;
    }
    sv_breaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    *status = 0;
    return breaker;
}

void sv_breaker_close(sv_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t sv_breaker_run(sv_breaker *breaker, const uint16_t *text, int32_t length,
                       int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    int32_t count = 0;
    ubrk_first(breaker->iterator);
    for (int32_t boundary = ubrk_next(breaker->iterator); boundary != UBRK_DONE;
         boundary = ubrk_next(breaker->iterator)) {
        if (count < capacity) {
            boundaries[count] = boundary;
            statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        }
        count++;
    }
    /* Detach the iterator from the caller's buffer, which may go away. */
    ubrk_setText(breaker->iterator, NULL, 0, &status);
    return count;
}
