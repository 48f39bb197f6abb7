// compare_render.cpp — the 比对 of two years' reports as one standalone HTML page.
//
// Index
//   kStyle ................ screen-first CSS (html_page_start: no script, no network)
//   cells ................. one table cell: this year, last year, change, flag
//   sections .............. both years' text side by side, shared passages in <mark>
//   render_comparison_html
#include <cstdio>

#include "nianbao/html_render.h"
#include "nianbao/year_to_year.h"
#include "render/html_escape.h"

namespace nianbao {

namespace {

constexpr const char* kStyle = R"CSS(
body { margin: 0; padding: 20px; color: #111; background: #f4f4f1; font-size: 15px; line-height: 1.6;
  font-family: "Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", sans-serif; }
main { max-width: 1200px; margin: 0 auto; background: #fff; padding: 24px 32px; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
h1 { font-size: 22px; margin: 0 0 .4em; }
h2 { font-size: 18px; margin: 1.6em 0 .5em; border-bottom: 2px solid #345; padding-bottom: .2em; }
p.meta { color: #444; margin: .2em 0; }
table { border-collapse: collapse; margin: .4em 0 1em; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #999; padding: 3px 6px; vertical-align: top; }
th { background: #eef1f5; font-weight: normal; text-align: left; }
thead th { text-align: center; }
td { text-align: right; min-width: 5.5em; }
td .now { font-weight: bold; font-size: 16px; display: block; }
td .prev, td .chg, td .flag { display: block; font-size: 12px; color: #555; }
td .chg.up { color: #1a5d1a; }
td .chg.down { color: #8a1c1c; }
td.flagged { background: #fff1cc; }
td.flagged .flag { color: #8a4b00; font-weight: bold; }
td.absent { color: #999; }
.empty { color: #999; }
table.list td { text-align: left; }
table.list td.num { text-align: right; }
.sim { font-weight: bold; }
.sim.high { color: #b00; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.pair > div { border: 1px solid #ccc; padding: 8px 12px; background: #fcfcfa; white-space: pre-wrap; overflow-wrap: anywhere; }
.pair > div > b { display: block; margin-bottom: .3em; color: #345; white-space: normal; }
mark { background: #ffd9a8; }
p.note { color: #555; font-size: 13px; }
@media print { body { background: none; padding: 0; } main { box-shadow: none; padding: 0; max-width: none; }
  td.flagged, mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
)CSS";

// The page is shared as a file: nothing in it may run or fetch anything.

std::string year_text(int year) { return year > 0 ? std::to_string(year) + "年" : std::string("年度未填写的"); }

std::string percent(double s) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", s * 100);
  return buf;
}

// ---------------------------------------------------------------------------------------------
// cells

std::string value_or_dash(const std::string& text) {
  return text.empty() ? "<span class=\"empty\">—</span>" : html_escape(text);
}

void append_cell(std::string& out, const CellChange& c, int previous_year) {
  out += c.flag != ChangeFlag::None ? "<td class=\"flagged\"" : c.in_previous ? "<td" : "<td class=\"absent\"";
  out += " id=\"c-" + std::to_string(c.cell) + "\">";
  out += "<span class=\"now\">" + value_or_dash(c.current_text) + "</span>";
  if (!c.in_previous) {
    out += "<span class=\"prev\">上年格式无此项</span></td>";
    return;
  }
  out += "<span class=\"prev\">" + std::to_string(previous_year) + "：" + value_or_dash(c.previous_text) + "</span>";
  if (!c.change.empty()) {
    const char* dir = c.change[0] == '+' ? " up" : c.change == "0" ? "" : " down";
    out += std::string("<span class=\"chg") + dir + "\">" + html_escape(c.change == "0" ? "持平" : c.change) + "</span>";
  }
  if (c.flag != ChangeFlag::None) out += "<span class=\"flag\">" + html_escape(c.flag_text) + "</span>";
  out += "</td>";
}

void append_table(std::string& out, const FormatDef& def, const SectionDef& s, const Comparison& cmp) {
  out += "<h2>" + html_escape(s.heading) + "</h2>\n";
  for (const TableBlock& b : table_blocks(def, s.table)) {
    out += "<table><thead><tr><th>项目</th>";
    for (const auto& col : b.columns) out += "<th scope=\"col\">" + html_escape(col) + "</th>";
    out += "</tr></thead><tbody>\n";
    for (const auto& row : b.rows) {
      out += "<tr><th scope=\"row\">" + html_escape(row.label) + "</th>";
      for (int cell : row.cells) append_cell(out, cmp.cells[static_cast<size_t>(cell)], cmp.previous_year);
      out += "</tr>\n";
    }
    out += "</tbody></table>\n";
  }
}

void append_flagged(std::string& out, const FormatDef& def, const Comparison& cmp) {
  out += "<h2 id=\"flagged\">变化较大的单元格（" + std::to_string(cmp.flagged) + " 处）</h2>\n";
  if (cmp.flagged == 0) {
    out += "<p class=\"note\">没有单元格超过上年的 " + std::to_string(kJumpFactor) + " 倍、不到上年的五分之一，或由 0 变化、变为 0。</p>\n";
    return;
  }
  out += "<p class=\"note\">超过上年的 " + std::to_string(kJumpFactor) +
         " 倍、不到上年的五分之一，或由 0 变化、变为 0 的单元格。数字确有其事时无需修改；请核对是否填错栏目或单位。</p>\n";
  out += "<table class=\"list\"><thead><tr><th>单元格</th><th>" + std::to_string(cmp.previous_year) + " 年</th><th>" +
         std::to_string(cmp.current_year) + " 年</th><th>变化</th><th>说明</th></tr></thead><tbody>\n";
  for (const CellChange& c : cmp.cells) {
    if (c.flag == ChangeFlag::None) continue;
    out += "<tr><td><a href=\"#c-" + std::to_string(c.cell) + "\">" +
           html_escape(cell_human_label(def, def.cells[static_cast<size_t>(c.cell)].code)) + "</a></td><td class=\"num\">" +
           html_escape(c.previous_text) + "</td><td class=\"num\">" + html_escape(c.current_text) +
           "</td><td class=\"num\">" + html_escape(c.change) + "</td><td>" + html_escape(c.flag_text) + "</td></tr>\n";
  }
  out += "</tbody></table>\n";
}

// ---------------------------------------------------------------------------------------------
// sections

/// `text` escaped, with the shared spans in <mark>.
std::string marked_text(const std::string& text, const std::vector<TextSpan>& spans) {
  if (text.empty()) return "<span class=\"empty\">（未填写）</span>";
  std::string out;
  size_t at = 0;
  for (const TextSpan& s : spans) {
    out += html_escape(std::string_view(text).substr(at, s.begin - at));
    out += "<mark>" + html_escape(std::string_view(text).substr(s.begin, s.end - s.begin)) + "</mark>";
    at = s.end;
  }
  out += html_escape(std::string_view(text).substr(at));
  return out;
}

void append_section(std::string& out, const SectionComparison& sc, const Report& previous, const Report& current) {
  out += std::string("<p class=\"meta\">与上年相似度 <span class=\"sim") + (sc.repeated ? " high" : "") + "\">" +
         percent(sc.similarity) + (!sc.repeated ? "" : sc.key == "other" ? "（几乎相同）" : "（几乎相同，格式要求不得年年雷同）") +
         "</span></p>\n";
  out += "<div class=\"pair\"><div><b>" + html_escape(year_text(previous.year)) + "</b>" +
         marked_text(*previous.narrative(sc.key), sc.previous_shared) + "</div><div><b>" +
         html_escape(year_text(current.year)) + "</b>" + marked_text(*current.narrative(sc.key), sc.current_shared) +
         "</div></div>\n";
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// render_comparison_html

std::string render_comparison_html(const Report& previous, const Report& current) {
  const Comparison cmp = compare_reports(previous, current);
  const FormatDef& def = current.def();
  const std::string title = html_escape(current.agency.empty() ? std::string("未命名机关") : current.agency) + " " +
                            html_escape(year_text(previous.year)) + "与" + html_escape(year_text(current.year)) +
                            "政府信息公开工作年度报告比对";
  std::string out;
  out.reserve(96 * 1024);
  out += html_page_start(title, kStyle);
  out += "<main>\n";
  out += "<h1>" + title + "</h1>\n";
  out += "<p class=\"meta\">上年：" + html_escape(previous.title()) + "（" + html_escape(format_info(previous.format).title) +
         "）</p>\n<p class=\"meta\">本年：" + html_escape(current.title()) + "（" +
         html_escape(format_info(current.format).title) + "）</p>\n";
  if (previous.year == 0 || current.year != previous.year + 1)
    out += "<p class=\"meta\"><b>注意：两份报告不是相邻的两个年度。</b></p>\n";
  if (previous.format != current.format)
    out += "<p class=\"note\">两年的格式不同：本年格式中上年格式没有的栏目标为“上年格式无此项”。</p>\n";
  append_flagged(out, def, cmp);
  out += "<h2>正文相似度</h2>\n<table class=\"list\"><thead><tr><th>部分</th><th>相似度</th></tr></thead><tbody>\n";
  for (const auto& sc : cmp.sections)
    out += "<tr><td><a href=\"#s-" + sc.key + "\">" + html_escape(sc.heading) + "</a></td><td class=\"num\">" +
           percent(sc.similarity) + (sc.repeated ? "（几乎相同）" : "") + "</td></tr>\n";
  out += "</tbody></table>\n<p class=\"note\">相似度按相邻两字计算，不计标点、数字和年份；两年都有的连续 " +
         std::to_string(kMinSharedChars) + " 字以上的段落以底色标出。</p>\n";
  for (const auto& s : def.sections) {
    if (s.kind == SectionKind::Table) {
      append_table(out, def, s, cmp);
      continue;
    }
    out += "<section id=\"s-" + s.key + "\"><h2>" + html_escape(s.heading) + "</h2>\n";
    for (const auto& sc : cmp.sections)
      if (sc.key == s.key) append_section(out, sc, previous, current);
    out += "</section>\n";
  }
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace nianbao
