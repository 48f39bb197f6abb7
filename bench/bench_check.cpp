// bench_check.cpp — how long check_report takes for one 2021 report (median over many runs).
//
// Prints the median time per report for: the tables of a clean report (the editor re-checks on every
// keystroke, so this must stay in microseconds), the same with a wrong cell (findings are built), and
// with real prose in 一/五/六 (narrative scanning, measured separately because it costs more); then the seed
// report as imported from ../shared/samples/yanshi-2020.txt — checked whole, and its prose alone (the check
// with the prose minus the check without it) — and the time to load and save its report JSON.
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "nianbao/import.h"
#include "nianbao/rules.h"
#include "nianbao/text.h"

using namespace nianbao;

namespace {

void set_row(Report& r, const std::string& row, std::initializer_list<int64_t> v) {
  size_t c = 0;
  for (int64_t x : v) *r.find_cell("t3." + row + "." + r.def().t3_columns[c++].key) = CellValue::of_count(x);
}

/// A consistent 2021 report with realistic figures (Pingtan 2022's table 三 shape).
Report sample_2021() {
  Report r = new_report(FormatVersion::v2021, 2022, "基准测试区");
  for (size_t i = 0; i < r.cells.size(); ++i)
    r.cells[i] = r.def().cells[i].kind == ValueKind::Amount ? CellValue::of_amount("9116.36") : CellValue::of_count(0);
  set_row(r, "new", {71, 3, 0, 0, 0, 0, 74});
  set_row(r, "carried", {1, 0, 0, 0, 0, 0, 1});
  set_row(r, "granted", {21, 0, 0, 0, 0, 0, 21});
  set_row(r, "partial", {8, 1, 0, 0, 0, 0, 9});
  set_row(r, "denied.5", {1, 0, 0, 0, 0, 0, 1});
  set_row(r, "denied.6", {2, 0, 0, 0, 0, 0, 2});
  set_row(r, "denied.7", {1, 0, 0, 0, 0, 0, 1});
  set_row(r, "unable.1", {37, 0, 0, 0, 0, 0, 37});
  set_row(r, "other.1", {2, 0, 0, 0, 0, 0, 2});
  set_row(r, "other.3", {0, 2, 0, 0, 0, 0, 2});
  set_row(r, "total", {72, 3, 0, 0, 0, 0, 75});
  *r.find_cell("t4.review.corrected") = CellValue::of_count(1);
  *r.find_cell("t4.review.other") = CellValue::of_count(1);
  *r.find_cell("t4.review.total") = CellValue::of_count(2);
  r.other = "本年度未收取信息处理费。";
  return r;
}

/// CPU time of this thread in nanoseconds: on a machine shared with other work, wall time would count the
/// time the benchmark waits for a core.
double cpu_ns() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e9 + static_cast<double>(t.tv_nsec);
}

/// Median nanoseconds (thread CPU time) per check_report call over `batches` batches of `per_batch` calls.
double median_ns(const Report& r, const Report* previous, int batches, int per_batch, size_t* findings) {
  std::vector<double> per_call;
  for (int b = 0; b < batches; ++b) {
    const double t0 = cpu_ns();
    for (int i = 0; i < per_batch; ++i) *findings = check_report(r, previous).size();
    per_call.push_back((cpu_ns() - t0) / per_batch);
  }
  std::sort(per_call.begin(), per_call.end());
  return per_call[per_call.size() / 2];
}

void report_line(const char* what, const Report& r, const Report* previous, int per_batch) {
  size_t findings = 0;
  double ns = median_ns(r, previous, 31, per_batch, &findings);
  std::printf("%9.2f µs  %s (%zu findings)\n", ns / 1000.0, what, findings);
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

int main() {
  Report clean = sample_2021();
  std::printf("check_report, median of 31 batches (thread CPU time per report)\n");
  report_line("2021 report, tables, all identities hold", clean, nullptr, 20000);

  Report wrong = clean;
  *wrong.find_cell("t3.unable.1.total") = CellValue::of_count(38);
  report_line("2021 report, tables, one wrong 总计 cell", wrong, nullptr, 20000);

  Report previous = clean;
  previous.year = 2021;
  report_line("2021 report with --previous (CY0–CY4)", clean, &previous, 20000);

  // Narrative: the seed report's prose (≈ 3 400 characters) if ../shared/ is present.
  std::string text = read_text(std::string(NIANBAO_SHARED_DIR) + "/samples/yanshi-2020.txt");
  if (text.empty()) {
    std::printf("SKIPPED narrative figure: ../shared/samples/yanshi-2020.txt is absent\n");
    return 0;
  }
  Report prose = clean;
  size_t two = text.find("\n二、"), five = text.find("\n五、"), six = text.find("\n六、");
  prose.overview = text.substr(0, two);
  prose.problems = text.substr(five, six - five);
  prose.other = text.substr(six) + "本年度未收取信息处理费。";
  report_line("2021 report, tables + seed prose in 一/五/六", prose, nullptr, 2000);
  Report prose_prev = prose;
  prose_prev.year = 2021;
  report_line("… with --previous (CY4 similarity of 五)", prose, &prose_prev, 2000);

  ImportResult seed = import_report(text, "yanshi-2020.txt");
  if (!seed.ok) {
    std::printf("seed import failed: %s\n", seed.error.c_str());
    return 1;
  }
  size_t findings = 0;
  const double whole = median_ns(seed.report, nullptr, 31, 2000, &findings);
  Report no_prose = seed.report;
  no_prose.overview.clear();
  no_prose.problems.clear();
  no_prose.other.clear();
  size_t unused = 0;
  const double tables = median_ns(no_prose, nullptr, 31, 2000, &unused);
  const size_t chars = text::count(seed.report.overview) + text::count(seed.report.problems) + text::count(seed.report.other);
  std::printf("%9.2f µs  seed report (yanshi-2020.txt imported), check_report (%zu findings)\n", whole / 1000.0, findings);
  std::printf("%9.2f µs  … its prose alone (%zu characters in 一/五/六; with prose minus without)\n",
              (whole - tables) / 1000.0, chars);

  // Report JSON: the seed as saved, loaded and saved again (what `nianbao check` does per file before checking).
  const std::string json = save_report_json(seed.report);
  std::vector<double> load, save;
  for (int b = 0; b < 31; ++b) {
    const double t0 = cpu_ns();
    for (int i = 0; i < 500; ++i)
      if (!load_report_json(json).ok) return 1;
    const double t1 = cpu_ns();
    for (int i = 0; i < 500; ++i) findings += save_report_json(seed.report).size();
    const double t2 = cpu_ns();
    load.push_back((t1 - t0) / 500 / 1000);
    save.push_back((t2 - t1) / 500 / 1000);
  }
  std::sort(load.begin(), load.end());
  std::sort(save.begin(), save.end());
  std::printf("%9.2f µs  load_report_json, seed report (%.1f KB)\n", load[load.size() / 2], static_cast<double>(json.size()) / 1024);
  std::printf("%9.2f µs  save_report_json, seed report\n", save[save.size() / 2]);
  return 0;
}
