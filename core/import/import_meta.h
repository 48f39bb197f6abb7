// import_meta.h — what a document is before its tables are read: encoding, format, title, year, agency.
#pragma once

#include <string>
#include <string_view>

#include "format.h"
#include "import_source.h"

namespace nianbao::import {

/// "" when `input` is usable UTF-8, else the Chinese reason (binary file, GBK page, damaged or truncated
/// UTF-8, other encoding).
std::string check_encoding(std::string_view input);

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
  FormatVersion format = FormatVersion::v2021;
  int hits_2019 = 0;  ///< fingerprints of the 2019 format found (format-spec §3.6)
  int hits_2021 = 0;
  bool by_year = false;  ///< no fingerprint decided: chosen from the year
};
/// The format by the labels only one of the two formats has (derived from FormatDef); by `year`
/// (0: unknown → 2021) when the text has none or as many of each.
FormatGuess detect_format(const U32& norm, int year);

/// The report's title: the page title, a "标题:" line, or the first short line naming a 年度报告.
std::string find_title(const SourceText& src);

/// Year and agency from a title such as "平潭综合实验区2019年度政府信息公开工作年度报告" or
/// "2019年上海市人民政府办公厅政府信息公开工作年度报告"; leaves them unchanged when it has none.
void year_and_agency(const std::string& title, int& year, std::string& agency);

/// Report years the importer accepts from a document (the regulation dates from 2008).
bool plausible_year(int y);

/// A year from "统计期限自2019年1月1日" style sentences or from the file name; 0 when neither has one.
int fallback_year(const U32& norm, std::string_view filename_hint);

}  // namespace nianbao::import
