// text.cpp — UTF-8 decoding, validation, repair, counting and white space (see nianbao/text.h).
#include "nianbao/text.h"

#include <utf8.h>

namespace nianbao::text {

char32_t next_checked(std::string_view s, size_t& at) {
  const char* it = s.data() + at;
  utf8::uint32_t cp = 0;
  if (utf8::internal::validate_next(it, s.data() + s.size(), cp) != utf8::internal::UTF8_OK) {
    ++at;
    return kReplacement;
  }
  at = static_cast<size_t>(it - s.data());
  return static_cast<char32_t>(cp);
}

std::u32string decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t at = 0; at < s.size();) out.push_back(next(s, at));
  return out;
}

void append(std::string& out, char32_t c) {
  if (!utf8::internal::is_code_point_valid(static_cast<utf8::uint32_t>(c))) c = kReplacement;
  utf8::unchecked::append(static_cast<utf8::uint32_t>(c), std::back_inserter(out));
}

std::string encode(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) append(out, c);
  return out;
}

size_t find_invalid(std::string_view s) {
  const char* bad = utf8::find_invalid(s.data(), s.data() + s.size());
  return bad == s.data() + s.size() ? kNoError : static_cast<size_t>(bad - s.data());
}

Repaired repair(std::string_view s) {
  Repaired r;
  size_t at = 0;
  while (at < s.size()) {
    const size_t bad = find_invalid(s.substr(at));
    if (bad == kNoError) {
      r.text.append(s.substr(at));
      break;
    }
    r.text.append(s.substr(at, bad));
    if (r.replaced++ == 0) r.first_bad = at + bad;
    append(r.text, kReplacement);
    at += bad + 1;
    while (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) ++at;  // its continuation bytes
  }
  return r;
}

size_t count(std::string_view s) {
  size_t n = 0;
  for (size_t at = 0; at < s.size(); ++n) next(s, at);
  return n;
}

size_t utf16_length(std::string_view s) {
  size_t n = 0;
  for (size_t at = 0; at < s.size();) n += next(s, at) >= 0x10000 ? 2 : 1;
  return n;
}

size_t utf16_to_byte(std::string_view s, size_t units) {
  size_t at = 0, n = 0;
  while (at < s.size() && n < units) n += next(s, at) >= 0x10000 ? 2 : 1;
  return at;
}

bool is_blank_text(std::string_view s) {
  for (size_t at = 0; at < s.size();)
    if (!is_blank(next(s, at))) return false;
  return true;
}

std::string_view trim(std::string_view s) {
  size_t begin = 0, end = s.size();
  for (size_t at = 0; at < s.size();) {
    const size_t start = at;
    if (!is_blank(next(s, at))) {
      begin = start;
      break;
    }
    begin = at;
  }
  for (size_t at = begin; at < s.size();) {
    if (!is_blank(next(s, at))) end = at;
  }
  if (begin >= s.size()) return s.substr(s.size());
  return s.substr(begin, end - begin);
}

}  // namespace nianbao::text

namespace nianbao::text {

bool cut_at_end(std::string_view s, size_t at) {
  if (at >= s.size()) return false;
  const auto lead = static_cast<unsigned char>(s[at]);
  const size_t want = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
  if (want == 0 || s.size() - at >= want) return false;
  for (size_t i = at + 1; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return false;
  return true;
}

FromUtf16 from_utf16(std::string_view bytes) {
  FromUtf16 out;
  if (bytes.size() < 2) return out;
  const auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
  const bool little = b0 == 0xFF && b1 == 0xFE;
  if (!little && !(b0 == 0xFE && b1 == 0xFF)) return out;
  out.utf16 = true;
  out.text.reserve(bytes.size() * 3 / 2);
  auto unit = [&](size_t i) {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<char32_t>(little ? a | b << 8 : a << 8 | b);
  };
  for (size_t i = 2; i < bytes.size(); i += 2) {
    if (i + 1 >= bytes.size()) {
      out.error = "UTF-16 文本在第 " + std::to_string(i) + " 字节处被截断（少半个字符），文件不完整";
      break;
    }
    char32_t c = unit(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      out.error = "UTF-16 文本在第 " + std::to_string(i) + " 字节处损坏（不成对的代理项）";
      break;
    }
    append(out.text, c);
  }
  if (!out.error.empty()) out.text.clear();
  return out;
}

}  // namespace nianbao::text
