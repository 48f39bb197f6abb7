// findings.h — what a check says about a report (data contract §3, findings JSON).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace nianbao {

enum class Severity : uint8_t {
  Error,          ///< the value is impossible: not a number, negative count, wrong type, required cell empty
  Inconsistency,  ///< an arithmetic identity (勾稽关系) fails
  Warning,        ///< likely wrong, needs a human look
  Info,           ///< worth knowing
};

std::string_view severity_name(Severity s);   ///< "error", "inconsistency", "warning", "info"
std::string_view severity_label(Severity s);  ///< "错误", "勾稽不符", "提示", "信息"

struct Finding {
  std::string rule;              ///< rule id: "C3.1", "N9", …
  Severity severity = Severity::Warning;
  std::vector<std::string> cells;  ///< every cell code involved (may be empty)
  std::string expected;          ///< what the identity requires, as text ("27"); may be empty
  std::string actual;            ///< what the report says ("21"); may be empty
  std::string message;           ///< Chinese, self-contained: names the column/row, both sides, the difference
  std::string section;           ///< section key: "meta", "overview", "table2", "table3", "table4", "problems", "other"
  std::string quote;             ///< the sentence a narrative finding is about
  bool dismissed = false;        ///< a reviewer accepted it (Report::reviews); kept in output, not counted
  std::string dismiss_reason;

  /// Stable identity used by reviews: rule + section + cells (+ quote for narrative findings).
  std::string key() const;
  /// The findings-JSON object of the data contract (without "file").
  nlohmann::ordered_json to_json() const;
};

/// Counts of the findings that are not dismissed, for the verdict line.
struct Verdict {
  int errors = 0;          ///< severity error + inconsistency
  int warnings = 0;
  int infos = 0;
  int dismissed = 0;
  bool passes() const { return errors == 0; }
};

Verdict summarize(const std::vector<Finding>& findings);

/// "✓ 通过全部勾稽校验" / "✗ 3 处错误，2 条提示" — the one-line verdict shown in CLI and editor.
std::string verdict_line(const Verdict& v);

}  // namespace nianbao
