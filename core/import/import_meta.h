// import_meta.h — what a document is before its tables are read: encoding, format, title, year, agency.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "nianbao/format.h"
#include "import/import_source.h"

namespace nianbao::import {

/// "" when `input` is usable UTF-8, else the Chinese reason (binary file, GBK page, damaged or truncated
/// UTF-8, other encoding); `*gbk` (when given) is set for a GBK page.
std::string check_encoding(std::string_view input, bool* gbk = nullptr);

/// What is wrong with a text that is not valid UTF-8.
struct Utf8Damage {
  size_t valid_multibyte = 0;  ///< well-formed characters of two bytes or more
  size_t malformed = 0;        ///< malformed sequences (a bad byte and the continuation bytes after it)
  size_t first_bad = 0;        ///< byte offset of the first malformed sequence
  std::string repaired;        ///< the input with each malformed sequence replaced by U+FFFD
  /// UTF-8 with a few bad spots (at most 1 in 100 characters, or a character cut off at the end): a
  /// damaged or truncated UTF-8 file rather than another encoding.
  bool nearly_valid(size_t input_size) const;
};
/// Scans `input` (expected not to be valid UTF-8).
Utf8Damage scan_utf8(std::string_view input);

struct FormatGuess {
  FormatVersion format = format_for_year(0);
  /// Fingerprints found of each format, indexed by FormatVersion (format-spec §3.6).
  std::array<int, kFormatCount> hits{};
  bool by_year = false;  ///< no fingerprint decided: chosen from the year
  int total_hits() const;
  /// More than one format has fingerprints in the text.
  bool mixed() const;
  /// "2019 年版和 2021 年版": the formats with fingerprints in the text.
  std::string formats_found() const;
};
/// The format whose own labels (those no other format has, derived from FormatDef) the text has most;
/// by `year` (format_for_year) when it has none or a tie.
FormatGuess detect_format(const U32& norm, int year);

/// The report's title: the page title, a "标题:" line, or the first short line naming a 年度报告.
std::string find_title(const SourceText& src);

/// Year and agency from a title such as "平潭综合实验区2019年度政府信息公开工作年度报告" or
/// "2019年上海市人民政府办公厅政府信息公开工作年度报告"; leaves them unchanged when it has none.
void year_and_agency(const std::string& title, int& year, std::string& agency);

/// The agency named in the body when the title names none: "本报告由…根据…编制", or a sentence opening with an
/// organ's name followed by "根据《…》" (in the first 3000 characters of the normalised text); "" when none.
std::string agency_from_body(const U32& norm);

/// A year from "统计期限自2019年1月1日" style sentences or from the file name; 0 when neither has one.
int fallback_year(const U32& norm, std::string_view filename_hint);

}  // namespace nianbao::import
