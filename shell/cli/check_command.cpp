// check_command.cpp — `nianbao check [--json] [--previous PREV.json] FILE…` (data contract §3) and
// `nianbao check --units INPUT… AGG.json` (§4: an aggregate against its units, rules H1–H5).
//
// Exit status: 0 no error/inconsistency; 1 at least one; 2 a file could not be read or is not a report
// (the other files are still checked; with --json such a file gets an entry with rule "LOAD").
//
// Files are read and checked on every core (a supervisor checks a region's reports at once); each file's
// output is built apart and printed in the order the files were given, so the output does not depend on
// the number of cores.
#include <algorithm>
#include <iostream>
#include <optional>
#include <sstream>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "nianbao/rules.h"
#include "report_file.h"
#include "report_inputs.h"

namespace nianbao::cli {

namespace {

/// Loads a report file; on failure appends "nianbao check: PATH：reason" to *messages and sets *error.
std::optional<Report> load(const std::string& path, std::string* error, std::string* messages) {
  std::string note;
  auto bytes = read_text(path, error, &note, kMaxReportBytes);
  if (!note.empty()) *messages += "nianbao check: " + note + "\n";
  if (!bytes) {
    *messages += "nianbao check: " + *error + "\n";
    return std::nullopt;
  }
  LoadResult r = load_report_json(*bytes);
  if (!r.ok) {
    *error = report_json_error(path, *bytes, r.error);
    *messages += "nianbao check: " + *error + "\n";
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
void print_human(std::ostream& out, const std::string& path, const Report& r, const std::vector<Finding>& findings) {
  out << path << "（" << r.title() << "）\n  " << verdict_line(summarize(findings)) << "\n";
  std::string current;
  for (const auto& f : findings) {
    if (f.section != current) {
      current = f.section;
      out << "\n  【" << section_heading(r, current) << "】\n";
    }
    out << "    " << severity_label(f.severity) << " " << f.rule << "：" << f.message << "\n";
    if (!f.quote.empty()) out << "        原文：“" << f.quote << "”\n";
    if (f.dismissed) out << "        已确认忽略" << (f.dismiss_reason.empty() ? "" : "：" + f.dismiss_reason) << "\n";
  }
  out << "\n";
}

/// What checking one file gave: its exit status contribution and its output, printed in file order.
struct FileResult {
  int status = 0;                 ///< 0 passes, 1 errors or inconsistencies, 2 unreadable
  std::string messages;           ///< for stderr
  std::string human;              ///< for stdout (human output)
  nlohmann::ordered_json items = nlohmann::ordered_json::array();  ///< findings JSON entries (--json)
};

/// Reports given to check one aggregate against (--units): loaded once, shared by every file checked.
using Units = std::vector<const Report*>;

FileResult check_file(const std::string& path, const Report* previous, const Units* units, bool json) {
  FileResult res;
  std::string error;
  std::optional<Report> report = load(path, &error, &res.messages);
  if (!report) {
    res.status = 2;
    res.items.push_back(load_failure(path, error));
    return res;
  }
  const std::vector<Finding> findings = check_report(*report, previous, units);
  res.status = summarize(findings).passes() ? 0 : 1;
  if (!json) {
    std::ostringstream out;
    print_human(out, path, *report, findings);
    res.human = out.str();
    return res;
  }
  for (const auto& f : findings) {
    nlohmann::ordered_json item = {{"file", path}};
    const nlohmann::ordered_json fields = f.to_json();
    for (auto& [k, v] : fields.items()) item[k] = v;
    res.items.push_back(std::move(item));
  }
  return res;
}

/// check_file over `paths` on every core; results in the order of `paths`.
std::vector<FileResult> check_all(const std::vector<std::string>& paths, const Report* previous, const Units* units,
                                  bool json) {
  std::vector<FileResult> results(paths.size());
  parallel_for(paths.size(), [&](size_t i) { results[i] = check_file(paths[i], previous, units, json); });
  return results;
}

}  // namespace

int run_check(const std::vector<std::string>& given) {
  std::vector<std::string> raw = given;
  bool with_units = false;
  std::vector<std::string> unit_inputs = take_list_option(&raw, "--units", &with_units);
  ParsedArgs a = parse_args(raw, {"--previous"}, {"--json"});
  // `--units A B AGG.json`: the last argument is the report checked.
  if (with_units && a.positional.empty() && !unit_inputs.empty()) {
    a.positional.push_back(unit_inputs.back());
    unit_inputs.pop_back();
  }
  if (a.error.empty() && with_units && unit_inputs.empty()) a.error = "--units 后应给出单位报告（文件或文件夹），最后是要校验的汇总报告";
  if (a.error.empty() && a.positional.empty()) a.error = "缺少要校验的文件：nianbao check [--json] [--previous PREV.json] FILE…";
  if (!a.error.empty()) {
    std::cerr << "nianbao check: " << a.error << "\n";
    return 2;
  }
  const bool json = a.options.count("--json") > 0;
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  std::string error, messages;
  std::optional<Report> previous;
  if (a.options.count("--previous")) {
    previous = load(a.options["--previous"], &error, &messages);
    std::cerr << messages;
    if (!previous) {
      if (json) print_json(nlohmann::ordered_json::array({load_failure(a.options["--previous"], error)}));
      return 2;
    }
  }
  int status = 0, passed = 0, failed = 0, unreadable = 0;
  std::vector<LoadedReport> loaded_units = load_reports(expand_inputs(unit_inputs));
  Units units;
  for (const LoadedReport& u : loaded_units) {
    if (!u.note.empty()) std::cerr << "nianbao check: " << u.note << "\n";
    if (u.ok) {
      units.push_back(&u.report);
      continue;
    }
    std::cerr << "nianbao check: 单位报告 " << u.error << "\n";
    if (json) all.push_back(load_failure(u.path, u.error));
    status = 2;
  }
  for (FileResult& res : check_all(a.positional, previous ? &*previous : nullptr, with_units ? &units : nullptr, json)) {
    std::cerr << res.messages;
    status = std::max(status, res.status);
    (res.status == 2 ? unreadable : res.status == 1 ? failed : passed) += 1;
    std::cout << res.human;
    for (auto& item : res.items) all.push_back(std::move(item));
  }
  if (json)
    print_json(all);
  else if (a.positional.size() > 1)
    std::cout << "共 " << a.positional.size() << " 个文件：" << passed << " 个通过，" << failed << " 个有错误或勾稽不符"
              << (unreadable ? "，" + std::to_string(unreadable) + " 个无法读取" : std::string()) << "\n";
  return status;
}

const Command kCheckCommand = {
    "check", run_check, "nianbao check [--json] [--previous PREV.json] [--units INPUT…] FILE…", "校验报告（勾稽关系、正文与表格、跨年度）",
    "参数：\n"
    "  FILE…               一个或多个报告文件（nianbao/report JSON）\n"
    "选项：\n"
    "  --json              以 JSON 输出全部校验结果（数据约定 §3；无法读取的文件记为规则 LOAD）\n"
    "  --previous PREV.json  同一机关上一年度的报告，启用跨年度校验（CY0–CY4）\n"
    "  --units INPUT… AGG.json  以单位报告（文件或文件夹；网页、文本、Word 先导入）核对汇总报告 AGG.json（H1–H5）\n"
    "  -h, --help          显示本说明"};

}  // namespace nianbao::cli
