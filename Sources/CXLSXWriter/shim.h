#ifndef FINCYBER_CXLSXWRITER_SHIM_H
#define FINCYBER_CXLSXWRITER_SHIM_H

// libxlsxwriter (Debian's libxlsxwriter-dev): writes the Excel workbook that `fincyber workbook`
// hands to control owners. Only writing: a returned workbook is read with libzip and libxml2.
#include <xlsxwriter.h>

#endif
