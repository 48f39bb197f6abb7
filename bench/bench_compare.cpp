// bench_compare.cpp — median time of the 比对 (compare_reports, and the whole page) of two full reports
// with long prose, half of it shared: what the editor's 比对 view costs when it opens or the report changes.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

#include "nianbao/year_to_year.h"

using namespace nianbao;

namespace {

double median_ms(const std::function<void()>& f) {
  f();  // warm-up: the first run pays for allocation and caches
  std::vector<double> ms;
  for (int run = 0; run < 51; ++run) {
    auto t0 = std::chrono::steady_clock::now();
    f();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::nth_element(ms.begin(), ms.begin() + 25, ms.end());
  return ms[25];
}

Report filled(FormatVersion v, int year, int64_t factor) {
  Report r = new_report(v, year, "某市人民政府办公室");
  for (size_t i = 0; i < r.cells.size(); ++i)
    r.cells[i] = r.def().cells[i].kind == ValueKind::Amount ? CellValue::of_amount("24252.311082")
                                                             : CellValue::of_count(static_cast<int64_t>(i) * factor);
  return r;
}

}  // namespace

int main() {
  Report before = filled(FormatVersion::v2019, 2020, 1), now = filled(FormatVersion::v2021, 2021, 3);
  // About 6 000 characters a section; every other paragraph is last year's.
  for (int p = 0; p < 200; ++p) {
    before.overview += "本机关坚持以公开为常态、不公开为例外，第" + std::to_string(p) + "项工作落实到位。\n";
    now.overview += p % 2 ? "本机关坚持以公开为常态、不公开为例外，第" + std::to_string(p) + "项工作落实到位。\n"
                          : "今年新建政务公开专区" + std::to_string(p) + "个，群众办事更加便利。\n";
  }
  before.problems = before.overview;
  now.problems = now.overview;
  size_t bytes = 0;
  const double page = median_ms([&] { bytes = render_comparison_html(before, now).size(); });
  const double cmp = median_ms([&] { (void)compare_reports(before, now); });
  const size_t chars = now.overview.size() / 3;
  std::printf("compare_reports 2019→2021, two sections of ~%zu characters: median %.3f ms over 51 runs\n", chars, cmp);
  std::printf("render_comparison_html: median %.3f ms over 51 runs, %zu bytes\n", page, bytes);
}
