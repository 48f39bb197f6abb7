// next_year.cpp — the next year's report started from last year's (data contract §4, `nianbao new --from`).
#include "nianbao/year_to_year.h"

namespace nianbao {

NextYearResult next_year_report(const Report& last, int year) {
  NextYearResult out;
  if (year == 0 && last.year == 0) {
    out.error = "上年报告未填写年度，请指定新报告的年度";
    return out;
  }
  if (year == 0) year = last.year + 1;
  if (!plausible_year(year)) {
    out.error = "年度 " + std::to_string(year) + " 不在 " + std::to_string(kFirstPlausibleYear) + " 至 " +
                std::to_string(kLastPlausibleYear) + " 之间";
    return out;
  }
  // 上年结转 is last year's 结转下年度 only when "last year" really is the year before.
  if (last.year != 0 && year != last.year + 1) {
    out.error = "所给上年报告为 " + std::to_string(last.year) + " 年度，新报告应为 " + std::to_string(last.year + 1) +
                " 年度（不是 " + std::to_string(year) + "），否则“上年结转”无从结转";
    return out;
  }
  Report r = new_report(format_for_year(year), year, last.agency);
  r.agency_kind = last.agency_kind;
  // Both formats have the same seven columns of table 三; an empty forward cell stays empty (never 0).
  for (const auto& col : r.def().t3_columns) {
    const CellValue& forward = last.cell("t3.forward." + col.key);
    if (forward.filled) (void)r.set_cell("t3.carried." + col.key, forward);
  }
  out.ok = true;
  out.report = std::move(r);
  return out;
}

}  // namespace nianbao
