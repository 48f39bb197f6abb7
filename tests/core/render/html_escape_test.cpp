// html_escape_test.cpp — escaping of the five HTML-special characters and repair of bad UTF-8.
#include <string>

#include "render/html_escape.h"
#include "nianbao/report.h"
#include "support.h"

using namespace nianbao;

TEST_CASE("html_escape replaces each special character by its reference") {
  CHECK(html_escape("&") == "&amp;");
  CHECK(html_escape("<") == "&lt;");
  CHECK(html_escape(">") == "&gt;");
  CHECK(html_escape("\"") == "&quot;");
  CHECK(html_escape("'") == "&#39;");
  CHECK(html_escape("<a title='x' href=\"y\">&amp;</a>") ==
        "&lt;a title=&#39;x&#39; href=&quot;y&quot;&gt;&amp;amp;&lt;/a&gt;");
  CHECK(html_escape("") == "");
}

TEST_CASE("html_escape keeps well-formed text, CJK and emoji, tabs and line ends unchanged") {
  const std::string text = "偃师市人民政府办公室\t“三安全一稳定”\r\n（一）😀 x=1";
  CHECK(html_escape(text) == text);
  CHECK(sanitize_utf8(text) == text);
}

TEST_CASE("sanitize_utf8 replaces every bad byte and control character by U+FFFD") {
  const std::string R = "\xEF\xBF\xBD";
  CHECK(sanitize_utf8(std::string("a\xFF" "b", 3)) == "a" + R + "b");
  CHECK(sanitize_utf8(std::string("\xE4\xB8", 2)) == R + R);                // truncated 中
  CHECK(sanitize_utf8(std::string("\xC0\xAF", 2)) == R + R);                // overlong '/'
  CHECK(sanitize_utf8(std::string("\xED\xA0\x80", 3)) == R + R + R);        // surrogate
  CHECK(sanitize_utf8(std::string("\xF4\x90\x80\x80", 4)) == R + R + R + R);  // past U+10FFFF
  CHECK(sanitize_utf8(std::string("a\0b\x1B\x7F", 5)) == "a" + R + "b" + R + R);
  CHECK(is_valid_utf8(html_escape(std::string("\x80\x80<\xFE", 4))));
  CHECK(html_escape(std::string("\xFE<", 2)) == R + "&lt;");
}
