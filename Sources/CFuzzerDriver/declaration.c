// The target is only a header (libFuzzer's driver); SwiftPM wants a source file in every C target.
#include "CFuzzerDriver.h"
