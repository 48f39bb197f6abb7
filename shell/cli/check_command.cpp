// check_command.cpp — `nianbao check [--json] [--previous PREV.json] FILE…` (data contract §3).
//
// Exit status: 0 no error/inconsistency; 1 at least one; 2 a file could not be read or is not a report
// (the other files are still checked; with --json such a file gets an entry with rule "LOAD").
#include <algorithm>
#include <iostream>
#include <optional>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "nianbao/rules.h"

namespace nianbao::cli {

namespace {

/// Loads a report file; on failure prints "nianbao check: PATH：reason" on stderr and sets *error.
std::optional<Report> load(const std::string& path, std::string* error) {
  std::string note;
  auto bytes = read_text(path, error, &note, kMaxReportBytes);
  if (!note.empty()) std::cerr << "nianbao check: " << note << "\n";
  if (!bytes) {
    std::cerr << "nianbao check: " << *error << "\n";
    return std::nullopt;
  }
  LoadResult r = load_report_json(*bytes);
  if (!r.ok) {
    *error = path + "：" + r.error;
    std::cerr << "nianbao check: " << *error << "\n";
    return std::nullopt;
  }
  return std::move(r.report);
}

/// The findings-JSON entry of a file that could not be read, so that scripts see which file failed.
nlohmann::ordered_json load_failure(const std::string& path, const std::string& error) {
  return {{"file", path},  {"rule", "LOAD"}, {"severity", "error"}, {"cells", nlohmann::ordered_json::array()},
          {"expected", ""}, {"actual", ""},   {"message", error},    {"section", "meta"}};
}

void print_json(const nlohmann::ordered_json& all) {
  std::cout << all.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

std::string section_heading(const Report& r, const std::string& key) {
  if (const SectionDef* s = r.def().section(key)) return s->heading;
  return "基本信息";
}

/// Findings grouped under their section headings (they arrive ordered by section).
void print_human(const std::string& path, const Report& r, const std::vector<Finding>& findings) {
  std::cout << path << "（" << r.title() << "）\n  " << verdict_line(summarize(findings)) << "\n";
  std::string current;
  for (const auto& f : findings) {
    if (f.section != current) {
      current = f.section;
      std::cout << "\n  【" << section_heading(r, current) << "】\n";
    }
    std::cout << "    " << severity_label(f.severity) << " " << f.rule << "：" << f.message << "\n";
    if (!f.quote.empty()) std::cout << "        原文：“" << f.quote << "”\n";
    if (f.dismissed)
      std::cout << "        已确认忽略" << (f.dismiss_reason.empty() ? "" : "：" + f.dismiss_reason) << "\n";
  }
  std::cout << "\n";
}

}  // namespace

int run_check(const std::vector<std::string>& raw) {
  ParsedArgs a = parse_args(raw, {"--previous"}, {"--json"});
  if (a.error.empty() && a.positional.empty()) a.error = "缺少要校验的文件：nianbao check [--json] [--previous PREV.json] FILE…";
  if (!a.error.empty()) {
    std::cerr << "nianbao check: " << a.error << "\n";
    return 2;
  }
  const bool json = a.options.count("--json") > 0;
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  std::string error;
  std::optional<Report> previous;
  if (a.options.count("--previous")) {
    previous = load(a.options["--previous"], &error);
    if (!previous) {
      if (json) print_json(nlohmann::ordered_json::array({load_failure(a.options["--previous"], error)}));
      return 2;
    }
  }
  int status = 0, passed = 0, failed = 0, unreadable = 0;
  for (const auto& path : a.positional) {
    std::optional<Report> report = load(path, &error);
    if (!report) {
      status = 2;
      ++unreadable;
      all.push_back(load_failure(path, error));
      continue;
    }
    std::vector<Finding> findings = check_report(*report, previous ? &*previous : nullptr);
    if (summarize(findings).passes()) {
      ++passed;
    } else {
      ++failed;
      status = std::max(status, 1);
    }
    if (!json) {
      print_human(path, *report, findings);
      continue;
    }
    for (const auto& f : findings) {
      nlohmann::ordered_json item = {{"file", path}};
      const nlohmann::ordered_json fields = f.to_json();
      for (auto& [k, v] : fields.items()) item[k] = v;
      all.push_back(std::move(item));
    }
  }
  if (json)
    print_json(all);
  else if (a.positional.size() > 1)
    std::cout << "共 " << a.positional.size() << " 个文件：" << passed << " 个通过，" << failed << " 个有错误或勾稽不符"
              << (unreadable ? "，" + std::to_string(unreadable) + " 个无法读取" : std::string()) << "\n";
  return status;
}

const Command kCheckCommand = {
    "check", run_check, "nianbao check [--json] [--previous PREV.json] FILE…", "校验报告（勾稽关系、正文与表格、跨年度）",
    "参数：\n"
    "  FILE…               一个或多个报告文件（nianbao/report JSON）\n"
    "选项：\n"
    "  --json              以 JSON 输出全部校验结果（数据约定 §3；无法读取的文件记为规则 LOAD）\n"
    "  --previous PREV.json  同一机关上一年度的报告，启用跨年度校验（CY0–CY4）\n"
    "  -h, --help          显示本说明"};

}  // namespace nianbao::cli
