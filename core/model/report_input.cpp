// report_input.cpp — one report from a file's bytes (report_input.h).
#include "nianbao/report_input.h"

#include "nianbao/docx.h"
#include "nianbao/import.h"
#include "nianbao/text.h"

namespace nianbao {

namespace {

bool ends_with_ascii_nocase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  s.remove_prefix(s.size() - suffix.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
    if (c != suffix[i]) return false;
  }
  return true;
}

}  // namespace

bool looks_like_report_json(std::string_view name, std::string_view bytes) {
  const size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return ends_with_ascii_nocase(name, ".json") || (first != std::string_view::npos && bytes[first] == '{');
}

std::string_view importable_kind(std::string_view bytes) {
  if (looks_like_word_file(bytes)) return "Word 或 WPS 文档";
  const size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first == std::string_view::npos || std::string_view("{[\"-0123456789tfn").find(bytes[first]) != std::string_view::npos)
    return {};
  if (bytes[first] == '<') return "网页（HTML）";
  // Text in UTF-8 or GBK has no NUL byte; other binary files do, early.
  return bytes.substr(0, 4096).find('\0') == std::string_view::npos ? "文本" : "";
}

ReportInput read_report_input(std::string_view name, std::string bytes, const LegacyDecoder& decode_legacy) {
  ReportInput out;
  // Notepad's "Unicode" is UTF-16 with a byte-order mark (the CLI's reader converts it before; the editor's not).
  if (text::FromUtf16 utf16 = text::from_utf16(bytes); utf16.utf16) {
    if (!utf16.error.empty()) {
      out.error = utf16.error;
      return out;
    }
    out.note = "是 UTF-16 编码，已转换读取";
    bytes = std::move(utf16.text);
  }
  if (looks_like_report_json(name, bytes)) {
    LoadResult r = load_report_json(bytes);
    if (!r.ok) {
      out.error = r.error;
      return out;
    }
    out.report = std::move(r.report);
    out.ok = true;
    return out;
  }
  if (decode_legacy && !looks_like_word_file(bytes) && !text::is_valid_utf8(bytes))
    if (std::optional<std::string> utf8 = decode_legacy(bytes)) {
      out.note = "不是 UTF-8 编码，已按 GBK（GB18030）转换后导入";
      bytes = std::move(*utf8);
    }
  ImportResult imported = import_report(bytes, name);
  if (!imported.ok) {
    out.error = imported.error;
    return out;
  }
  out.report = std::move(imported.report);
  out.imported = true;
  out.ok = true;
  return out;
}

}  // namespace nianbao
