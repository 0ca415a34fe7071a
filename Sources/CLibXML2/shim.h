#ifndef FINCYBER_CLIBXML2_SHIM_H
#define FINCYBER_CLIBXML2_SHIM_H

// libxml2's ICU support pulls in ICU headers whose UErrorCode clashes with Foundation's own copy
// ("'UErrorCode' has different definitions"). fincyber needs none of it: switch it off before
// any other libxml2 header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlIO.h>

// xmlFree is a global function pointer, which Swift 6 refuses as shared mutable state.
static inline void fincyber_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
