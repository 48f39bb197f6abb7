// year_to_year.h — this year's report against last year's: starting the next year's report from last
// year's (data contract §4, `nianbao new --from`), and the 比对 of the two (every cell, every section).
//
// Index
//   next_year_report ........ the next year's report: the year's format, agency and kind, 上年结转 carried
//   kRepeatThreshold ........ when a section counts as copied from last year (CY4, the 比对)
//   CellChange, ChangeFlag .. one cell against last year's: values, change, jump flags
//   SectionComparison ....... one narrative section: similarity and the passages both years share
//   Comparison .............. everything; compare_reports builds it
//   table_blocks ............ a table's rows grouped by their columns, for listing the 比对
//   render_comparison_html .. the 比对 as one self-contained page (no script, no network)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nianbao/report.h"

namespace nianbao {

struct NextYearResult {
  bool ok = false;
  Report report;      ///< valid only when ok
  std::string error;  ///< Chinese: why no report was made
};

/// The report of the year after `last`'s: `year` (0: last.year + 1) must be that year. Its format is the
/// one the year requires (format_for_year); agency and agency kind are last year's; each column of
/// 二、上年结转 (t3.carried.*) is last year's 四、结转下年度继续办理 (t3.forward.*) — an empty one stays
/// empty. Nothing else is copied: every other cell and every section is empty.
[[nodiscard]] NextYearResult next_year_report(const Report& last, int year = 0);

/// Similarity (character bigrams, rules/narrative's bigram_similarity) from which a section counts as copied
/// from last year: at 0.8 the texts share four fifths of their character pairs — a copy with a few words or
/// the years changed; independently written texts on the same subject score well below 0.5.
inline constexpr double kRepeatThreshold = 0.8;

/// A jump worth a look: the value grew past five times, fell under a fifth, or came from or went to 0.
enum class ChangeFlag : uint8_t { None, Rise, Fall, FromZero, ToZero };

/// Ratio beyond which a change is flagged (both ways).
inline constexpr int kJumpFactor = 5;

struct CellChange {
  int cell = -1;               ///< index into the current report's FormatDef::cells
  bool in_previous = false;    ///< last year's format has this cell code
  std::string previous_text;   ///< last year's value as printed ("" when empty or absent)
  std::string current_text;    ///< this year's value as printed ("" when empty)
  std::string change;          ///< "+4", "−3", "0"; "" unless both are filled
  ChangeFlag flag = ChangeFlag::None;
  std::string flag_text;       ///< Chinese: "为上年的 6.5 倍", "由 0 增至 12", …; "" when not flagged
};

/// A byte range [begin, end) of a section's text.
struct TextSpan {
  size_t begin = 0;
  size_t end = 0;
};

struct SectionComparison {
  std::string key;        ///< "overview", "problems", "other"
  std::string heading;    ///< the current format's heading: "一、总体情况"
  double similarity = 0;  ///< bigram similarity, 0…1 (0 when either text is empty)
  bool repeated = false;  ///< similarity ≥ kRepeatThreshold
  /// Passages both years contain (at least kMinSharedChars letters or ideographs in a row, ignoring
  /// punctuation, digits and white space, so a copy with the figures changed still counts), in each text.
  std::vector<TextSpan> current_shared, previous_shared;
};

/// Shortest run of content characters (letters, ideographs) highlighted as shared: long enough that the set
/// phrases every report uses (“政府信息公开”) do not count on their own.
inline constexpr size_t kMinSharedChars = 10;

struct Comparison {
  int previous_year = 0, current_year = 0;
  std::vector<CellChange> cells;              ///< every cell of the current report's format, in its order
  std::vector<SectionComparison> sections;    ///< the three narrative sections, in official order
  int flagged = 0;                            ///< cells with a flag
};

/// Compares `current` with `previous` (last year's report; any format). Cells are matched by code: a cell
/// whose code last year's format lacks has in_previous false. Never throws.
[[nodiscard]] Comparison compare_reports(const Report& previous, const Report& current);

/// Passages of `a` also found in `b` (see SectionComparison), as byte ranges of `a`, in order, disjoint.
[[nodiscard]] std::vector<TextSpan> shared_passages(std::string_view a, std::string_view b);

/// Rows of one table for a side-by-side listing: consecutive rows with the same column labels form one
/// block (table 三 is one block of 7 columns; table 二 of the 2021 format is three: 规章 and 规范性文件 with
/// three columns, 许可/处罚/强制 with one, 收费 with one).
struct TableBlock {
  std::vector<std::string> columns;  ///< column labels ("自然人", …)
  struct Row {
    std::string label;      ///< CellDef::row_label
    std::vector<int> cells;  ///< per column, the index into FormatDef::cells
  };
  std::vector<Row> rows;
};
[[nodiscard]] std::vector<TableBlock> table_blocks(const FormatDef& def, int table);

/// The 比对 of `previous` and `current` as one standalone HTML page: a summary of the flagged cells, the
/// three tables with this year's value, last year's and the change per cell (flags marked), and each
/// narrative section of both years side by side with its similarity and the shared passages marked.
/// No script, no network (a Content-Security-Policy says so); every user string escaped.
[[nodiscard]] std::string render_comparison_html(const Report& previous, const Report& current);

}  // namespace nianbao
