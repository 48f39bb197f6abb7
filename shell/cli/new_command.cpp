// new_command.cpp — `nianbao new`: a blank report of the chosen format, or (--from) the next year's report
// started from last year's (data contract §4).
#include <iostream>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "nianbao/report.h"
#include "nianbao/year_to_year.h"
#include "report_file.h"

namespace nianbao::cli {

namespace {

/// `new --from LAST.json [--year YEAR] -o OUT.json`.
int run_new_from(ParsedArgs& a) {
  for (const char* own : {"--format", "--agency", "--kind"})
    if (a.error.empty() && a.options.count(own))
      a.error = std::string("--from 不能与 ") + own + " 同用：格式由年度决定，机关名称和类型沿用上年报告";
  int year = 0;
  if (a.error.empty() && a.options.count("--year")) parse_year(a.options["--year"], "--year", &year, &a.error);
  if (a.error.empty()) a.error = refuse_output_over_input(a.options["--from"], a.options["-o"]);
  if (!a.error.empty()) {
    std::cerr << "nianbao new: " << a.error << "\n";
    return 2;
  }
  const auto last = read_report_file("new", a.options["--from"]);
  if (!last) return 2;
  NextYearResult next = next_year_report(*last, year);
  if (!next.ok) {
    std::cerr << "nianbao new: " << a.options["--from"] << "：" << next.error << "\n";
    return 2;
  }
  if (auto err = write_file_atomic(a.options["-o"], save_report_json(next.report)); !err.empty()) {
    std::cerr << "nianbao new: " << err << "\n";
    return 2;
  }
  return 0;
}

}  // namespace

int run_new(const std::vector<std::string>& raw) {
  ParsedArgs a = parse_args(raw, {"--format", "--year", "--agency", "--kind", "--from", "-o"}, {});
  if (a.error.empty() && !a.positional.empty()) a.error = "多余的参数 " + a.positional.front();
  if (a.error.empty() && !a.options.count("-o")) a.error = "缺少 -o OUT.json（输出文件，- 表示标准输出）";
  if (a.options.count("--from")) return run_new_from(a);
  if (a.error.empty() && !a.options.count("--year")) a.error = "缺少 --year（报告年度）";
  int year = 0;
  if (a.error.empty()) parse_year(a.options["--year"], "--year", &year, &a.error);
  // The format follows the year unless given (format-spec §3.6).
  FormatVersion format = format_for_year(year);
  if (a.error.empty() && a.options.count("--format")) {
    auto f = parse_format_name(a.options["--format"]);
    if (!f)
      a.error = "--format 应为 " + format_names() + " 之一";
    else
      format = *f;
  }
  AgencyKind kind = AgencyKind::Unspecified;
  if (a.error.empty() && a.options.count("--kind")) {
    bool found = false;
    for (const auto& info : agency_kinds())
      if (a.options["--kind"] == info.key) kind = info.kind, found = true;
    if (!found) {
      a.error = "--kind 应为以下之一：";
      for (const auto& info : agency_kinds())
        if (*info.key) a.error += std::string(" ") + info.key + "（" + info.label + "）";
    }
  }
  if (!a.error.empty()) {
    std::cerr << "nianbao new: " << a.error << "\n";
    return 2;
  }
  Report r = new_report(format, year, a.options["--agency"]);
  r.agency_kind = kind;
  if (auto err = write_file_atomic(a.options["-o"], save_report_json(r)); !err.empty()) {
    std::cerr << "nianbao new: " << err << "\n";
    return 2;
  }
  return 0;
}

const Command kNewCommand = {
    "new", run_new,
    "nianbao new (--year YEAR --agency NAME [--format FORMAT] [--kind KIND] | --from LAST.json [--year YEAR]) -o OUT.json",
    "新建空白报告（全部单元格为空），或以上年报告为基础新建下一年度的报告",
    "选项：\n"
    "  --from LAST.json    以上年报告为基础：下一年度、该年度应使用的格式、机关名称和类型沿用，\n"
    "                      “上年结转”每一列取上年报告的“结转下年度继续办理”（上年为空则留空），其余全部为空\n"
    "  --year YEAR         报告年度（四位数字，如 2024）；与 --from 同用时可省略，须为上年报告的下一年度\n"
    "  --agency NAME       机关名称\n"
    "  --format FORMAT     报告格式的名称（如 2021）；省略时选用该年度应使用的格式\n"
    "  --kind KIND         机关类型：department、township、government_office、county_government、\n"
    "                      city_government、province_government、vertical_system（决定 N4、N6）\n"
    "  -o OUT.json         输出文件（- 表示标准输出）\n"
    "  -h, --help          显示本说明"};

}  // namespace nianbao::cli
