// html_escape.h — making any user string safe to place in HTML text or a quoted attribute, and the page
// start that keeps every exported page inert.
#pragma once

#include <string>
#include <string_view>

namespace nianbao {

/// Returns `s` with every byte that does not start a well-formed UTF-8 sequence, and every control
/// character other than tab, LF and CR, replaced by U+FFFD (so a damaged file still renders as text).
/// `s`: any bytes.
std::string sanitize_utf8(std::string_view s);

/// Sanitizes `s` (see sanitize_utf8) and escapes & < > " ' as character references, so the result is
/// inert both as element text and inside a double- or single-quoted attribute value.
/// `s`: any bytes, typically a field typed by a user.
std::string html_escape(std::string_view s);

/// The start of every page nianbao writes, up to and including <body>: UTF-8, a Content-Security-Policy under
/// which no script runs and nothing is fetched, no referrer, the viewport, `title_html` (already escaped) and
/// the inline `style`.
std::string html_page_start(std::string_view title_html, std::string_view style);

}  // namespace nianbao
