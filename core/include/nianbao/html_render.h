// html_render.h — the publishable HTML page of a report, in the official layout.
//
// One standalone page: no script, no network (a Content-Security-Policy says so), every user string
// escaped, tables built from FormatDef::tables so their structure is exactly the official one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nianbao/findings.h"
#include "nianbao/report.h"

namespace nianbao {

struct RenderOptions {
  /// Append the 校验结果 appendix (verdict line and the findings list). Off for the published page.
  bool include_findings = false;
  /// The findings to list in the appendix, computed by the caller (the renderer runs no rules).
  std::vector<Finding> findings;
};

/// The whole page as UTF-8 HTML. `report`: the report to print (cells sized like its format);
/// `options`: whether and what to append. Never throws for any report content.
std::string render_report_html(const Report& report, const RenderOptions& options = {});

/// Paragraphs of a narrative as the page prints them: one per non-blank line, surrounding spaces
/// (ASCII, full-width, no-break) removed because the page indents paragraphs itself.
/// `text`: a section's text as typed (LF or CRLF line ends).
std::vector<std::string> narrative_paragraphs(std::string_view text);

/// A data cell as printed: "" when empty, the count, or the amount text exactly as written followed
/// by the unit the agency wrote (Report::unit_of) when the template's label carries none.
/// `report`: the report; `index`: index into report.def().cells.
std::string cell_display_text(const Report& report, int index);

/// Human name of a cell for messages: "表三 · 三（四）无法提供 1.本机关不掌握相关政府信息 · 自然人";
/// the code itself when the format has no such cell. `def`: the report's format; `code`: a cell code.
std::string cell_human_label(const FormatDef& def, std::string_view code);

}  // namespace nianbao
