// render_command.cpp — `nianbao render FILE.json -o OUT.html|OUT.docx [--with-findings]`: the publishable
// page of a report, optionally with the 校验结果 appendix (the findings of check_report), or the report as
// a Word document (the output's extension chooses).
#include <nianbao/docx.h>

#include <algorithm>
#include <iostream>
#include <optional>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "nianbao/html_render.h"
#include "nianbao/report.h"
#include "nianbao/rules.h"
#include "report_file.h"

namespace nianbao::cli {

namespace {

/// "2 处错误或勾稽不符、10 个必填单元格为空": the findings that block publication (errors and inconsistencies
/// not dismissed; E1's empty cells counted one by one), or "" when there are none.
std::string publication_blockers(const std::vector<Finding>& findings) {
  size_t errors = 0, empty_cells = 0;
  for (const Finding& f : findings) {
    if (f.dismissed || (f.severity != Severity::Error && f.severity != Severity::Inconsistency)) continue;
    if (f.rule == "E1")
      empty_cells += f.cells.size();
    else
      ++errors;
  }
  if (errors == 0 && empty_cells == 0) return {};
  std::string what;
  if (errors) what = std::to_string(errors) + " 处错误或勾稽不符";
  if (empty_cells) what += (errors ? "、" : "") + std::to_string(empty_cells) + " 个必填单元格为空";
  return what;
}

}  // namespace

int run_render(const std::vector<std::string>& raw) {
  ParsedArgs a = parse_args(raw, {"-o"}, {"--with-findings"});
  if (a.error.empty() && a.positional.size() != 1)
    a.error = a.positional.empty() ? "缺少要导出的报告文件 FILE.json" : "只能导出一个报告文件，多余的参数 " + a.positional[1];
  if (a.error.empty() && !a.options.count("-o")) a.error = "缺少 -o OUT.html 或 OUT.docx（输出文件，- 表示标准输出 HTML）";
  std::string out_name = a.options.count("-o") ? a.options["-o"] : std::string();
  std::transform(out_name.begin(), out_name.end(), out_name.begin(), [](unsigned char c) { return std::tolower(c); });
  const bool docx = out_name.size() > 5 && out_name.compare(out_name.size() - 5, 5, ".docx") == 0;
  if (a.error.empty() && docx && a.options.count("--with-findings"))
    a.error = "--with-findings 只用于 HTML 输出；Word 文档是要发布的报告本身";
  if (!a.error.empty()) {
    std::cerr << "nianbao render: " << a.error << "\n";
    return 2;
  }
  const std::string& path = a.positional.front();
  if (std::string error = refuse_output_over_input(path, a.options["-o"]); !error.empty()) {
    std::cerr << "nianbao render: " << error << "\n";
    return 2;
  }
  const std::optional<Report> report = read_report_file("render", path);
  if (!report) return 2;
  // The page is written all the same (exit 0, data contract §3); what the public would see is said, as the
  // editor asks before 导出网页（可发布）. The review copy (--with-findings) lists the findings itself.
  RenderOptions options;
  options.include_findings = a.options.count("--with-findings") > 0;
  options.findings = check_report(*report);
  const std::string bytes = docx ? render_report_docx(*report) : render_report_html(*report, options);
  if (auto err = write_file_atomic(a.options["-o"], bytes); !err.empty()) {
    std::cerr << "nianbao render: " << err << "\n";
    return 2;
  }
  if (const std::string blockers = publication_blockers(options.findings); !blockers.empty() && !options.include_findings)
    std::cerr << "nianbao render: 警告：" << path << " 还有 " << blockers << "，发布后公众会看到这些问题；"
              << (docx ? "Word 文档" : "网页") << "已照常导出，发布前请用 nianbao check " << path << " 查看并修改\n";
  return 0;
}

const Command kRenderCommand = {
    "render", run_render, "nianbao render FILE.json -o OUT.html|OUT.docx [--with-findings]",
    "导出可发布的网页或 Word 文档（官方格式；网页可附校验结果）",
    "参数：\n"
    "  FILE.json           报告文件\n"
    "选项：\n"
    "  -o OUT.html|OUT.docx  输出文件，扩展名决定网页或 Word 文档（- 表示标准输出，网页）\n"
    "  --with-findings     在页面末尾附上校验结果（仅网页）\n"
    "  -h, --help          显示本说明\n"
    "报告中有错误或勾稽不符、必填单元格为空时照常导出，并在标准错误上警告（附校验结果时不警告）。",
    "退出状态：0 已导出；2 文件无法读取、不是年度报告或无法写出（不写任何文件）。\n"};

}  // namespace nianbao::cli
