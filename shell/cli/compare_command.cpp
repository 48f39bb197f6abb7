// compare_command.cpp — `nianbao compare PREV.json CUR.json -o OUT.html`: the 比对 of two years' reports
// as a standalone page; a summary (flagged cells, section similarities) on standard output.
#include <cstdio>
#include <iostream>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "nianbao/year_to_year.h"
#include "report_file.h"

namespace nianbao::cli {

int run_compare(const std::vector<std::string>& raw) {
  ParsedArgs a = parse_args(raw, {"-o"}, {});
  if (a.error.empty() && a.positional.size() != 2)
    a.error = a.positional.size() < 2 ? "需要两个报告文件：上年的 PREV.json 和本年的 CUR.json"
                                      : "只能比对两个报告文件，多余的参数 " + a.positional[2];
  if (a.error.empty() && !a.options.count("-o")) a.error = "缺少 -o OUT.html（输出文件，- 表示标准输出）";
  for (size_t i = 0; a.error.empty() && i < a.positional.size(); ++i)
    a.error = refuse_output_over_input(a.positional[i], a.options["-o"]);
  if (!a.error.empty()) {
    std::cerr << "nianbao compare: " << a.error << "\n";
    return 2;
  }
  const auto previous = read_report_file("compare", a.positional[0]);
  if (!previous) return 2;
  const auto current = read_report_file("compare", a.positional[1]);
  if (!current) return 2;
  if (auto err = write_file_atomic(a.options["-o"], render_comparison_html(*previous, *current)); !err.empty()) {
    std::cerr << "nianbao compare: " << err << "\n";
    return 2;
  }
  if (a.options["-o"] == "-") return 0;  // the page is on standard output: no summary mixed into it
  const Comparison cmp = compare_reports(*previous, *current);
  std::cout << previous->title() << " → " << current->title() << "\n  变化较大的单元格：" << cmp.flagged << " 处\n";
  for (const auto& s : cmp.sections) {
    char pct[16];
    std::snprintf(pct, sizeof pct, "%.0f%%", s.similarity * 100);
    std::cout << "  " << s.heading << "：与上年相似度 " << pct << (s.repeated ? "（几乎相同）" : "") << "\n";
  }
  return 0;
}

const Command kCompareCommand = {
    "compare", run_compare, "nianbao compare PREV.json CUR.json -o OUT.html", "比对两个年度的报告（每个单元格与上年、正文相似度），导出网页",
    "参数：\n"
    "  PREV.json           上一年度的报告\n"
    "  CUR.json            本年度的报告\n"
    "选项：\n"
    "  -o OUT.html         输出的比对网页（- 表示标准输出）；标准输出另列变化较大的单元格数和各部分相似度\n"
    "  -h, --help          显示本说明\n"
    "标记：超过上年 5 倍、不到上年五分之一、由 0 变化或变为 0 的单元格；相似度 ≥ 80% 的正文部分"};

}  // namespace nianbao::cli
