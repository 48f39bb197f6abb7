// report.h — one annual report in memory, and its JSON form (data contract §2).
//
// Index
//   CellValue ........ empty / count / amount text of one data cell
//   AgencyKind ....... what kind of organ reports (decides N4, N6)
//   Review ........... a reviewer's decision to dismiss a finding, kept in the file
//   ReportScope, AggregateUnit, UnitReview ... organ or aggregate report; the supervisor's 退回/通过 (contract §4)
//   Report ........... the document
//   LoadResult ....... parse outcome: a report or one clear error (never half a report)
//   load_report_json / save_report_json / new_report
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "nianbao/format.h"

namespace nianbao {

/// Value of one data cell. Empty is never the same as 0.
struct CellValue {
  bool filled = false;
  int64_t count = 0;   ///< the value of a Count / SignedCount cell
  std::string amount;  ///< the decimal text of an Amount cell, exactly as written ("24252.311082")

  static CellValue of_count(int64_t n) { return {true, n, {}}; }
  static CellValue of_amount(std::string text) { return {true, 0, std::move(text)}; }
  bool operator==(const CellValue& o) const {
    return filled == o.filled && (!filled || (count == o.count && amount == o.amount));
  }
  bool operator!=(const CellValue& o) const { return !(*this == o); }
};

/// Kind of reporting organ. Stored in JSON as the key of the table below.
enum class AgencyKind : uint8_t {
  Unspecified,         ///< ""
  Department,          ///< "department"          县级以上人民政府部门
  Township,            ///< "township"            乡镇人民政府（街道办事处）
  CountyGovernment,    ///< "county_government"   县级人民政府（本级汇总）
  CityGovernment,      ///< "city_government"     地市级人民政府（本级汇总）
  ProvinceGovernment,  ///< "province_government" 省级人民政府（本级汇总）
  GovernmentOffice,    ///< "government_office"   人民政府办公厅（室）（本机关）
  VerticalSystem,      ///< "vertical_system"     实行垂直领导的部门（全系统）
};

struct AgencyKindInfo {
  AgencyKind kind;
  const char* key;    ///< JSON spelling
  const char* label;  ///< Chinese label for the UI
  bool is_people_government;  ///< 各级人民政府: must report 工作考核、社会评议和责任追究 (N4)
  const char* deadline;       ///< publication deadline in year N+1, "MM-DD" (N6)
};

/// All kinds, Unspecified first.
const std::vector<AgencyKindInfo>& agency_kinds();
const AgencyKindInfo& agency_kind_info(AgencyKind k);
/// The kind an agency's name says it is (…镇人民政府 → Township, …县人民政府 → CountyGovernment, …局 →
/// Department); Unspecified when the name does not tell (…市人民政府 may be a city or a county-level city).
AgencyKind guess_agency_kind(std::string_view agency);

/// A day of the calendar, as reports write dates ("YYYY-MM-DD").
struct CalendarDate {
  int year = 0, month = 0, day = 0;
  /// YYYYMMDD: dates compare as these numbers do.
  int number() const { return year * 10000 + month * 100 + day; }
  /// Days since 1970-01-01: the difference of two is the days between them.
  long days_since_epoch() const;
  /// "YYYY-MM-DD".
  std::string iso() const;
};
/// `text` as a date when it is exactly "YYYY-MM-DD" with a day its month has (2024-02-29, not 2023-02-29).
std::optional<CalendarDate> parse_iso_date(std::string_view text);

/// A reviewer's decision that a finding needs no change, with the reason (saved in the file).
struct Review {
  std::string finding_key;  ///< Finding::key() of the dismissed finding
  std::string reason;       ///< why it is acceptable, in the reviewer's words
};

/// Whose figures a report holds (data contract §4, "scope").
enum class ReportScope : uint8_t {
  Organ,      ///< "organ": the agency's own report (the default when the key is absent)
  Aggregate,  ///< "aggregate": the 本级政府 report compiled from its units' reports
};

/// One unit an aggregate report was compiled from ("aggregate": {"units": […]}).
struct AggregateUnit {
  std::string agency;
  AgencyKind agency_kind = AgencyKind::Unspecified;
  std::string file;    ///< file name it was read from ("" when unknown)
  std::string sha256;  ///< of that file's bytes, lower-case hex ("" when unknown)
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();  ///< members this version does not know
};

/// One step of the supervisor's review of a unit's report.
struct ReviewEntry {
  std::string status;   ///< "returned" 退回 / "accepted" 通过
  std::string by;       ///< who decided (free text)
  std::string at;       ///< "YYYY-MM-DD"
  std::string comment;  ///< what to fix, in the supervisor's words
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
};

/// The supervisor's decision on a unit's report ("review"), shown to the officer on opening.
struct UnitReview {
  std::string status;  ///< latest decision: "returned" / "accepted"; "" = not reviewed (key absent)
  std::vector<ReviewEntry> history;  ///< oldest first
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
};

struct Report {
  FormatVersion format = FormatVersion::v2021;
  int year = 0;  ///< report year; 0 = not filled yet (saved as null)
  std::string agency;
  AgencyKind agency_kind = AgencyKind::Unspecified;
  std::string published;  ///< publication date "YYYY-MM-DD" or empty
  std::string overview;   ///< 一、总体情况
  std::string problems;   ///< 五、存在的主要问题及改进情况
  std::string other;      ///< 六、其他需要报告的事项
  std::vector<CellValue> cells;  ///< indexed like format_def(format).cells
  /// Units written by the agency for amount cells whose template prints none (2019 采购总金额): code → "元"/"万元".
  std::vector<std::pair<std::string, std::string>> units;
  std::vector<Review> reviews;
  ReportScope scope = ReportScope::Organ;
  std::vector<AggregateUnit> aggregate_units;  ///< the units of an aggregate (scope Aggregate)
  /// Members of "aggregate" other than "units", kept verbatim.
  nlohmann::ordered_json aggregate_extra = nlohmann::ordered_json::object();
  UnitReview review;
  /// Keys this version does not know, kept verbatim so that saving never drops them.
  nlohmann::ordered_json unknown = nlohmann::ordered_json::object();
  /// Cell codes in the file that the report's format does not define, kept verbatim.
  nlohmann::ordered_json unknown_cells = nlohmann::ordered_json::object();

