#ifndef FINCYBER_CLIBZIP_SHIM_H
#define FINCYBER_CLIBZIP_SHIM_H

// libzip (Debian's libzip-dev): reads a returned workbook's archive from memory, one entry at a
// time, after its directory has been checked (see Sources/FinCyberWorkbook/Reading/ZipArchive.swift).
#include <zip.h>

#endif
