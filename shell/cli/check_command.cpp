// check_command.cpp — `nianbao check [--json] [--previous PREV.json] FILE…` (data contract §3).
//
// Exit status: 0 no error/inconsistency; 1 at least one; 2 a file could not be read or is not a report
// (the other files are still checked; with --json such a file gets an entry with rule "LOAD").
//
// Files are read and checked on every core (a supervisor checks a region's reports at once); each file's
// output is built apart and printed in the order the files were given, so the output does not depend on
// the number of cores.
#include <algorithm>
#include <atomic>
#include <iostream>
#include <optional>
#include <sstream>
#include <thread>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "nianbao/rules.h"

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
    *error = path + "：" + r.error;
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

FileResult check_file(const std::string& path, const Report* previous, bool json) {
  FileResult res;
  std::string error;
  std::optional<Report> report = load(path, &error, &res.messages);
  if (!report) {
    res.status = 2;
    res.items.push_back(load_failure(path, error));
    return res;
  }
  const std::vector<Finding> findings = check_report(*report, previous);
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
std::vector<FileResult> check_all(const std::vector<std::string>& paths, const Report* previous, bool json) {
  std::vector<FileResult> results(paths.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < paths.size();) results[i] = check_file(paths[i], previous, json);
  };
  const size_t workers = std::min<size_t>(paths.size(), std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> threads;
  for (size_t t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  return results;
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
  for (FileResult& res : check_all(a.positional, previous ? &*previous : nullptr, json)) {
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
    "check", run_check, "nianbao check [--json] [--previous PREV.json] FILE…", "校验报告（勾稽关系、正文与表格、跨年度）",
    "参数：\n"
    "  FILE…               一个或多个报告文件（nianbao/report JSON）\n"
    "选项：\n"
    "  --json              以 JSON 输出全部校验结果（数据约定 §3；无法读取的文件记为规则 LOAD）\n"
    "  --previous PREV.json  同一机关上一年度的报告，启用跨年度校验（CY0–CY4）\n"
    "  -h, --help          显示本说明"};

}  // namespace nianbao::cli
