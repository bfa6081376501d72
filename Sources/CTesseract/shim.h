#ifndef FAZHI_CTESSERACT_SHIM_H
#define FAZHI_CTESSERACT_SHIM_H
// Tesseract's C API plus Leptonica (image I/O, deskew, binarization).
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>
#endif
