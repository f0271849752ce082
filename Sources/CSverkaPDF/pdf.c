/*
 * pdf.c — the only file that includes poppler's and GLib's headers (see sverka_pdf.h).
 */
#include "sverka_pdf.h"

#include <poppler.h>
#include <stdlib.h>
#include <string.h>

struct sv_pdf_document {
    PopplerDocument *document;
};

/* poppler reports syntax errors of damaged files through g_log ("Poppler" domain, warnings and
   criticals): the caller reports one line of its own, so they are not printed. */
static void sv_pdf_quiet(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}

static void sv_pdf_silence_once(void) {
    static gsize done = 0;
    if (g_once_init_enter(&done)) {
        g_log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION, sv_pdf_quiet, NULL);
        g_once_init_leave(&done, 1);
    }
}

sv_pdf_document *sv_pdf_open(const uint8_t *bytes, size_t length, sv_pdf_status *status, char **message) {
    sv_pdf_silence_once();
    *status = SV_PDF_DAMAGED;
    if (message) *message = NULL;
    GBytes *data = g_bytes_new(bytes, length);
    GError *error = NULL;
    PopplerDocument *document = poppler_document_new_from_bytes(data, NULL, &error);
    g_bytes_unref(data);
    if (document == NULL) {
        if (error != NULL && error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED) {
            *status = SV_PDF_ENCRYPTED;
        }
        if (message && error != NULL && error->message != NULL) *message = strdup(error->message);
        if (error != NULL) g_error_free(error);
        return NULL;
    }
    sv_pdf_document *result = malloc(sizeof *result);
    if (result == NULL) {
        g_object_unref(document);
        return NULL;
    }
    result->document = document;
    *status = SV_PDF_OK;
    return result;
}

int sv_pdf_page_count(const sv_pdf_document *document) {
    return poppler_document_get_n_pages(document->document);
}

int sv_pdf_page_read(sv_pdf_document *document, int index, sv_pdf_page *page) {
    memset(page, 0, sizeof *page);
    PopplerPage *source = poppler_document_get_page(document->document, index);
    if (source == NULL) return -1;
    poppler_page_get_size(source, &page->width, &page->height);
    gchar *text = poppler_page_get_text(source);
    page->text = strdup(text != NULL ? text : "");
    g_free(text);
    PopplerRectangle *rectangles = NULL;
    guint count = 0;
    if (poppler_page_get_text_layout(source, &rectangles, &count) && count > 0) {
        page->boxes = malloc(count * sizeof(sv_pdf_box));
        if (page->boxes != NULL) {
            for (guint k = 0; k < count; k++) {
                page->boxes[k] = (sv_pdf_box){ rectangles[k].x1, rectangles[k].y1, rectangles[k].x2, rectangles[k].y2 };
            }
            page->box_count = count;
        }
    }
    g_free(rectangles);
    g_object_unref(source);
    if (page->text == NULL) {
        sv_pdf_page_free(page);
        return -1;
    }
    return 0;
}

void sv_pdf_page_free(sv_pdf_page *page) {
    free(page->text);
    free(page->boxes);
    memset(page, 0, sizeof *page);
}

void sv_pdf_free_message(char *message) {
    free(message);
}

void sv_pdf_close(sv_pdf_document *document) {
    if (document == NULL) return;
    g_object_unref(document->document);
    free(document);
}
