// format.h — the two official report formats (2019 试行, 2021) as data.
//
// One definition drives the model, the rules, the HTML export, the importer and the editor:
// nothing else in the project spells an official label. Labels are verbatim from
// 国办公开办函〔2019〕60号 and 国办公开办函〔2021〕30号 (see shared/reference/format-spec.md).
//
// Index
//   FormatVersion, FormatInfo ....... the format registry: one row of facts per version
//   format_for_year, plausible_year . which format a year uses; which years a report can have
//   ValueKind ....................... cell value kinds
//   CellDef ......................... one data cell: permanent code, kind, labels
//   GridCell, TableDef .............. the official table layout (rows, spans, header roles)
//   Table3Row, Table3Column ......... the semantic axes of table 三 (used by rules and importer)
//   SectionDef ...................... the six top-level sections
//   FormatDef ....................... everything about one format; format_def() returns it
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace nianbao {

/// The official formats, oldest first. A new national notice adds a value here and one row in
/// kFormatInfos (format.cpp); the static_asserts there reject a table that does not match.
enum class FormatVersion : uint8_t { v2019, v2021 };
inline constexpr size_t kFormatCount = 2;

enum class ValueKind : uint8_t {
  Count,        ///< non-negative integer (件, 个)
  SignedCount,  ///< integer that may be negative (2019 本年增/减)
  Amount,       ///< exact decimal kept as written (万元 / 元)
};

/// One block of table 二 as the template prints it: a title row, a header row, one row per item.
struct Table2Block {
  struct Item {
    const char* key;    ///< code part: "rules"
    const char* label;  ///< verbatim: "规章"
  };
  struct Column {
    const char* suffix;  ///< code part: "issued"
    const char* label;   ///< verbatim: "本年制发件数"
    ValueKind kind;
    const char* unit;    ///< printed unit ("万元") or "" when the template prints none
  };
  const char* title;  ///< 第二十条第（一）项
  std::vector<Item> items;
  std::vector<Column> columns;  ///< one or more; the last spans the remaining grid columns
};

/// Every per-version fact of a format except the cells themselves (which format_def() builds from it).
struct FormatInfo {
  FormatVersion version;
  const char* name;          ///< "2019" / "2021" — the spelling in report JSON and on the command line
  const char* notice;        ///< 国办公开办函〔2019〕60号
  const char* title;         ///< "2019 年试行格式" — how messages name it
  int first_year;            ///< first report year that uses it (a year uses the newest format started by then)
  const char* other_placeholder;  ///< placeholder of 六、其他需要报告的事项
  std::vector<Table2Block> table2;  ///< 二、主动公开政府信息情况
  /// Items of 三（六）其他处理; none: the format has one 其他处理 row.
  std::vector<const char*> other_handling;
  /// Row of table 三 that counts 其他处理 proper (N8): "other.3" / "other", with its label.
  const char* other_row;
  const char* other_row_label;
};

/// The facts of one format; every FormatVersion has a row.
const FormatInfo& format_info(FormatVersion v);
/// Every format, oldest first.
const std::vector<FormatVersion>& all_formats();
/// "2019" / "2021" — the spelling used in report JSON.
std::string_view format_name(FormatVersion v);
/// "2019、2021": every format's name, for messages.
std::string format_names();
/// Parses "2019" / "2021"; nullopt otherwise.
std::optional<FormatVersion> parse_format_name(std::string_view s);
/// The format a report of `year` must use (the newest started by then; the oldest before the first; the
/// newest for 0, an unknown year).
FormatVersion format_for_year(int year);

/// Report years the product accepts anywhere (files, CLI, importer, editor): the regulation dates from 2008.
inline constexpr int kFirstPlausibleYear = 2008;
inline constexpr int kLastPlausibleYear = 2100;
constexpr bool plausible_year(int year) { return year >= kFirstPlausibleYear && year <= kLastPlausibleYear; }

struct CellDef {
  std::string code;          ///< permanent code, e.g. "t3.unable.1.natural" (data contract §1)
  int table = 0;             ///< 2, 3 or 4
  ValueKind kind = ValueKind::Count;
  std::string row_label;     ///< human row path, e.g. "三（四）无法提供 1.本机关不掌握相关政府信息"
  std::string column_label;  ///< e.g. "自然人", "本年制发件数"
  std::string unit;          ///< printed unit ("万元") or empty when the template prints none
};

/// Role of a cell of the official table grid, for HTML semantics and the editor.
enum class GridRole : uint8_t {
  ColumnHeader,  ///< heads a column (<th scope="col">)
  RowHeader,     ///< heads a row or a group of rows (<th scope="row"/"rowgroup">)
  BlockTitle,    ///< a full-width block title inside table 二, e.g. 第二十条第（一）项
  Data,          ///< holds a value; `cell` indexes FormatDef::cells
};

struct GridCell {
  GridRole role = GridRole::Data;
  std::string label;  ///< verbatim label (empty for data cells)
  int cell = -1;      ///< index into FormatDef::cells for data cells, else -1
  int row_span = 1;
  int col_span = 1;
};

struct TableDef {
  int number = 0;            ///< 2, 3, 4
  int grid_columns = 0;      ///< columns of the official grid (4, 10, 15)
  int header_rows = 0;       ///< leading rows forming the column header (<thead>)
  /// Rows as in HTML: cells covered by a span of an earlier cell are omitted.
  std::vector<std::vector<GridCell>> rows;
};

/// One data row of table 三, e.g. {"unable.1", {"三、本年度办理结果","（四）无法提供","1.本机关不掌握相关政府信息"}}.
struct Table3Row {
  std::string key;                  ///< row code: "new", "denied.3", "total", …
  std::vector<std::string> path;    ///< label path from the outermost group to the row label
  bool is_outcome = false;          ///< one of the outcome rows summed into （七）总计
};

struct Table3Column {
  std::string key;    ///< "natural", …, "total"
  std::string label;  ///< "自然人", …, "总计"
};

enum class SectionKind : uint8_t { Narrative, Table };

struct SectionDef {
  std::string key;      ///< "overview", "table2", "table3", "table4", "problems", "other"
  std::string heading;  ///< "一、总体情况" …
  SectionKind kind = SectionKind::Narrative;
  int table = 0;        ///< 2/3/4 for table sections
  std::string placeholder;  ///< the template's "（文字描述…）" for narrative sections
};

struct FormatDef {
  FormatVersion version = FormatVersion::v2021;
  std::string notice;                 ///< 国办公开办函〔2021〕30号
  std::string column_note;            ///< 本列数据的勾稽关系… (table 三 header)
  std::vector<SectionDef> sections;   ///< the six sections in official order
  std::vector<CellDef> cells;         ///< every data cell, in reading order (table 二, 三, 四)
  std::vector<TableDef> tables;       ///< tables 二, 三, 四 (index 0, 1, 2)
  std::vector<Table3Row> t3_rows;
  std::vector<Table3Column> t3_columns;  ///< 7 columns, 总计 last

  /// Index of a cell code in `cells`, or -1.
  int cell_index(std::string_view code) const;
  /// Table definition by number (2, 3, 4).
  const TableDef& table(int number) const;
  /// Index of the table-三 cell for (row key, column key), or -1.
  int t3_cell(std::string_view row, std::string_view column) const;
  /// Section definition by key, or nullptr.
  const SectionDef* section(std::string_view key) const;

  std::unordered_map<std::string, int> code_index;  ///< built once by format_def()
};

/// The immutable definition of a format (built once, on first use).
const FormatDef& format_def(FormatVersion v);

/// Table 四 axes, identical in both formats.
struct Table4Axes {
  static constexpr const char* groups[3] = {"review", "direct", "after_review"};
  static constexpr const char* group_labels[3] = {"行政复议", "未经复议直接起诉", "复议后起诉"};
  static constexpr const char* results[5] = {"upheld", "corrected", "other", "pending", "total"};
  static constexpr const char* result_labels[5] = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
};

}  // namespace nianbao
