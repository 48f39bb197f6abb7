// bench_check.cpp — how long check_report takes for one 2021 report (median over many runs).
//
// Prints the median time per report for: the tables of a clean report (the editor re-checks on every
// keystroke, so this must stay in microseconds), the same with a wrong cell (findings are built), and
// with real prose in 一/五/六 (narrative scanning, measured separately because it costs more).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "nianbao/rules.h"

using namespace nianbao;

namespace {

void set_row(Report& r, const std::string& row, std::initializer_list<int64_t> v) {
  size_t c = 0;
  for (int64_t x : v) r.cell("t3." + row + "." + r.def().t3_columns[c++].key) = CellValue::of_count(x);
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
  r.cell("t4.review.corrected") = CellValue::of_count(1);
  r.cell("t4.review.other") = CellValue::of_count(1);
  r.cell("t4.review.total") = CellValue::of_count(2);
  r.other = "本年度未收取信息处理费。";
  return r;
}

/// Median nanoseconds per check_report call over `batches` batches of `per_batch` calls.
double median_ns(const Report& r, const Report* previous, int batches, int per_batch, size_t* findings) {
  std::vector<double> per_call;
  for (int b = 0; b < batches; ++b) {
    auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < per_batch; ++i) *findings = check_report(r, previous).size();
    auto t1 = std::chrono::steady_clock::now();
    per_call.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count() / per_batch);
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
  std::printf("check_report, median of 31 batches (time per report)\n");
  report_line("2021 report, tables, all identities hold", clean, nullptr, 20000);

  Report wrong = clean;
  wrong.cell("t3.unable.1.total") = CellValue::of_count(38);
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
  return 0;
}
