// docx_fuzz.cpp — libFuzzer target for the .docx reader (tests/fuzz/run.sh; CI runs it briefly).
//
// Mutating a real .docx mostly breaks its CRC or deflate stream, so half the inputs reach the XML walker
// directly: with an even first byte the rest is the main document's XML, packed (stored) into a package;
// with an odd one the rest is the file as given (ZIP framing, inflate, caps). Every input must give a
// usable report that saves and loads again, or a message.
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "zip/zip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string input(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) {
    nianbao::zip::Writer w;
    w.add("word/document.xml", input, false);
    input = w.finish();
  }
  return check_import_result(nianbao::import_report(input, "report.docx"));
}
