// batch.h — a supervising office's check of a region's reports at once (data contract §4, `nianbao batch`):
// one row per unit with its verdict, lateness against the deadline of its kind and its last-year report paired
// by agency and year (so CY1–CY4 run); coverage against a roster (名单); the summary as JSON, CSV and HTML.
//
// Index
//   RosterEntry, parse_roster_csv ... the roster CSV (机关名称,机关类型), already decoded to UTF-8
//   parse_agency_kind ............... "department" or its Chinese name
//   BatchInput, BatchRow, BatchResult  the inputs and the summary
//   run_batch ....................... pairs, checks (on the caller's threads), compares with the roster
//   PreviousIndex, check_batch_unit, finish_batch  its steps, for a caller that checks a few units at a time
//   batch_count_line, batch_json / batch_csv / batch_html  the summary written out
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "nianbao/findings.h"
#include "nianbao/report.h"

namespace nianbao {

/// A kind by its JSON key ("township") or its Chinese name ("乡镇人民政府（街道办事处）", "乡镇", "部门"…).
[[nodiscard]] std::optional<AgencyKind> parse_agency_kind(std::string_view text);

/// An agency name as compared across files: white space (including full-width) removed.
[[nodiscard]] std::string agency_match_key(std::string_view agency);

/// Agency (agency_match_key), year and scope: two reports with the same key are one report given twice (a page
/// and its text, two drafts: BatchRow::duplicate_of), never compared with each other for 雷同 (S2).
using ReportKey = std::tuple<std::string, int, ReportScope>;
[[nodiscard]] ReportKey report_key(const Report& r);

struct RosterEntry {
  std::string agency;
  AgencyKind kind = AgencyKind::Unspecified;
  int line = 0;  ///< 1-based line in the CSV
};

struct RosterResult {
  bool ok = false;
  std::string error;  ///< Chinese, naming the line
  std::vector<RosterEntry> entries;
};

/// Parses a roster CSV (UTF-8, a BOM allowed; quoted fields as Excel writes them): header 机关名称[,机关类型],
/// one unit a line; blank lines skipped; a unit named twice is refused with both lines.
[[nodiscard]] RosterResult parse_roster_csv(std::string_view utf8);

/// One report read by the caller (or why it could not be).
struct BatchInput {
  std::string file;
  const Report* report = nullptr;  ///< nullptr when it could not be read
  std::string error;               ///< why it could not be read
};

struct BatchRow {
  std::string file;
  std::string agency, format, scope;  ///< format "2021"; scope "organ" / "aggregate"
  int year = 0;
  AgencyKind kind = AgencyKind::Unspecified;
  std::string error;     ///< could not be read (then nothing else is filled)
  Verdict verdict;
  std::vector<Finding> findings;
  std::string previous;  ///< file of the paired last-year report ("" none)
  std::string deadline;  ///< "YYYY-MM-DD" for its kind and year ("" when the kind is not given)
  int days_late = 0;     ///< > 0: published that many days after the deadline (needs `published`)
  std::string review;    ///< "returned" / "accepted" / ""
  bool on_roster = false;
  std::string duplicate_of;  ///< an earlier input's file with the same agency, year and scope ("" none)
};

struct BatchResult {
  std::vector<BatchRow> rows;           ///< in input order
  std::vector<std::string> missing;     ///< roster units without a report
  std::vector<std::string> unlisted;    ///< reports of agencies not on the roster
  bool has_roster = false;
  /// Exit status of the contract: 0; 1 a unit has an error or inconsistency or a roster unit is missing;
  /// 2 an input could not be read.
  int status() const;
};

/// Checks every input, each against the same agency's report of the year before found among `previous` or the
/// inputs themselves (same scope). `for_each(n, work)` runs work(0..n-1), possibly in parallel (empty: in
/// order); `roster` may be null.
[[nodiscard]] BatchResult run_batch(const std::vector<BatchInput>& inputs, const std::vector<BatchInput>& previous,
                                    const std::vector<RosterEntry>* roster,
                                    const std::function<void(size_t, const std::function<void(size_t)>&)>& for_each = {});

/// Whether `last` is `now`'s report of the year before: a named agency the same by agency_match_key, the same
/// scope (本机关 / 汇总), year − 1. The rule every pairing follows (PreviousIndex, the editor).
[[nodiscard]] bool is_previous_of(const Report& last, const Report& now);

/// Last year's reports by agency, year and scope, for pairing (the first added of each key wins).
class PreviousIndex {
 public:
  /// Adds a readable input (`in` must outlive the index); unreadable ones are skipped.
  void add(const BatchInput& in);
  /// The same agency's report of the year before `r` and of its scope, or nullptr.
  [[nodiscard]] const BatchInput* find(const Report& r) const;

 private:
  std::map<ReportKey, const BatchInput*> by_key_;
};

/// One unit's row checked on its own: verdict (against `previous`, last year's, when given), lateness, review.
/// Duplicates, 雷同 across units (S2) and the roster come with finish_batch.
[[nodiscard]] BatchRow check_batch_unit(const BatchInput& in, const BatchInput* previous);

/// Completes `rows` (check_batch_unit of each of `inputs`, in order) into the result: the same agency's report
/// given twice, 雷同 across units (S2) and the roster's coverage (`roster` may be null).
[[nodiscard]] BatchResult finish_batch(std::vector<BatchRow> rows, const std::vector<BatchInput>& inputs,
                                       const std::vector<RosterEntry>* roster);

/// "共 19 个文件：13 份通过，2 份有错误，4 份无法读取" — every input counted once, as the workbench counts them.
[[nodiscard]] std::string batch_count_line(const BatchResult& result);

/// {"units": [{"file","agency","year","format","scope","errors","warnings","previous",…}], "missing", "unlisted"}.
[[nodiscard]] nlohmann::ordered_json batch_json(const BatchResult& result);
/// The summary table as CSV in UTF-8 with a BOM (Excel and WPS open it with the right characters), CRLF lines.
[[nodiscard]] std::string batch_csv(const BatchResult& result);
/// The summary table as one self-contained HTML page.
[[nodiscard]] std::string batch_html(const BatchResult& result, std::string_view title);

}  // namespace nianbao
