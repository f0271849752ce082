/*
 * libxml2.h — the system libxml2 (Debian libxml2-dev), found through pkg-config (libxml-2.0) so that
 * CSverkaXML's C files may include <libxml/...>. Only CSverkaXML uses it; Swift code never imports it.
 */
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
