// findings.cpp — finding identity, JSON form and the verdict line.
#include "nianbao/findings.h"

namespace nianbao {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Inconsistency: return "inconsistency";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
  }
  return "info";
}

std::string_view severity_label(Severity s) {
  switch (s) {
    case Severity::Error: return "错误";
    case Severity::Inconsistency: return "勾稽不符";
    case Severity::Warning: return "提示";
    case Severity::Info: return "信息";
  }
  return "信息";
}

std::string Finding::key() const {
  std::string k = rule + "|" + section;
  for (const auto& c : cells) k += "|" + c;
  if (!quote.empty()) k += "|" + quote;
  return k;
}

nlohmann::ordered_json Finding::to_json() const {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  j["rule"] = rule;
  j["severity"] = std::string(severity_name(severity));
  j["cells"] = cells;
  j["expected"] = expected;
  j["actual"] = actual;
  j["message"] = message;
  j["section"] = section;
  if (!quote.empty()) j["quote"] = quote;
  j["key"] = key();
  if (dismissed) {
    j["dismissed"] = true;
    j["dismiss_reason"] = dismiss_reason;
  }
  return j;
}

Verdict summarize(const std::vector<Finding>& findings) {
  Verdict v;
  for (const auto& f : findings) {
    if (f.dismissed) {
      ++v.dismissed;
      continue;
    }
    switch (f.severity) {
      case Severity::Error:
      case Severity::Inconsistency: ++v.errors; break;
      case Severity::Warning: ++v.warnings; break;
      case Severity::Info: ++v.infos; break;
    }
  }
  return v;
}

std::string verdict_line(const Verdict& v) {
  std::string line;
  if (v.passes()) {
    line = "✓ 通过全部勾稽校验";
    if (v.warnings > 0) line += "，" + std::to_string(v.warnings) + " 条提示";
  } else {
    line = "✗ " + std::to_string(v.errors) + " 处错误";
    if (v.warnings > 0) line += "，" + std::to_string(v.warnings) + " 条提示";
  }
  if (v.dismissed > 0) line += "（已确认忽略 " + std::to_string(v.dismissed) + " 条）";
  return line;
}

}  // namespace nianbao
