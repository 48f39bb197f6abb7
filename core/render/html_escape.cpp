// html_escape.cpp — UTF-8 repair and HTML escaping for the exported report page.
#include "render/html_escape.h"

#include "nianbao/report.h"

namespace nianbao {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// Length announced by a UTF-8 lead byte, or 0 for a byte that cannot start a sequence.
size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

/// C0 controls other than tab/LF/CR, and DEL: HTML treats them as parse errors, and they are never
/// meant to be printed in a report.
bool is_unprintable_ascii(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F; }

}  // namespace

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const size_t len = sequence_length(lead);
    // is_valid_utf8 (report.h) also rejects overlong forms, surrogates and code points past U+10FFFF.
    if (len == 0 || i + len > s.size() || !is_valid_utf8(s.substr(i, len)) || (len == 1 && is_unprintable_ascii(lead))) {
      out += kReplacement;
      ++i;
      continue;
    }
    out.append(s, i, len);
    i += len;
  }
  return out;
}

std::string html_escape(std::string_view s) {
  const std::string clean = sanitize_utf8(s);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace nianbao