  const FormatDef& def() const { return format_def(format); }
  /// Cell by code; a code the format lacks reads as an empty cell (never throws).
  const CellValue& cell(std::string_view code) const;
  /// Cell by code, or nullptr for a code the format lacks.
  CellValue* find_cell(std::string_view code);
  /// Sets a cell; false (and nothing changed) for a code the format lacks.
  [[nodiscard]] bool set_cell(std::string_view code, CellValue value);
  /// Narrative text by section key ("overview", "problems", "other"); nullptr for other keys.
  const std::string* narrative(std::string_view key) const;
  std::string* narrative(std::string_view key);
  /// Unit written for an amount cell ("" when none).
  std::string unit_of(std::string_view code) const;
  void set_unit(std::string_view code, std::string unit);
  /// Title as published: "<机关><年度>年政府信息公开工作年度报告".
  std::string title() const;
};

/// The day by which the report must be published (N6): its kind's deadline in the year after the report year;
/// none when the kind has no deadline or the year is not given.
std::optional<CalendarDate> publication_deadline(const Report& r);

/// A blank report: every cell empty.
[[nodiscard]] Report new_report(FormatVersion format, int year, std::string agency);

struct LoadResult {
  bool ok = false;
  Report report;      ///< valid only when ok
  std::string error;  ///< Chinese message naming what is wrong and where (JSON Pointer / line:column)
  std::string pointer;  ///< JSON Pointer of the value at fault ("/cells/t3.new.natural"), "" for the whole file
};

/// Largest file accepted (a report is a few tens of kilobytes; this leaves ample room for long prose).
constexpr size_t kMaxReportBytes = 16u << 20;
/// Deepest JSON nesting accepted (a report needs 3).
constexpr int kMaxJsonDepth = 64;

/// Parses report JSON. Never throws; on failure nothing of the input is returned.
[[nodiscard]] LoadResult load_report_json(std::string_view text);
/// Serializes canonically (fixed key order, every cell of the format, 2-space indent, trailing newline):
/// load → save → load → save is byte-stable.
[[nodiscard]] std::string save_report_json(const Report& r);

/// Moves "scope", "aggregate" and "review" out of `r.unknown` into their fields, validating them; returns
/// "" or a message starting with the JSON Pointer at fault (report_scope.cpp; called by load_report_json).
[[nodiscard]] std::string take_scope_keys(Report& r);
/// Writes "scope" (when aggregate), "aggregate" and "review" (when present) into a report JSON object.
void put_scope_keys(const Report& r, nlohmann::ordered_json& doc);
/// "returned" → "退回", "accepted" → "通过"; "" for anything else.
std::string_view review_status_label(std::string_view status);

/// Is `s` a plain non-negative or negative decimal ("7", "24252.311082", "-1.5")?
[[nodiscard]] bool is_decimal_text(std::string_view s);

}  // namespace nianbao
