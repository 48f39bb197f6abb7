// aggregate_command.cpp — `nianbao aggregate [--agency NAME] [--year YEAR] [--kind KIND] [--include-all]
// -o OUT.json INPUT…`: the 汇总 report of the units in the inputs (data contract §4).
//
// Nothing is written when an input cannot be read (a missing unit would make every sum wrong) or when the
// units mix formats or years or name an agency twice.
#include <iostream>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "nianbao/aggregate.h"
#include "nianbao/batch.h"
#include "report_inputs.h"

namespace nianbao::cli {

int run_aggregate(const std::vector<std::string>& raw) {
  ParsedArgs a = parse_args(raw, {"--agency", "--year", "--kind", "-o"}, {"--include-all"});
  if (a.error.empty() && a.positional.empty()) a.error = "缺少单位报告（文件或文件夹）";
  if (a.error.empty() && !a.options.count("-o")) a.error = "缺少 -o OUT.json（输出文件，- 表示标准输出）";
  AggregateOptions options;
  if (a.error.empty() && a.options.count("--year")) parse_year(a.options["--year"], "--year", &options.year, &a.error);
  if (a.error.empty() && a.options.count("--kind")) {
    if (auto kind = parse_agency_kind(a.options["--kind"]))
      options.agency_kind = *kind;
    else
      a.error = "--kind 应为 county_government、city_government、province_government 等机关类型";
  }
  if (!a.error.empty()) {
    std::cerr << "nianbao aggregate: " << a.error << "\n";
    return 2;
  }
  options.agency = a.options["--agency"];
  options.include_all = a.options.count("--include-all") > 0;

  const std::vector<LoadedReport> loaded = load_reports(expand_inputs(a.positional));
  std::vector<AggregateInput> inputs;
  int unreadable = 0;
  for (const LoadedReport& l : loaded) {
    if (!l.note.empty()) std::cerr << "nianbao aggregate: " << l.note << "\n";
    if (!l.ok) {
      std::cerr << "nianbao aggregate: " << l.error << "\n";
      ++unreadable;
      continue;
    }
    if (auto err = refuse_output_over_input(l.path, a.options["-o"]); !err.empty()) {
      std::cerr << "nianbao aggregate: " << err << "\n";
      return 2;
    }
    inputs.push_back({&l.report, l.path, l.sha256});
  }
  if (unreadable) {
    std::cerr << "nianbao aggregate: " << unreadable << " 份报告无法读取，未生成汇总报告（缺少单位会使合计不实）\n";
    return 2;
  }
  AggregateResult res = build_aggregate(inputs, options);
  if (!res.ok) {
    std::cerr << "nianbao aggregate: " << res.error << "\n";
    return 2;
  }
  if (auto err = write_file_atomic(a.options["-o"], save_report_json(res.report)); !err.empty()) {
    std::cerr << "nianbao aggregate: " << err << "\n";
    return 2;
  }
  for (const auto& [index, reason] : res.left_out)
    std::cerr << "未纳入：" << inputs[index].report->agency << "（" << inputs[index].file << "）" << reason << "\n";
  for (const auto& [cell, why] : res.incomplete)
    std::cerr << "留空：" << res.report.def().cells[static_cast<size_t>(cell)].code << "（"
              << res.report.def().cells[static_cast<size_t>(cell)].row_label << " · "
              << res.report.def().cells[static_cast<size_t>(cell)].column_label << "）：" << why << "\n";
  std::cerr << "nianbao aggregate: 汇总 " << res.included.size() << " 个单位的 " << res.report.year << " 年度报告 → "
            << a.options["-o"] << (res.incomplete.empty() ? "" : "；" + std::to_string(res.incomplete.size()) +
                                                                      " 个单元格因部分单位未填写而留空")
            << (options.agency.empty() ? "；未给出 --agency，请补填机关名称" : "") << "；正文各部分请汇总单位填写\n";
  return 0;
}

const Command kAggregateCommand = {
    "aggregate", run_aggregate,
    "nianbao aggregate [--agency NAME] [--year YEAR] [--kind KIND] [--include-all] -o OUT.json INPUT…",
    "汇总单位报告，生成本级政府汇总报告（表二、三、四为各单位之和）",
    "参数：\n"
    "  INPUT…              单位报告：文件或文件夹（JSON；网页、文本、Word 先导入）\n"
    "选项：\n"
    "  --agency NAME       汇总报告的机关名称（如 青山县人民政府）\n"
    "  --year YEAR         要求的年度（各单位报告须为该年度）\n"
    "  --kind KIND         汇总报告的机关类型：county_government、city_government、province_government\n"
    "  --include-all       也汇总垂直管理单位和其他汇总报告（默认不纳入）\n"
    "  -o OUT.json         输出文件（- 表示标准输出）\n"
    "格式或年度不一致、同一机关有两份报告、或有文件无法读取时不生成，并说明涉及的单位。\n"
    "某单元格有单位未填写时，汇总报告该格留空并列出这些单位（合计不由部分单位得出）。\n"
    "  -h, --help          显示本说明"};

}  // namespace nianbao::cli
