// html_escape.cpp — UTF-8 repair and HTML escaping for the exported report page.
#include "render/html_escape.h"

#include "nianbao/text.h"

namespace nianbao {

namespace {

/// C0 controls other than tab/LF/CR, and DEL: HTML treats them as parse errors, and they are never
/// meant to be printed in a report.
bool is_unprintable_ascii(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F; }

}  // namespace

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    const char32_t c = text::next(s, i);
    const bool malformed = c == text::kReplacement && i == start + 1;  // a real U+FFFD takes 3 bytes
    if (malformed || (c < 0x80 && is_unprintable_ascii(static_cast<unsigned char>(c))))
      text::append(out, text::kReplacement);
    else
      out.append(s, start, i - start);
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

std::string html_page_start(std::string_view title_html, std::string_view style) {
  // No script may run and nothing may be fetched: the page is published as is, and a field typed by a
  // user must never become code.
  std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
                    "<meta name=\"referrer\" content=\"no-referrer\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<meta name=\"generator\" content=\"nianbao\">\n<title>";
  out += title_html;
  out += "</title>\n<style>";
  out += style;
  out += "</style>\n</head>\n<body>\n";
  return out;
}

}  // namespace nianbao
