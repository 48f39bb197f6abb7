// render_command.cpp — `nianbao render FILE.json -o OUT.html|OUT.docx [--with-findings]`: the publishable
// page of a report, optionally with the 校验结果 appendix (the findings of check_report), or the report as
// a Word document (the output's extension chooses).
#include <nianbao/docx.h>

#include <algorithm>
#include <iostream>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "nianbao/html_render.h"
#include "nianbao/report.h"
#include "nianbao/rules.h"

namespace nianbao::cli {

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
  std::string error = refuse_output_over_input(path, a.options["-o"]), note;
  if (!error.empty()) {
    std::cerr << "nianbao render: " << error << "\n";
    return 2;
  }
  auto bytes = read_text(path, &error, &note, kMaxReportBytes);
  if (!note.empty()) std::cerr << "nianbao render: " << note << "\n";
  if (!bytes) {
    std::cerr << "nianbao render: " << error << "\n";
    return 2;
  }
  LoadResult loaded = load_report_json(*bytes);
  if (!loaded.ok) {
    std::cerr << "nianbao render: " << path << "：" << loaded.error << "\n";
    return 2;
  }
  if (docx) {
    if (auto err = write_file_atomic(a.options["-o"], render_report_docx(loaded.report)); !err.empty()) {
      std::cerr << "nianbao render: " << err << "\n";
      return 2;
    }
    return 0;
  }
  RenderOptions options;
  if (a.options.count("--with-findings")) {
    options.include_findings = true;
    options.findings = check_report(loaded.report);
  }
  if (auto err = write_file_atomic(a.options["-o"], render_report_html(loaded.report, options)); !err.empty()) {
    std::cerr << "nianbao render: " << err << "\n";
    return 2;
  }
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
    "  -h, --help          显示本说明"};

}  // namespace nianbao::cli
