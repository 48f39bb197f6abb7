// report_input.h — one report from a file's bytes, whatever the file (data contract §4, inputs of `batch`):
// report JSON as is; a saved page, text or Word document through the importer, a GBK page converted by the
// caller's decoder first. Shared by the CLI (`batch`, `aggregate`, `check --units`) and the editor's workbench.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "nianbao/report.h"

namespace nianbao {

/// Converts legacy Chinese bytes (GBK / GB18030) to UTF-8, or nullopt when they are not that either. The
/// platform supplies it (native: iconv; browser: TextDecoder('gbk')): core has no tables of its own.
using LegacyDecoder = std::function<std::optional<std::string>(const std::string& bytes)>;

struct ReportInput {
  bool ok = false;
  std::string error;      ///< Chinese, without the file's name (the caller adds it where it shows it)
  std::string note;       ///< conversion done on the way ("是 UTF-16 编码，已转换读取", "不是 UTF-8 编码，…")
  Report report;
  bool imported = false;  ///< read by the importer (not report JSON)
};

/// Does `bytes` named `name` hold report JSON (a .json name, or a first character '{')?
[[nodiscard]] bool looks_like_report_json(std::string_view name, std::string_view bytes);

/// What a file that is clearly not report JSON is — "网页（HTML）", "Word 或 WPS 文档", "文本" — so that a command
/// expecting JSON can advise importing it; "" when it may be JSON (empty, or starting like a JSON value) or looks
/// like none of these (other binary files).
[[nodiscard]] std::string_view importable_kind(std::string_view bytes);

/// Reads one report from `bytes` (a file named `name`): UTF-16 with a byte-order mark converted first.
/// `decode_legacy` may be empty (then GBK is refused by the importer with its message). Never throws.
[[nodiscard]] ReportInput read_report_input(std::string_view name, std::string bytes, const LegacyDecoder& decode_legacy);

}  // namespace nianbao
