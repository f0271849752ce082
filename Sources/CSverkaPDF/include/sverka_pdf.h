/*
 * sverka_pdf.h — reads the text layer of a PDF through poppler (libpoppler-glib), plain C types only.
 * poppler and GLib headers are included only in pdf.c.
 */
#ifndef SVERKA_PDF_H
#define SVERKA_PDF_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** An open PDF document (opaque). */
typedef struct sv_pdf_document sv_pdf_document;

/** Why a PDF could not be opened. */
typedef enum {
    SV_PDF_OK = 0,
    /** The document needs a password to be opened (encrypted with a user password). */
    SV_PDF_ENCRYPTED = 1,
    /** The bytes are not a PDF poppler can read (damaged, truncated, or no PDF at all). */
    SV_PDF_DAMAGED = 2,
} sv_pdf_status;

/** A glyph's box on its page, in points from the top-left corner. */
typedef struct {
    double x1, y1, x2, y2;
} sv_pdf_box;

/** The text of one page: UTF-8 `text` (lines separated by '\n', in poppler's reading order) and one
    box per character of it (`box_count` of them; a line break has the box of the glyph before it),
    or none when poppler gives no layout. Free with sv_pdf_page_free. */
typedef struct {
    char *text;
    sv_pdf_box *boxes;
    size_t box_count;
    double width, height;
} sv_pdf_page;

/** Opens the PDF held in `bytes` (copied; `length` bytes). Returns NULL and sets `*status` (and
    `*message`, a malloc'd line from poppler to free with sv_pdf_free_message, or NULL) on failure. */
sv_pdf_document *sv_pdf_open(const uint8_t *bytes, size_t length, sv_pdf_status *status, char **message);

/** The number of pages. */
int sv_pdf_page_count(const sv_pdf_document *document);

/** Reads page `index` (0-based) into `*page`. Returns 0, or -1 when the page cannot be read. */
int sv_pdf_page_read(sv_pdf_document *document, int index, sv_pdf_page *page);

/** Frees what sv_pdf_page_read put into `page`. */
void sv_pdf_page_free(sv_pdf_page *page);

/** Frees a message from sv_pdf_open; NULL is ignored. */
void sv_pdf_free_message(char *message);

/** Closes a document from sv_pdf_open; NULL is ignored. */
void sv_pdf_close(sv_pdf_document *document);

#ifdef __cplusplus
}
#endif

#endif
