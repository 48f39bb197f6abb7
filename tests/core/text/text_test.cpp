// text_test.cpp — UTF-8 decoding, validation, repair, counting and white space (nianbao/text.h).
#include "nianbao/text.h"

#include <doctest/doctest.h>

using namespace nianbao;

TEST_CASE("next/decode: code points of valid UTF-8, a malformed byte is U+FFFD and is skipped alone") {
  CHECK(text::decode("a偃埇😀") == U"a偃埇😀");
  CHECK(text::decode("\xE5\x81") == std::u32string(2, text::kReplacement));  // cut-off sequence: byte by byte
  CHECK(text::decode("\xC0\xAF") == std::u32string(2, text::kReplacement));  // overlong
  CHECK(text::decode("\xED\xA0\x80x") == std::u32string(3, text::kReplacement) + U"x");  // surrogate
  size_t at = 0;
  CHECK(text::next("\xEF\xBF\xBD", at) == text::kReplacement);  // a real U+FFFD takes its 3 bytes
  CHECK(at == 3);
}

TEST_CASE("encode/append: round trip, invalid code points become U+FFFD") {
  CHECK(text::encode(U"偃师😀") == "偃师😀");
  CHECK(text::encode(std::u32string(1, char32_t(0xD800))) == "\xEF\xBF\xBD");
  CHECK(text::encode(std::u32string(1, char32_t(0x110000))) == "\xEF\xBF\xBD");
}

TEST_CASE("find_invalid: the offset of the first bad byte") {
  CHECK(text::find_invalid("偃埇") == text::kNoError);
  CHECK(text::is_valid_utf8(""));
  CHECK(text::find_invalid("ab\xE6\xB5") == 2);
  CHECK(text::find_invalid("\xC0\xAF") == 0);
  CHECK(text::find_invalid("x\xED\xA0\x80") == 1);
  CHECK(text::find_invalid("\xF4\x90\x80\x80") == 0);  // past U+10FFFF
}

TEST_CASE("repair: one U+FFFD per malformed sequence, with the first offset and the count") {
  text::Repaired r = text::repair("偃\xE5\x81师\xFF");
  CHECK(r.text == "偃\xEF\xBF\xBD师\xEF\xBF\xBD");
  CHECK(r.replaced == 2);
  CHECK(r.first_bad == 3);
  text::Repaired clean = text::repair("年报");
  CHECK(clean.text == "年报");
  CHECK(clean.replaced == 0);
  CHECK(clean.first_bad == text::kNoError);
}

TEST_CASE("count, UTF-16 lengths and offsets (what the DOM counts)") {
  CHECK(text::count("a偃😀") == 3);
  CHECK(text::utf16_length("a偃😀") == 4);
  CHECK(text::utf16_to_byte("a偃😀b", 2) == 4);
  CHECK(text::utf16_to_byte("a偃😀b", 4) == 8);
  CHECK(text::utf16_to_byte("a偃😀b", 99) == 9);
}

TEST_CASE("is_blank: one definition of white space, including the ideographic space and NBSP") {
  for (char32_t c : {U' ', U'\t', U'\n', U'\r', char32_t(0xA0), char32_t(0x3000), char32_t(0x2003), char32_t(0x200B),
                     char32_t(0xFEFF), char32_t(0x2028), char32_t(0x85)})
    CHECK(text::is_blank(c));
  for (char32_t c : {U'a', U'0', U'，', U'偃', char32_t(0x200C)}) CHECK_FALSE(text::is_blank(c));
  CHECK(text::is_blank_text(" \u3000\u00A0\n"));
  CHECK_FALSE(text::is_blank_text(" 无 "));
  CHECK(text::trim("\u3000 （一）主动公开\u00A0 ") == "（一）主动公开");
  CHECK(text::trim("   ").empty());
  CHECK(text::trim("") == "");
}
