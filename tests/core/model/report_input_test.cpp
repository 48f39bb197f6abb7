// report_input_test.cpp — what a file that is not report JSON is, for the advice to import it.
#include "nianbao/report_input.h"

#include "support.h"

using namespace nianbao;

TEST_CASE("importable_kind: a page, text or Word document is named, anything that may be JSON is not") {
  CHECK(importable_kind("\xEF\xBB\xBF  <html><body>报告</body></html>") == "网页（HTML）");
  CHECK(importable_kind("平潭综合实验区2021年政府信息公开工作年度报告") == "文本");
  CHECK(importable_kind("\xC6\xBD\xCC\xB6 GBK text") == "文本");
  CHECK(importable_kind(std::string("PK\x03\x04", 4) + std::string(60, '\0')) == "Word 或 WPS 文档");
  CHECK(importable_kind(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0')) == "Word 或 WPS 文档");
  for (const char* json : {"", "  \n", "{\"schema\": }", "[1]", "\"x\"", "-1", "12", "true", "null"})
    CHECK(importable_kind(json).empty());
  CHECK(importable_kind(std::string("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16)).empty());  // other binary files
}
