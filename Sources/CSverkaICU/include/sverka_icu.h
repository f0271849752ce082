/*
 * sverka_icu.h — the only window Sverka opens onto system ICU (libicu-dev).
 *
 * Every declaration here uses plain C types, so Swift can import this header next to
 * Foundation (which carries its own ICU as _FoundationICU) without clashing definitions.
 * The <unicode/...> headers are included only in the .c files of this target.
 *
 * Conventions:
 *  - Text is UTF-16 code units (`uint16_t`), lengths in code units.
 *  - A function that fills a caller buffer returns the length it needs; when that is larger than
 *    the capacity given, nothing useful was written and the caller retries with a bigger buffer.
 *  - A negative return is an ICU error code, negated (see sv_error_name).
 */
#ifndef SVERKA_ICU_H
#define SVERKA_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Name of an ICU error code (the negated value of a negative return), e.g. "U_ILLEGAL_CHAR_FOUND". */
const char *sv_error_name(int32_t code);

/** Version of the ICU library linked in, e.g. "72.1", written into `out` (NUL-terminated). */
void sv_icu_version(char *out, int32_t capacity);

/* ---- Charsets -------------------------------------------------------------------------------- */

/**
 * Guesses the charset of `bytes` with ICU's detector. Writes the best match's canonical name
 * (NUL-terminated) into `nameOut` and its confidence (0–100) into `confidenceOut`.
 * Returns the number of candidates considered (0 when nothing matched), or a negative error.
 * At most `maxCandidates` candidates are written, names separated by '\n', confidences into
 * `confidences`; the first is the best.
 */
int32_t sv_charset_detect_all(const char *bytes, int32_t length,
                              char *namesOut, int32_t namesCapacity,
                              int32_t *confidences, int32_t maxCandidates);

/** 1 when ICU knows a converter of this name (aliases included), else 0. */
int32_t sv_charset_is_known(const char *charset);

/**
 * Converts `bytes` in `charset` to UTF-16, strictly: the first illegal or unmappable byte sequence
 * stops the conversion. Returns the UTF-16 length needed (fill `out` when it fits), or a negative
 * error; on an illegal sequence the error is returned and `*errorByteOffset` holds the offset of
 * the first offending byte.
 */
int32_t sv_charset_to_utf16(const char *charset, const char *bytes, int32_t length,
                            uint16_t *out, int32_t capacity, int32_t *errorByteOffset);

/* ---- Normalisation and case ------------------------------------------------------------------ */

/** NFC-normalises `src` into `dst`. Returns the length needed, or a negative error. */
int32_t sv_normalize_nfc(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity);

/** Lower-cases `src` into `dst` with the rules of `locale` (e.g. "ru", "en", "tr"). Returns the length needed, or a negative error. */
int32_t sv_to_lower(const char *locale, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity);

/* ---- Break iteration ------------------------------------------------------------------------- */

/** An open ICU break iterator: not thread-safe, one per thread. */
typedef struct sv_breaker sv_breaker;

enum { SV_BREAK_SENTENCE = 0, SV_BREAK_WORD = 1 };

/** Opens a sentence or word break iterator for `locale`. Returns NULL and sets `*status` (negated ICU error) on failure. */
sv_breaker *sv_breaker_open(int32_t kind, const char *locale, int32_t *status);

/** Closes a break iterator; NULL is ignored. */
void sv_breaker_close(sv_breaker *breaker);

/**
 * Runs the iterator over `text`, writing every boundary after 0 (the last is `length`) into
 * `boundaries` and the ICU rule status of the segment that ends there into `statuses`
 * (word iterators: 0–99 none/punctuation, 100–199 number, 200–299 letter, 300–499 kana/ideographic).
 * Returns the number of boundaries (fill when it fits `capacity`), or a negative error.
 */
int32_t sv_breaker_run(sv_breaker *breaker, const uint16_t *text, int32_t length,
                       int32_t *boundaries, int32_t *statuses, int32_t capacity);

/* ---- Transliteration ------------------------------------------------------------------------- */

/** An open ICU transliterator: not thread-safe, one per thread. */
typedef struct sv_translit sv_translit;

/** Opens a transliterator by ICU id, e.g. "Russian-Latin/BGN; Latin-ASCII". NULL and `*status` on failure. */
sv_translit *sv_translit_open(const char *id, int32_t *status);

/** Closes a transliterator; NULL is ignored. */
void sv_translit_close(sv_translit *translit);

/**
 * Transliterates `src` into `dst`. Returns the length needed (fill when it fits), or a negative error.
 */
int32_t sv_translit_run(sv_translit *translit, const uint16_t *src, int32_t length,
                        uint16_t *dst, int32_t capacity);

/* ---- Character properties -------------------------------------------------------------------- */

/** ISO 15924 short name of the script of code point `cp` ("Cyrl", "Latn", "Zyyy" for common, "Zinh" inherited). */
const char *sv_script_short_name(uint32_t cp);

#ifdef __cplusplus
}
#endif

#endif
