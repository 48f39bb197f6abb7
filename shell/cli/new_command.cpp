// new_command.cpp — `nianbao new`: a blank report of the chosen format.
#include <iostream>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "report.h"

namespace nianbao::cli {

int run_new(const std::vector<std::string>& raw) {
  ParsedArgs a = parse_args(raw, {"--format", "--year", "--agency", "--kind", "-o"}, {});
  if (a.error.empty() && !a.positional.empty()) a.error = "多余的参数 " + a.positional.front();
  if (a.error.empty() && !a.options.count("-o")) a.error = "缺少 -o OUT.json（输出文件，- 表示标准输出）";
  if (a.error.empty() && !a.options.count("--year")) a.error = "缺少 --year（报告年度）";
  int year = 0;
  if (a.error.empty()) {
    try {
      size_t used = 0;
      year = std::stoi(a.options["--year"], &used);
      if (used != a.options["--year"].size() || year < 1900 || year > 9999) throw std::invalid_argument("");
    } catch (...) {
      a.error = "--year 应为四位年度，如 2024";
    }
  }
  // The format follows the year unless given: 2021 format from the 2021 reports on (format-spec §3.6).
  FormatVersion format = year >= 2021 ? FormatVersion::v2021 : FormatVersion::v2019;
  if (a.error.empty() && a.options.count("--format")) {
    auto f = parse_format_name(a.options["--format"]);
    if (!f)
      a.error = "--format 应为 2019 或 2021";
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

}  // namespace nianbao::cli
