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
