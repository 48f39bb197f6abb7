// html_render.cpp — report → one standalone HTML page in the official layout.
//
// Index
//   kStyle ................ embedded CSS: official-document look on screen, A4 print rules (the page start,
//                           CSP included, is html_page_start)
//   text helpers .......... narrative paragraphs, cell values, cell labels
//   tables ................ FormatDef::tables → <table> with caption, thead, tbody per row group, scopes
//   sections .............. narrative and table sections in official order
//   findings appendix ..... verdict line and the findings list (optional)
//   render_report_html
#include "nianbao/html_render.h"


#include "nianbao/text.h"
#include "render/html_escape.h"

namespace nianbao {

namespace {

// Fonts: the official typefaces first (Windows/macOS names), then the CJK faces Linux desktops ship.
// Body in 仿宋, headings in 黑体, tables in 宋体 as in the official template.
// Sizes: 小四 (12pt) body, 五号 (10.5pt) tables, 小二 (18pt) title. Print area as GB/T 9704 (156 × 225 mm).
constexpr const char* kStyle = R"CSS(
@page {
  size: A4; margin: 37mm 26mm 35mm 28mm;
  /* Page numbers as official documents print them: "— 1 —" in 四号 宋体 below the text. */
  @bottom-center { content: "— " counter(page) " —"; font-family: "SimSun", "宋体", "Songti SC", serif; font-size: 14pt; }
}
html { background: #e8e8e4; }
body {
  margin: 0; padding: 24px 8px; color: #000;
  font-family: "FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "SimSun", "宋体", "Songti SC",
    "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", "AR PL UMing CN", "AR PL SungtiL GB", serif;
  font-size: 12pt;
}
.page {
  box-sizing: border-box; width: 210mm; max-width: 100%; margin: 0 auto; padding: 30mm 26mm 30mm 28mm;
  background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, .3);
}
h1 {
  margin: 0 0 1.4em; text-wrap: balance; text-align: center; font-size: 18pt; font-weight: bold; line-height: 1.5;
  font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "STZhongsong", "华文中宋", "SimSun", "宋体", "Songti SC",
    "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", serif;
}
h2 {
  margin: 1em 0 .3em; text-indent: 24pt; font-size: 12pt; font-weight: bold; line-height: 1.8;
  font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
  break-after: avoid; page-break-after: avoid;
}
/* Indents in pt, not em, and rules on classes: LibreOffice's HTML import honours only absolute lengths
   and simple selectors, and applies a bare p rule to the paragraphs it makes inside table cells. */
p.text, p.sub { margin: 0; text-indent: 24pt; text-align: justify; line-height: 1.8; }
p.sub { font-family: "KaiTi", "楷体", "KaiTi_GB2312", "楷体_GB2312", "STKaiti", "AR PL UKai CN", serif; }
table {
  width: 100%; border-collapse: collapse; margin: 0 0 .8em; font-size: 10.5pt; line-height: 1.35;
  font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", serif;
}
caption { caption-side: top; text-align: left; }
th, td {
  border: 1px solid #000; padding: 4px 3px; font-weight: normal; text-align: center; vertical-align: middle;
  text-indent: 0;
}
td { min-width: 2.2em; font-variant-numeric: tabular-nums; }
td.amount { white-space: nowrap; }
/* Data columns only as wide as their figures need, leaving room to the long row labels of table 三. */
.t3 td { width: 6.5%; }
.t4 { table-layout: fixed; }
.t3 th.item { text-align: left; }
.t3 th.note { font-size: 9pt; }
.findings { margin-top: 2em; }
.findings table { font-size: 10.5pt; }
.findings td { text-align: left; font-variant-numeric: normal; }
.findings td.no { text-align: center; }
#findings-list th:nth-child(1) { width: 2.5em; }
#findings-list th:nth-child(2) { width: 3.5em; }
#findings-list th:nth-child(3) { width: 6em; }
#findings-list th:nth-child(4) { width: 32%; }
.findings tr.dismissed td { color: #555; }
p.verdict { text-indent: 0; font-weight: bold; margin: .2em 0 .6em; }
p.published { margin: 1.5em 0 0; text-indent: 0; text-align: right; line-height: 1.8; }
/* Review copy: cells a finding names, with the finding's number (readable in black and white too). */
td.fail { background: #fde4e4; outline: 2px solid #c00; outline-offset: -2px; }
td.fail sup { color: #c00; font-size: 7.5pt; margin-left: 1px; }
@media print {
  html { background: none; }
  body { padding: 0; }
  .page { width: auto; padding: 0; margin: 0; box-shadow: none; }
  thead { display: table-header-group; }
  /* No cell splits across pages; a label spanning many rows (三、本年度办理结果) must be allowed to,
     or Chromium moves the whole group to the next page and leaves a blank one behind. */
  td, th:not([rowspan]) { break-inside: avoid; page-break-inside: avoid; }
  .findings { break-before: page; page-break-before: always; }
  td.fail { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)CSS";

// ---------------------------------------------------------------------------------------------
// text helpers

/// Chinese numeral of a table ("三") taken from its section heading ("三、收到和处理…").
std::string table_numeral(const FormatDef& def, int table) {
  for (const auto& s : def.sections)
    if (s.kind == SectionKind::Table && s.table == table) return s.heading.substr(0, s.heading.find("、"));
  return std::to_string(table);
}

// ---------------------------------------------------------------------------------------------
// tables

void append_span_attributes(std::string& out, const GridCell& c) {
  if (c.row_span > 1) out += " rowspan=\"" + std::to_string(c.row_span) + "\"";
  if (c.col_span > 1) out += " colspan=\"" + std::to_string(c.col_span) + "\"";
}

/// A row outside any spanning group opens a row group when it starts with a block title (table 二) or
/// with a row label spanning several rows (table 三's 三、本年度办理结果); such a label heads its own <tbody>.
bool starts_row_group(const std::vector<GridCell>& row) {
  if (row.empty()) return false;
  const GridCell& first = row.front();
  return first.role == GridRole::BlockTitle || (first.role == GridRole::RowHeader && first.row_span > 1);
}

/// Per data cell (FormatDef::cells index): the numbers of the open findings naming it in the review copy's
/// appendix ("3、5"), or "" (and empty altogether for the published page).
using CellMarks = std::vector<std::string>;

CellMarks cell_marks(const Report& report, const RenderOptions& options) {
  CellMarks marks;
  if (!options.include_findings) return marks;
  marks.resize(report.def().cells.size());
  for (size_t i = 0; i < options.findings.size(); ++i) {
    const Finding& f = options.findings[i];
    if (f.dismissed || f.severity == Severity::Info) continue;
    for (const auto& code : f.cells) {
      const int c = report.def().cell_index(code);
      if (c < 0) continue;
      std::string& m = marks[static_cast<size_t>(c)];
      m += (m.empty() ? "" : "、") + std::to_string(i + 1);
    }
  }
  return marks;
}

/// Appends one grid cell: a <td> with the report's value, or a <th> with the official label and scope.
/// `heads_group`: the cell is the label of a spanning row group (scope="rowgroup").
void append_grid_cell(std::string& out, const Report& report, const GridCell& c, bool heads_group, const CellMarks& marks) {
  const FormatDef& def = report.def();
  switch (c.role) {
    case GridRole::Data: {
      const auto ci = static_cast<size_t>(c.cell);
      const bool amount = def.cells[ci].kind == ValueKind::Amount;
      const std::string mark = ci < marks.size() ? marks[ci] : std::string();
      const std::string cls = std::string(amount ? "amount" : "") + (amount && !mark.empty() ? " " : "") + (mark.empty() ? "" : "fail");
      out += cls.empty() ? "<td" : "<td class=\"" + cls + "\"";
      append_span_attributes(out, c);
      out += " id=\"" + html_escape(def.cells[ci].code) + "\"";
      if (!mark.empty()) out += " title=\"见校验结果第 " + mark + " 条\"";
      out += ">" + html_escape(cell_display_text(report, c.cell));
      if (!mark.empty()) out += "<sup>[" + mark + "]</sup>";
      out += "</td>";
      return;
    }
    case GridRole::ColumnHeader:
      out += c.label == def.column_note ? "<th class=\"note\"" : "<th";
      out += c.col_span > 1 ? " scope=\"colgroup\"" : " scope=\"col\"";
      break;
    case GridRole::RowHeader:
      // Other row labels (a row's own label, or a nested group such as （三）不予公开) head the rows they span.
      out += heads_group ? "<th scope=\"rowgroup\"" : "<th class=\"item\" scope=\"row\"";
      break;
    case GridRole::BlockTitle:
      out += "<th class=\"block\" scope=\"rowgroup\"";
      break;
  }
  append_span_attributes(out, c);
  out += ">" + html_escape(c.label) + "</th>";
}

/// Appends table `t` of the report's format with the section heading as its caption; header rows go
/// to <thead> (repeated on every printed page), row groups each to their own <tbody>.
void append_table(std::string& out, const Report& report, const TableDef& t, const SectionDef& section,
                  const CellMarks& marks) {
  // border="1": the rules of the grid survive where CSS is partly ignored (LibreOffice, text browsers).
  out += "<table border=\"1\" class=\"t" + std::to_string(t.number) + "\" id=\"table-" + std::to_string(t.number) + "\">\n";
  out += "<caption><h2 id=\"h-" + section.key + "\">" + html_escape(section.heading) + "</h2></caption>\n";
  const size_t header_rows = static_cast<size_t>(t.header_rows);
  if (header_rows > 0) out += "<thead>\n";
  size_t group_end = 0;  // first row after the current <tbody> when it is a spanning row group
  bool body_open = false;
  for (size_t r = 0; r < t.rows.size(); ++r) {
    const auto& row = t.rows[r];
    const bool in_head = r < header_rows;
    if (r == header_rows && header_rows > 0) out += "</thead>\n";
    // Inside a spanning group the first cell in HTML order may be a nested label ((三)不予公开): no new group.
    const bool group = !in_head && r >= group_end && starts_row_group(row);
    if (!in_head && (!body_open || group || r == group_end)) {
      if (body_open) out += "</tbody>\n";
      out += "<tbody>\n";
      body_open = true;
      group_end = group && row.front().role == GridRole::RowHeader ? r + static_cast<size_t>(row.front().row_span) : 0;
    }
    out += "<tr>";
    for (size_t i = 0; i < row.size(); ++i)
      append_grid_cell(out, report, row[i], group && i == 0 && row[i].role == GridRole::RowHeader, marks);
    out += "</tr>\n";
  }
  if (body_open) out += "</tbody>\n";
  out += "</table>\n";
}

// ---------------------------------------------------------------------------------------------
// sections

void append_narrative(std::string& out, const Report& report, const SectionDef& section) {
  out += "<h2 id=\"h-" + section.key + "\">" + html_escape(section.heading) + "</h2>\n";
  const std::string* text = report.narrative(section.key);
  if (!text) return;
  for (const auto& p : narrative_paragraphs(*text))
    out += (is_subheading(p) ? "<p class=\"sub\">" : "<p class=\"text\">") + html_escape(p) + "</p>\n";
}

void append_sections(std::string& out, const Report& report, const CellMarks& marks) {
  const FormatDef& def = report.def();
  for (const auto& s : def.sections) {
    out += "<section id=\"" + s.key + "\" aria-labelledby=\"h-" + s.key + "\">\n";
    if (s.kind != SectionKind::Table)
      append_narrative(out, report, s);
    else if (const TableDef* t = def.table(s.table))
      append_table(out, report, *t, s, marks);
    out += "</section>\n";
  }
}

// ---------------------------------------------------------------------------------------------
// findings appendix

/// Cells named one by one in the appendix; a finding about a whole table (every empty cell) names only
/// the first few, so the appendix stays readable.
constexpr size_t kMaxNamedCells = 6;

/// Where a finding points: its cells' names, else its section's heading, plus the quoted sentence.
std::string finding_place(const FormatDef& def, const Finding& f) {
  std::string place;
  for (size_t i = 0; i < f.cells.size() && i < kMaxNamedCells; ++i)
    place += (place.empty() ? "" : "；") + cell_human_label(def, f.cells[i]);
  if (f.cells.size() > kMaxNamedCells) place += " 等 " + std::to_string(f.cells.size()) + " 个单元格";
  if (place.empty()) {
    const SectionDef* s = def.section(f.section);
    place = s ? s->heading : f.section == "meta" ? "基本信息" : f.section;
  }
  if (!f.quote.empty()) place += "：“" + f.quote + "”";
  return place;
}

void append_findings(std::string& out, const Report& report, const std::vector<Finding>& findings) {
  out += "<section class=\"findings\" id=\"findings\" aria-labelledby=\"h-findings\">\n";
  out += "<h2 id=\"h-findings\">附：校验结果</h2>\n";
  out += "<p class=\"verdict\">" + html_escape(verdict_line(summarize(findings))) + "</p>\n";
  if (!findings.empty()) {
    out += "<table border=\"1\" id=\"findings-list\">\n<caption>校验发现（共 " + std::to_string(findings.size()) +
           " 条）</caption>\n<thead><tr><th scope=\"col\">序号</th><th scope=\"col\">规则</th>"
           "<th scope=\"col\">类别</th><th scope=\"col\">说明</th><th scope=\"col\">涉及栏目</th></tr></thead>\n<tbody>\n";
    for (size_t i = 0; i < findings.size(); ++i) {
      const Finding& f = findings[i];
      std::string kind(severity_label(f.severity));
      if (f.dismissed) kind += "（已确认忽略：" + f.dismiss_reason + "）";
      out += f.dismissed ? "<tr class=\"dismissed\">" : "<tr>";
      out += "<td class=\"no\">" + std::to_string(i + 1) + "</td><td>" + html_escape(f.rule) + "</td><td>" +
             html_escape(kind) + "</td><td>" + html_escape(f.message) + "</td><td>" +
             html_escape(finding_place(report.def(), f)) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  out += "</section>\n";
}

/// The publication date as printed under the report: "2025年1月20日" for "2025-01-20"; other text as written.
std::string published_date_text(const std::string& date) {
  const std::optional<CalendarDate> d = parse_iso_date(date);
  if (!d) return date;
  return std::to_string(d->year) + "年" + std::to_string(d->month) + "月" + std::to_string(d->day) + "日";
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// public helpers

bool is_subheading(std::string_view p) {
  static constexpr std::string_view kOpen = "（", kClose = "）";
  if (p.substr(0, kOpen.size()) != kOpen) return false;
  const size_t close = p.find(kClose);
  if (close == std::string_view::npos || text::count(p.substr(0, close)) > 4) return false;
  for (std::string_view end : {"。", "；", "，", "："})
    if (p.size() >= end.size() && p.substr(p.size() - end.size()) == end) return false;
  return text::count(p) <= 30;
}

std::vector<std::string> narrative_paragraphs(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text::trim(text.substr(start, end - start));
    if (!line.empty()) out.emplace_back(line);
    start = end + 1;
  }
  return out;
}

std::string cell_display_text(const Report& report, int index) {
  const FormatDef& def = report.def();
  if (index < 0 || static_cast<size_t>(index) >= def.cells.size() || static_cast<size_t>(index) >= report.cells.size())
    return {};
  const CellValue& v = report.cells[static_cast<size_t>(index)];
  if (!v.filled) return {};
  const CellDef& d = def.cells[static_cast<size_t>(index)];
  if (d.kind == ValueKind::Amount) return d.unit.empty() ? v.amount + report.unit_of(d.code) : v.amount;
  return std::to_string(v.count);
}

std::string cell_human_label(const FormatDef& def, std::string_view code) {
  const int i = def.cell_index(code);
  if (i < 0) return std::string(code);
  const CellDef& d = def.cells[static_cast<size_t>(i)];
  return "表" + table_numeral(def, d.table) + " · " + d.row_label + " · " + d.column_label;
}

// ---------------------------------------------------------------------------------------------
// render_report_html

std::string render_report_html(const Report& report, const RenderOptions& options) {
  const std::string title = html_escape(report.title());
  std::string out;
  out.reserve(64 * 1024);
  out += html_page_start(title, kStyle);
  out += "<main class=\"page\">\n<h1>" + title + "</h1>\n";
  append_sections(out, report, cell_marks(report, options));
  if (!report.published.empty()) out += "<p class=\"published\">" + html_escape(published_date_text(report.published)) + "</p>\n";
  if (options.include_findings) append_findings(out, report, options.findings);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace nianbao
