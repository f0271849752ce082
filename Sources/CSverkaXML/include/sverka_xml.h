/*
 * sverka_xml.h — parses XML and HTML with the system libxml2 and hands the tree back as a flat
 * UTF-8 event stream, plain C types only (libxml2's headers are included in the .c file alone).
 *
 * The stream, in document order:
 *   0x01 NAMESPACE 0x1F NAME                 an element starts (NAMESPACE empty when it has none)
 *   0x02 NAMESPACE 0x1F NAME 0x1F VALUE      an attribute of the element just started
 *   0x03                                     the element's attributes are done
 *   0x04 TEXT                                text (character data, CDATA; entities decoded)
 *   0x05                                     the innermost open element ends
 * Bytes 0x01-0x08 and 0x1F never occur inside names, values or text (they are written as spaces).
 * Comments, processing instructions and references to entities the document declares itself are
 * left out (such entities are never expanded: no "billion laughs").
 */
#ifndef SVERKA_XML_H
#define SVERKA_XML_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** What sv_xml_parse reads. */
enum sv_xml_kind {
    /** XML (DOCX, ODT, EPUB package files): a well-formedness error fails. */
    SV_XML_KIND_XML = 0,
    /** HTML or XHTML, read as browsers do (libxml2's HTML parser, which recovers from errors). */
    SV_XML_KIND_HTML = 1
};

/** The result of sv_xml_parse; release it with sv_xml_free. */
typedef struct sv_xml_result {
    /** The event stream (NULL on failure), `length` bytes, not NUL-terminated. */
    uint8_t *events;
    size_t length;
    /** The encoding the document declared (XML declaration, <meta charset>, http-equiv), or the
        empty string when it declared none or `encoding` was given. */
    char declared_encoding[64];
    /** Why parsing failed (empty on success): libxml2's first error, one line. */
    char error[256];
} sv_xml_result;

/** Parses `length` bytes of `kind`. `encoding` (a name iconv knows, or NULL) overrides what the
    document declares. No network access, no external DTD or entity is loaded. Returns 0 on success,
    -1 on failure (`result->error` says why). */
int sv_xml_parse(const uint8_t *bytes, size_t length, int kind, const char *encoding, sv_xml_result *result);

/** Releases what sv_xml_parse allocated in `result` (its fields are reset). */
void sv_xml_free(sv_xml_result *result);

#ifdef __cplusplus
}
#endif

#endif
