/*
 * poppler_glib.h — poppler's GLib interface (Debian libpoppler-glib-dev). Only CSverkaPDF's .c file
 * includes it; the include paths come from pkg-config (poppler-glib.pc) through this system library.
 */
#include <poppler.h>
