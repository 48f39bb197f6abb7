// workbench.cpp — the 汇总/审核 workbench's model (workbench.h).
//
// Index
//   columns ........ labels, cell texts, sort keys
//   reading ........ add_file, step (read, pair, check, finish)
//   roster ......... set_roster
//   order .......... sort_by, move_selection
//   a unit changed . replace_report, review, unit_json
//   汇总 ............ build_aggregate
#include "workbench.h"

#include <algorithm>
#include <ctime>
#include <iterator>
#include <set>

#include "nianbao/text.h"

namespace nianbao::ui {

// ---------------------------------------------------------------------------------------------
// columns

const WorkbenchColumnInfo kWorkbenchColumns[] = {
    {WorkbenchColumn::Agency, "机关名称"},   {WorkbenchColumn::Kind, "机关类型"},   {WorkbenchColumn::Year, "年度·格式"},
    {WorkbenchColumn::Scope, "范围"},         {WorkbenchColumn::Errors, "错误"},     {WorkbenchColumn::Warnings, "提示"},
    {WorkbenchColumn::Late, "逾期"},          {WorkbenchColumn::Previous, "上年报告"}, {WorkbenchColumn::Roster, "名单"},
    {WorkbenchColumn::Review, "审核"},        {WorkbenchColumn::File, "文件"},
};
static_assert(std::size(kWorkbenchColumns) == static_cast<size_t>(WorkbenchColumn::Count), "one label per column");

namespace {

/// The sort key of a numeric column (is_numeric); unreadable units sort as the worst.
long numeric_key(const BatchRow& row, WorkbenchColumn column) {
  const bool read = row.error.empty();
  switch (column) {
    case WorkbenchColumn::Year: return read ? row.year : -1;
    case WorkbenchColumn::Errors: return read ? row.verdict.errors : 1 << 30;
    case WorkbenchColumn::Warnings: return read ? row.verdict.warnings : -1;
    case WorkbenchColumn::Late: return read ? row.days_late : -1;
    default: return 0;
  }
}

bool is_numeric(WorkbenchColumn column) {
  return column == WorkbenchColumn::Year || column == WorkbenchColumn::Errors || column == WorkbenchColumn::Warnings ||
         column == WorkbenchColumn::Late;
}

}  // namespace

std::string Workbench::cell_text(size_t i, WorkbenchColumn column) const {
  const WorkbenchUnit& u = units_[i];
  const BatchRow& row = i < result_.rows.size() ? result_.rows[i] : u.row;
  const bool read = u.input.report != nullptr;
  if (column == WorkbenchColumn::File) return u.file;
  if (!read) return column == WorkbenchColumn::Agency ? "（无法读取）" : "";
  if (!u.checked) return column == WorkbenchColumn::Agency ? u.report.agency : "";
  switch (column) {
    case WorkbenchColumn::Agency: return row.agency.empty() ? "（未填写机关名称）" : row.agency;
    case WorkbenchColumn::Kind: return row.kind == AgencyKind::Unspecified ? "未选择" : agency_kind_info(row.kind).label;
    case WorkbenchColumn::Year: return (row.year ? std::to_string(row.year) : std::string("年度未填")) + " · " + row.format + " 格式";
    case WorkbenchColumn::Scope: return row.scope == "aggregate" ? "汇总" : "本机关";
    case WorkbenchColumn::Errors: return std::to_string(row.verdict.errors);
    case WorkbenchColumn::Warnings: return std::to_string(row.verdict.warnings);
    case WorkbenchColumn::Late:
      if (row.deadline.empty()) return "期限未知";
      if (u.report.published.empty()) return "未填公布日期";
      return row.days_late > 0 ? "逾期 " + std::to_string(row.days_late) + " 天" : "按期";
    case WorkbenchColumn::Previous: return row.previous.empty() ? "未找到" : "已配对";
    case WorkbenchColumn::Roster:
      if (!result_.has_roster) return "";
      return row.on_roster ? "在名单中" : "不在名单";
    case WorkbenchColumn::Review: {
      std::string s(review_status_label(row.review));
      if (s.empty()) s = "未审核";
      return u.changed ? s + "（未下载）" : s;
    }
    default: return "";
  }
}

// ---------------------------------------------------------------------------------------------
// reading

bool Workbench::add_file(std::string name, std::string bytes) {
  if (expected_ > 0) --expected_;
  const std::string digest = sha256_hex(bytes);
  for (const WorkbenchUnit& u : units_)
    if (u.file == name && u.sha256 == digest) return false;
  for (const Pending& p : queue_)
    if (p.name == name && p.sha256 == digest) return false;
  queue_.push_back({std::move(name), std::move(bytes), digest});
  return true;
}

int Workbench::paired_previous(size_t unit) const {
  // The pair the table was checked with (by agency, year and scope), not a file name that may repeat.
  if (!paired_ || unit >= units_.size() || !units_[unit].input.report) return -1;
  const BatchInput* last = index_.find(units_[unit].report);
  return last ? static_cast<int>(last - inputs_.data()) : -1;
}

std::vector<size_t> Workbench::not_downloaded() const {
  std::vector<size_t> out;
  for (size_t i = 0; i < units_.size(); ++i)
    if (units_[i].changed) out.push_back(i);
  return out;
}

void Workbench::clear() {
  units_.clear();
  queue_.clear();
  expected_ = 0;
  inputs_.clear();
  index_ = PreviousIndex();
  unchecked_ = check_cursor_ = work_done_ = 0;
  paired_ = true;
  result_stale_ = false;
  result_ = finish_batch({}, {}, has_roster_ ? &roster_ : nullptr);
  order_.clear();
  selected_ = -1;
}

void Workbench::read_one(const LegacyDecoder& decode_legacy) {
  Pending p = std::move(queue_.front());
  queue_.pop_front();
  WorkbenchUnit& u = units_.emplace_back();
  u.file = std::move(p.name);
  u.sha256 = std::move(p.sha256);
  u.input.file = u.file;
  ReportInput in = read_report_input(u.file, std::move(p.bytes), decode_legacy);
  u.note = std::move(in.note);
  if (in.ok) {
    u.report = std::move(in.report);
    u.input.report = &u.report;
  } else {
    u.input.error = in.error;
  }
  ++unchecked_;
  paired_ = false;
  result_stale_ = true;
  ++work_done_;  // the read; its check is counted in unchecked_
}

void Workbench::pair_all() {
  inputs_.clear();
  for (const WorkbenchUnit& u : units_) inputs_.push_back(u.input);
  index_ = PreviousIndex();
  for (const BatchInput& in : inputs_) index_.add(in);
  for (size_t i = 0; i < units_.size(); ++i) {
    WorkbenchUnit& u = units_[i];
    if (!u.checked || !u.input.report) continue;
    const BatchInput* prev = index_.find(u.report);
    if ((prev ? prev->file : std::string()) != u.row.previous) {
      u.checked = false;
      ++unchecked_;
      check_cursor_ = std::min(check_cursor_, i);
    }
  }
  paired_ = true;
}

bool Workbench::step(double budget, const std::function<double()>& clock, const LegacyDecoder& decode_legacy) {
  const double until = clock() + budget;
  bool first = true;
  auto time_left = [&] {
    const bool go = first || clock() < until;
    first = false;
    return go;
  };
  while (!queue_.empty() && time_left()) read_one(decode_legacy);
  // Pairing and checking wait for every file announced: each arrival could change the pairs.
  if (!queue_.empty() || expected_ > 0) return true;
  if (!paired_) pair_all();
  while (unchecked_ > 0 && time_left()) {
    while (units_[check_cursor_].checked) ++check_cursor_;
    WorkbenchUnit& u = units_[check_cursor_];
    u.row = check_batch_unit(inputs_[check_cursor_], u.input.report ? index_.find(u.report) : nullptr);
    u.checked = true;
    --unchecked_;
    ++work_done_;
  }
  if (unchecked_ > 0) return true;
  if (result_stale_ && time_left()) finish();
  return busy();
}

void Workbench::finish() {
  std::vector<BatchRow> rows;
  rows.reserve(units_.size());
  for (const WorkbenchUnit& u : units_) rows.push_back(u.row);
  result_ = finish_batch(std::move(rows), inputs_, has_roster_ ? &roster_ : nullptr);
  result_stale_ = false;
  resort();
}

// ---------------------------------------------------------------------------------------------
// roster

std::string Workbench::set_roster(std::string_view text) {
  if (text.find_first_not_of(" \t\r\n\xEF\xBB\xBF") == std::string_view::npos) {
    roster_.clear();
    has_roster_ = false;
  } else {
    RosterResult r = parse_roster_csv(text);
    if (!r.ok) return r.error;
    roster_ = std::move(r.entries);
    has_roster_ = true;
  }
  result_stale_ = true;
  return {};
}

// ---------------------------------------------------------------------------------------------
// order

void Workbench::sort_by(WorkbenchColumn column, bool ascending) {
  sort_column_ = column;
  sort_ascending_ = ascending;
  resort();
}

void Workbench::resort() {
  order_.resize(units_.size());
  for (size_t i = 0; i < order_.size(); ++i) order_[i] = i;
  const WorkbenchColumn c = sort_column_;
  std::vector<std::string> texts;
  if (!is_numeric(c)) {
    texts.reserve(units_.size());
    for (size_t i = 0; i < units_.size(); ++i) texts.push_back(cell_text(i, c));
  }
  auto row = [&](size_t i) -> const BatchRow& { return i < result_.rows.size() ? result_.rows[i] : units_[i].row; };
  // Names as office software sorts them: 第2局 before 第10局, Chinese by pinyin.
  auto before = [&](size_t a, size_t b) {
    return is_numeric(c) ? numeric_key(row(a), c) < numeric_key(row(b), c) : text::less_for_people(texts[a], texts[b]);
  };
  std::stable_sort(order_.begin(), order_.end(),
                   [&](size_t a, size_t b) { return sort_ascending_ ? before(a, b) : before(b, a); });
}

void Workbench::move_selection(int delta) {
  if (order_.empty()) return;
  const auto at = std::find(order_.begin(), order_.end(), static_cast<size_t>(selected_));
  long pos = at == order_.end() ? (delta > 0 ? -1 : static_cast<long>(order_.size())) : at - order_.begin();
  pos = std::clamp(pos + delta, 0L, static_cast<long>(order_.size()) - 1);
  selected_ = static_cast<int>(order_[static_cast<size_t>(pos)]);
}

// ---------------------------------------------------------------------------------------------
// a unit changed

void Workbench::replace_report(size_t i, Report report) {
  WorkbenchUnit& u = units_[i];
  u.report = std::move(report);
  u.input.report = &u.report;
  u.input.error.clear();
  u.changed = true;
  if (u.checked) {
    u.checked = false;
    ++unchecked_;
  }
  check_cursor_ = std::min(check_cursor_, i);
  paired_ = false;  // its agency or year may have changed
  result_stale_ = true;
}

std::string Workbench::review(size_t i, const std::string& status, const std::string& comment, const std::string& by,
                              const std::string& at) {
  const WorkbenchUnit& u = units_[i];
  if (!u.input.report) return "“" + u.file + "”未能读取，无法记录审核意见";
  if (status == "returned" && comment.find_first_not_of(" \t\r\n") == std::string::npos)
    return "退回时请写明需要修改的内容（审核意见不能为空）";
  Report r = u.report;
  ReviewEntry e;
  e.status = status;
  e.by = by;
  e.at = at;
  e.comment = comment;
  r.review.status = status;
  r.review.history.push_back(std::move(e));
  replace_report(i, std::move(r));
  return {};
}

std::string Workbench::unit_json(size_t i) const { return save_report_json(units_[i].report); }

std::string Workbench::unit_file_name(size_t i) const {
  // The unit's own file name, as a report JSON: the officer recognises it and it replaces the old one.
  std::string name = units_[i].file;
  if (const size_t slash = name.find_last_of("/\\"); slash != std::string::npos) name.erase(0, slash + 1);
  if (const size_t dot = name.find_last_of('.'); dot != std::string::npos && dot > 0) name.erase(dot);
  return name + ".json";
}

// ---------------------------------------------------------------------------------------------
// 汇总

AggregateResult Workbench::build_aggregate(const std::string& agency, AgencyKind kind) const {
  // Last year's reports given for pairing are no units of this year's 汇总; any other mix of years is
  // refused by the builder, naming the units.
  std::set<std::string> previous;
  for (const WorkbenchUnit& u : units_)
    if (!u.row.previous.empty()) previous.insert(u.row.previous);
  std::vector<AggregateInput> inputs;
  for (const WorkbenchUnit& u : units_)
    if (u.input.report && !previous.count(u.file))
      inputs.push_back({&u.report, u.file, u.changed ? std::string() : u.sha256});
  AggregateOptions options;
  options.agency = agency;
  options.agency_kind = kind;
  return nianbao::build_aggregate(inputs, options);
}

std::string date_from_epoch_ms(double ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  const std::tm* local = std::localtime(&t);
  char buf[16] = {};
  if (local) std::strftime(buf, sizeof buf, "%Y-%m-%d", local);
  return buf;
}

}  // namespace nianbao::ui
