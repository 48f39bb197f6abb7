// workbench.h — the supervisor's 汇总/审核 workbench as a model (no ImGui): the units' files read and checked a
// few at a time (so the page keeps drawing), the roster, the table's order and selection, 退回/通过, the 汇总
// report and the table's export. The checks are core's batch steps (batch.h) and the 汇总 core's builder
// (aggregate.h); reading a file is core's read_report_input, GBK through the platform. Drawn by
// workbench_view.cpp.
//
// Index
//   WorkbenchUnit ........ one file given: its report (or why not) and its row as checked on its own
//   WorkbenchColumn ...... the table's columns (sortable), with their labels
//   Workbench ............ reading, roster, order, review, aggregate, export
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/aggregate.h"
#include "nianbao/batch.h"
#include "nianbao/report_input.h"

namespace nianbao::ui {

struct WorkbenchUnit {
  std::string file;     ///< as given (a dropped folder's files keep their path inside it)
  std::string sha256;   ///< of the bytes read (recorded by the 汇总)
  BatchInput input;     ///< points at `report` when it was read
  Report report;
  std::string note;     ///< conversion done (GBK)
  BatchRow row;         ///< check_batch_unit's row (before duplicates, S2 and the roster)
  bool checked = false;
  bool changed = false; ///< edited or reviewed here since it was read: its file is out of date until downloaded
};

enum class WorkbenchColumn : int { Agency, Kind, Year, Scope, Errors, Warnings, Late, Previous, Roster, Review, File, Count };

struct WorkbenchColumnInfo {
  WorkbenchColumn column;
  const char* label;
};
/// The columns in display order; indexed by WorkbenchColumn.
extern const WorkbenchColumnInfo kWorkbenchColumns[static_cast<int>(WorkbenchColumn::Count)];

class Workbench {
 public:
  // --- reading
  /// `count` more files are on their way (add_file each): the workbench is busy until they came.
  void expect(size_t count) { expected_ += count; }
  /// Queues a file for reading (it is read and checked by step()). Files already given (same name and bytes)
  /// are skipped; returns false then.
  bool add_file(std::string name, std::string bytes);
  /// Reads and checks queued units until `budget` seconds of `clock` have passed (at least one file each call);
  /// once all are checked, completes the table (duplicates, S2, roster). Returns true while work remains.
  bool step(double budget, const std::function<double()>& clock, const LegacyDecoder& decode_legacy);
  bool busy() const { return expected_ > 0 || !queue_.empty() || unchecked_ > 0 || result_stale_; }
  /// Work done and to do, counted in steps of reading and of checking (for the progress bar).
  size_t work_done() const { return work_done_; }
  size_t work_total() const { return work_done_ + (expected_ + queue_.size()) * 2 + unchecked_; }
  /// Forgets every unit (the roster stays).
  void clear();

  // --- roster (名单)
  /// Takes the roster's CSV text (机关名称[,机关类型]). "" or the Chinese error (the roster is unchanged then).
  /// Empty text removes the roster.
  std::string set_roster(std::string_view text);
  bool has_roster() const { return has_roster_; }
  size_t roster_size() const { return roster_.size(); }

  // --- the table
  size_t size() const { return units_.size(); }
  const WorkbenchUnit& unit(size_t i) const { return units_[i]; }
  /// The completed rows (duplicates, S2, roster), parallel to the units; valid when !busy().
  const BatchResult& result() const { return result_; }
  /// Units in the table's order.
  const std::vector<size_t>& order() const { return order_; }
  void sort_by(WorkbenchColumn column, bool ascending);
  WorkbenchColumn sort_column() const { return sort_column_; }
  bool sort_ascending() const { return sort_ascending_; }
  /// Selected unit (index into the units), or -1.
  int selected() const { return selected_; }
  void select(int unit) { selected_ = unit >= 0 && static_cast<size_t>(unit) < units_.size() ? unit : -1; }
  /// Moves the selection `delta` rows in the table's order (clamped); selects the first row when none is.
  void move_selection(int delta);
  /// The unit paired with `unit` as its last year's report in the table, or -1.
  int paired_previous(size_t unit) const;
  /// A cell's text as the table shows it.
  std::string cell_text(size_t unit, WorkbenchColumn column) const;

  // --- a unit changed
  /// The unit's report as edited in the editor: checked again, marked changed (its file is now out of date).
  void replace_report(size_t unit, Report report);
  /// Adds the supervisor's decision ("returned" 退回 / "accepted" 通过) with `comment`, `by` and the date `at`
  /// ("YYYY-MM-DD") to the unit's review history. "" or the Chinese reason nothing was recorded.
  std::string review(size_t unit, const std::string& status, const std::string& comment, const std::string& by,
                     const std::string& at);
  /// The unit's report JSON (with its review history), to download; file name beside it.
  std::string unit_json(size_t unit) const;
  std::string unit_file_name(size_t unit) const;
  void mark_saved(size_t unit) { units_[unit].changed = false; }
  /// Units edited or reviewed here and not downloaded since: that work exists only in this page.
  std::vector<size_t> not_downloaded() const;

  // --- 汇总 and export
  /// The 汇总 of the readable organ units (core's rules decide which are summed), named `agency`.
  AggregateResult build_aggregate(const std::string& agency, AgencyKind kind) const;
  std::string csv() const { return batch_csv(result_); }
  std::string html(std::string_view title) const { return batch_html(result_, title); }

 private:
  struct Pending {
    std::string name, bytes, sha256;
  };
  void read_one(const LegacyDecoder& decode_legacy);
  /// After units arrived: last year's pairs may have changed; units whose pair changed are checked again.
  void pair_all();
  void finish();
  void resort();

  std::deque<WorkbenchUnit> units_;  ///< a deque: BatchInput::report points into it
  std::deque<Pending> queue_;
  std::vector<BatchInput> inputs_;   ///< copy of every unit's input, in order (for finish_batch)
  PreviousIndex index_;              ///< over inputs_
  size_t check_cursor_ = 0;          ///< units before it are checked
  size_t expected_ = 0;   ///< files announced, not yet given
  size_t unchecked_ = 0;
  bool paired_ = true;                ///< no unit arrived since the last pairing
  bool result_stale_ = false;
  size_t work_done_ = 0;
  BatchResult result_;
  std::vector<RosterEntry> roster_;
  bool has_roster_ = false;
  std::vector<size_t> order_;
  WorkbenchColumn sort_column_ = WorkbenchColumn::File;
  bool sort_ascending_ = true;
  int selected_ = -1;
};

/// Today's date "YYYY-MM-DD" from milliseconds since the Unix epoch (local time).
std::string date_from_epoch_ms(double ms);

}  // namespace nianbao::ui
