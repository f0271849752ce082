/* Nothing to compile: the header declares a function of libFuzzer (SwiftPM needs one source file). */
#include "CFuzzDriver.h"
