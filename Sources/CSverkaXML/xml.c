/*
 * xml.c — libxml2's XML and HTML parsers, the tree walked without recursion into the event stream
 * described in sverka_xml.h.
 */
#include "sverka_xml.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

/* A growing byte buffer; `failed` once an allocation failed. */
typedef struct buffer {
    uint8_t *bytes;
    size_t length;
    size_t capacity;
    int failed;
} buffer;

static void put(buffer *out, const uint8_t *bytes, size_t count) {
    if (out->failed || count == 0) return;
    if (out->length + count > out->capacity) {
        size_t capacity = out->capacity ? out->capacity : 4096;
        while (capacity < out->length + count) capacity *= 2;
        uint8_t *grown = realloc(out->bytes, capacity);
        if (grown == NULL) { out->failed = 1; return; }
        out->bytes = grown;
        out->capacity = capacity;
    }
    memcpy(out->bytes + out->length, bytes, count);
    out->length += count;
}

static void put_byte(buffer *out, uint8_t byte) { put(out, &byte, 1); }

/* Puts a NUL-terminated string, the stream's own marks (0x01-0x08, 0x1F) written as spaces. */
static void put_string(buffer *out, const xmlChar *text) {
    if (text == NULL) return;
    const uint8_t *start = (const uint8_t *)text;
    const uint8_t *cursor = start;
    for (; *cursor; cursor++) {
        if (*cursor <= 0x08 || *cursor == 0x1F) {
            put(out, start, (size_t)(cursor - start));
            put_byte(out, ' ');
            start = cursor + 1;
        }
    }
    put(out, start, (size_t)(cursor - start));
}

static void put_name(buffer *out, const xmlNs *ns, const xmlChar *name) {
    if (ns != NULL) put_string(out, ns->href);
    put_byte(out, 0x1F);
    put_string(out, name);
}

static void put_element_start(buffer *out, const xmlNode *node) {
    put_byte(out, 0x01);
    put_name(out, node->ns, node->name);
    for (const xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next) {
        put_byte(out, 0x02);
        put_name(out, attribute->ns, attribute->name);
        put_byte(out, 0x1F);
        for (const xmlNode *part = attribute->children; part != NULL; part = part->next) {
            if (part->type == XML_TEXT_NODE) put_string(out, part->content);
        }
    }
    put_byte(out, 0x03);
}

/* Writes the subtree of `root`'s children in document order, without recursion. */
static void walk(buffer *out, xmlNode *root) {
    xmlNode *node = root->children;
    while (node != NULL) {
        int descend = 0;
        switch (node->type) {
        case XML_ELEMENT_NODE:
            put_element_start(out, node);
            descend = 1;
            break;
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            put_byte(out, 0x04);
            put_string(out, node->content);
            break;
        default: /* comments, processing instructions, entity references, DTD nodes */
            break;
        }
        if (descend && node->children != NULL) {
            node = node->children;
            continue;
        }
        if (descend) put_byte(out, 0x05);
        /* Climb until a next sibling, closing the elements left. */
        while (node != NULL && node != root && node->next == NULL) {
            node = node->parent;
            if (node != NULL && node != root && node->type == XML_ELEMENT_NODE) put_byte(out, 0x05);
        }
        if (node == NULL || node == root) break;
        node = node->next;
    }
}

static pthread_once_t initialised = PTHREAD_ONCE_INIT;
static void initialise(void) { xmlInitParser(); }

static void copy_text(char *destination, size_t capacity, const char *text) {
    if (text == NULL) text = "";
    size_t length = strlen(text);
    if (length >= capacity) length = capacity - 1;
    memcpy(destination, text, length);
    destination[length] = 0;
    for (size_t index = 0; index < length; index++) {
        if (destination[index] == '\n' || destination[index] == '\r') destination[index] = ' ';
    }
    while (length > 0 && destination[length - 1] == ' ') destination[--length] = 0;
}

int sv_xml_parse(const uint8_t *bytes, size_t length, int kind, const char *encoding, sv_xml_result *result) {
    memset(result, 0, sizeof *result);
    pthread_once(&initialised, initialise);
    if (length > (size_t)INT32_MAX) {
        copy_text(result->error, sizeof result->error, "too large for libxml2");
        return -1;
    }
    xmlParserCtxtPtr context = kind == SV_XML_KIND_HTML ? htmlNewParserCtxt() : xmlNewParserCtxt();
    if (context == NULL) {
        copy_text(result->error, sizeof result->error, "out of memory");
        return -1;
    }
    xmlDocPtr document;
    if (kind == SV_XML_KIND_HTML) {
        int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER;
        if (encoding != NULL) options |= HTML_PARSE_IGNORE_ENC;
        document = htmlCtxtReadMemory(context, (const char *)bytes, (int)length, NULL, encoding, options);
    } else {
        int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
        if (encoding != NULL) options |= XML_PARSE_IGNORE_ENC;
        document = xmlCtxtReadMemory(context, (const char *)bytes, (int)length, NULL, encoding, options);
    }
    /* XML must be well-formed; HTML recovers from errors, but not from a parser that stopped (elements
       nested deeper than libxml2's limit of 256): the rest of the page would be lost unsaid. */
    int stopped = kind == SV_XML_KIND_HTML && context->disableSAX;
    if (document == NULL || (kind == SV_XML_KIND_XML && !context->wellFormed) || stopped) {
        const xmlError *error = &context->lastError;
        char message[256];
        if (error->message != NULL && strstr(error->message, "Excessive depth") != NULL) {
            snprintf(message, sizeof message, "line %d: elements nested too deep (more than %u levels)", error->line, xmlParserMaxDepth);
        } else if (error->message != NULL) {
            snprintf(message, sizeof message, "line %d: %s", error->line, error->message);
        } else {
            snprintf(message, sizeof message, "not well-formed");
        }
        copy_text(result->error, sizeof result->error, message);
        if (document != NULL) xmlFreeDoc(document);
        if (kind == SV_XML_KIND_HTML) htmlFreeParserCtxt(context); else xmlFreeParserCtxt(context);
        return -1;
    }
    if (encoding == NULL && document->encoding != NULL) {
        copy_text(result->declared_encoding, sizeof result->declared_encoding, (const char *)document->encoding);
    }
    buffer out = {0};
    walk(&out, (xmlNode *)document);
    xmlFreeDoc(document);
    if (kind == SV_XML_KIND_HTML) htmlFreeParserCtxt(context); else xmlFreeParserCtxt(context);
    if (out.failed) {
        free(out.bytes);
        copy_text(result->error, sizeof result->error, "out of memory");
        return -1;
    }
    result->events = out.bytes;
    result->length = out.length;
    return 0;
}

void sv_xml_free(sv_xml_result *result) {
    free(result->events);
    result->events = NULL;
    result->length = 0;
}
