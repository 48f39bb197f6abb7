// bench_render.cpp — median time to render a full report page (every cell filled, long narrative).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "nianbao/html_render.h"

using namespace nianbao;

int main() {
  for (FormatVersion v : {FormatVersion::v2019, FormatVersion::v2021}) {
    Report r = new_report(v, 2024, "某市人民政府办公室");
    for (size_t i = 0; i < r.cells.size(); ++i)
      r.cells[i] = r.def().cells[i].kind == ValueKind::Amount ? CellValue::of_amount("24252.311082")
                                                               : CellValue::of_count(static_cast<int64_t>(i));
    // Two sections of about 4 000 characters each, with characters that need escaping.
    for (int p = 0; p < 100; ++p) r.overview += "本机关坚持以公开为常态、不公开为例外，“五公开”要求 & <规范> 落实到位。\n";
    r.problems = r.overview;
    std::vector<double> ms;
    size_t bytes = 0;
    for (int run = 0; run < 51; ++run) {
      auto t0 = std::chrono::steady_clock::now();
      bytes = render_report_html(r).size();
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::nth_element(ms.begin(), ms.begin() + 25, ms.end());
    std::printf("render_report_html %s: median %.3f ms over 51 runs, %zu bytes\n", std::string(format_name(v)).c_str(),
                ms[25], bytes);
  }
}
