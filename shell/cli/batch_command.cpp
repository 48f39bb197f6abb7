// batch_command.cpp — `nianbao batch [--json] [--roster ROSTER.csv] [--previous PATH…] [--summary OUT.csv|OUT.html]
// INPUT…`: a region's reports checked at once (data contract §4), one line per unit.
//
// Exit status: 0; 1 a unit has an error or inconsistency, or a roster unit is missing; 2 an input or the
// roster could not be read (the other units are still checked and listed).
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "legacy_encoding.h"
#include "nianbao/batch.h"
#include "nianbao/text.h"
#include "report_inputs.h"

namespace nianbao::cli {

namespace {

/// Runs with a progress line on a terminal (standard error) when there are many files; nothing otherwise.
std::function<void(size_t, size_t)> progress_line(const char* what, size_t total) {
  if (total < 50 || !isatty(STDERR_FILENO)) return {};
  return [what](size_t done, size_t n) {
    std::fprintf(stderr, "\r%s %zu/%zu", what, done, n);
    if (done == n) std::fprintf(stderr, "\n");
    std::fflush(stderr);
  };
}

std::vector<BatchInput> as_inputs(const std::vector<LoadedReport>& loaded, bool* unreadable) {
  std::vector<BatchInput> out;
  for (const LoadedReport& l : loaded) {
    if (!l.note.empty()) std::cerr << "nianbao batch: " << l.note << "\n";
    if (!l.ok) *unreadable = true;
    out.push_back({l.path, l.ok ? &l.report : nullptr, l.error});
  }
  return out;
}

/// The roster as UTF-8: UTF-16 with a BOM and GBK are converted.
bool read_roster(const std::string& path, std::vector<RosterEntry>* out) {
  std::string error, note;
  auto bytes = read_text(path, &error, &note, 16u << 20);
  if (!bytes) {
    std::cerr << "nianbao batch: 名单 " << error << "\n";
    return false;
  }
  const std::string_view body = std::string_view(*bytes).substr(bytes->rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0);
  if (!text::is_valid_utf8(body)) {
    if (auto utf8 = native::gb18030_to_utf8(*bytes)) *bytes = std::move(*utf8);
  }
  RosterResult roster = parse_roster_csv(*bytes);
  if (!roster.ok) {
    std::cerr << "nianbao batch: " << path << "：" << roster.error << "\n";
    return false;
  }
  *out = std::move(roster.entries);
  return true;
}

void print_human(const BatchResult& res) {
  for (const BatchRow& row : res.rows) {
    if (!row.error.empty()) {
      std::cout << "! " << row.file << "：无法读取（" << row.error << "）\n";
      continue;
    }
    std::cout << (row.verdict.passes() ? "✓ " : "✗ ") << row.agency << " " << (row.year ? std::to_string(row.year) : "?")
              << " 年度（" << row.format << " 格式" << (row.scope == "aggregate" ? "，汇总" : "") << "）"
              << verdict_line(row.verdict) << (row.previous.empty() ? "；无上年报告" : "；上年：" + row.previous)
              << (row.days_late > 0 ? "；逾期 " + std::to_string(row.days_late) + " 天（截止 " + row.deadline + "）" : "")
              << (row.review.empty() ? "" : "；审核：" + std::string(review_status_label(row.review)))
              << (row.duplicate_of.empty() ? "" : "；与 " + row.duplicate_of + " 为同一机关同一年度") << "  "
              << row.file << "\n";
  }
  std::cout << "\n" << batch_count_line(res) << "\n";
  if (!res.has_roster) return;
  std::cout << "名单中未提交（" << res.missing.size() << "）：";
  for (size_t i = 0; i < res.missing.size(); ++i) std::cout << (i ? "、" : "") << res.missing[i];
  std::cout << "\n不在名单中（" << res.unlisted.size() << "）：";
  for (size_t i = 0; i < res.unlisted.size(); ++i) std::cout << (i ? "、" : "") << res.unlisted[i];
  std::cout << "\n";
}

}  // namespace

int run_batch(const std::vector<std::string>& given) {
  std::vector<std::string> raw = given;
  bool with_previous = false;
  const std::vector<std::string> previous_inputs = take_list_option(&raw, "--previous", &with_previous);
  ParsedArgs a = parse_args(raw, {"--roster", "--summary"}, {"--json"});
  if (a.error.empty() && with_previous && previous_inputs.empty()) a.error = "--previous 后应给出上年报告的文件或文件夹";
  if (a.error.empty() && a.positional.empty())
    a.error = with_previous ? "缺少要检查的报告；--previous 之后直到下一个选项的路径都作为上年报告，请把要检查的报告写在 --previous 之前"
                            : "缺少要检查的报告（文件或文件夹）";
  std::string summary = a.options.count("--summary") ? a.options["--summary"] : "";
  const auto ends_with = [&](const char* ext) {
    return summary.size() >= std::string(ext).size() && summary.compare(summary.size() - std::string(ext).size(), std::string::npos, ext) == 0;
  };
  if (a.error.empty() && !summary.empty() && !ends_with(".csv") && !ends_with(".html") && !ends_with(".htm"))
    a.error = "--summary 的文件名应以 .csv 或 .html 结尾";
  if (!a.error.empty()) {
    std::cerr << "nianbao batch: " << a.error << "\n";
    return 2;
  }
  std::vector<RosterEntry> roster;
  bool roster_ok = true;
  if (a.options.count("--roster")) roster_ok = read_roster(a.options["--roster"], &roster);

  const std::vector<std::string> paths = expand_inputs(a.positional);
  const std::vector<std::string> previous_paths = expand_inputs(previous_inputs);
  bool unreadable = false, previous_unreadable = false;
  const auto loaded = load_reports(paths, progress_line("读取", paths.size()));
  const auto loaded_previous = load_reports(previous_paths, progress_line("读取上年报告", previous_paths.size()));
  const std::vector<BatchInput> inputs = as_inputs(loaded, &unreadable);
  const std::vector<BatchInput> previous = as_inputs(loaded_previous, &previous_unreadable);
  for (const auto& l : loaded_previous)
    if (!l.ok) std::cerr << "nianbao batch: 上年报告 " << l.error << "\n";

  const auto checks_progress = progress_line("校验", inputs.size());
  const BatchResult res = run_batch(inputs, previous, a.options.count("--roster") && roster_ok ? &roster : nullptr,
                                    [&](size_t n, const std::function<void(size_t)>& work) {
                                      parallel_for(n, work, checks_progress);
                                    });
  if (a.options.count("--json"))
    std::cout << batch_json(res).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  else
    print_human(res);
  int status = res.status();
  if (!summary.empty()) {
    const std::string bytes = ends_with(".csv") ? batch_csv(res) : batch_html(res, "政府信息公开工作年度报告 检查汇总");
    if (auto err = write_file_atomic(summary, bytes); !err.empty()) {
      std::cerr << "nianbao batch: " << err << "\n";
      status = 2;
    }
  }
  return roster_ok ? status : 2;
}

const Command kBatchCommand = {
    "batch", run_batch,
    "nianbao batch [--json] [--roster ROSTER.csv] [--previous PATH…] [--summary OUT.csv|OUT.html] INPUT…",
    "批量检查一个地区的报告（每个单位一行；名单覆盖；自动配对上年报告）",
    "参数：\n"
    "  INPUT…              报告文件或文件夹（JSON；网页 .html、文本 .txt、Word .docx 先导入）\n"
    "选项：\n"
    "  --roster ROSTER.csv 名单（UTF-8 或 GBK；表头“机关名称,机关类型”，类型一列可省略）：列出未提交和不在名单中的单位\n"
    "  --previous PATH…    上年报告的文件或文件夹；按机关名称和年度自动配对，启用跨年度校验（CY1–CY4）\n"
    "                      （直到下一个选项为止的路径都作为上年报告）\n"
    "  --summary OUT.csv|OUT.html  汇总表（CSV 为带 BOM 的 UTF-8，Excel、WPS 直接打开）\n"
    "  --json              以 JSON 输出（数据约定 §4）\n"
    "逾期按机关类型的公开截止日期计算（需报告中有公开日期 published）。\n"
    "  -h, --help          显示本说明"};

}  // namespace nianbao::cli
