// report_scope.cpp — the report JSON keys of many-report work (data contract §4): "scope", "aggregate"
// (the units an aggregate was compiled from) and "review" (the supervisor's 退回/通过 with its history).
//
// The loader keeps every key it does not know in Report::unknown; take_scope_keys() then moves these three
// into their fields, so the loader itself needs no knowledge of them. Members these keys hold that this
// version does not know are kept in `extra` and written back after the known ones.
#include <iterator>
#include <string>

#include "nianbao/report.h"

namespace nianbao {

using ojson = nlohmann::ordered_json;

namespace {

/// The JSON type of `v` in Chinese, for messages (in nlohmann's value_t order).
const char* type_label(const ojson& v) {
  static const char* const kLabels[] = {"null", "对象", "数组", "字符串", "布尔值", "数字", "数字", "数字", "二进制", "无效值"};
  const auto t = static_cast<size_t>(v.type());
  return t < std::size(kLabels) ? kLabels[t] : "未知类型";
}

/// Reads the string members `fields` of object `obj` (at `where`) into `targets`; others go to *extra.
template <size_t N>
std::string read_members(const ojson& obj, const std::string& where, const char* const (&fields)[N],
                         std::string* const (&targets)[N], ojson* extra) {
  for (auto& [key, value] : obj.items()) {
    size_t i = 0;
    while (i < N && key != fields[i]) ++i;
    if (i == N) {
      (*extra)[key] = value;
      continue;
    }
    if (value.is_null()) continue;
    if (!value.is_string()) return where + "/" + key + "：应为字符串，实际为" + type_label(value);
    *targets[i] = value.template get<std::string>();
  }
  return {};
}

bool valid_status(const std::string& s) { return s == "returned" || s == "accepted"; }

std::string read_aggregate(const ojson& agg, Report& r) {
  if (!agg.is_object()) return std::string("/aggregate：应为对象，实际为") + type_label(agg);
  for (auto& [key, value] : agg.items()) {
    if (key != "units") {
      r.aggregate_extra[key] = value;
      continue;
    }
    if (value.is_null()) continue;
    if (!value.is_array()) return std::string("/aggregate/units：应为数组，实际为") + type_label(value);
    for (size_t i = 0; i < value.size(); ++i) {
      const std::string where = "/aggregate/units/" + std::to_string(i);
      const ojson& item = value[i];
      if (!item.is_object()) return where + "：应为对象（含 agency 等），实际为" + type_label(item);
      AggregateUnit u;
      std::string kind;
      if (auto err = read_members(item, where, {"agency", "agency_kind", "file", "sha256"},
                                  {&u.agency, &kind, &u.file, &u.sha256}, &u.extra);
          !err.empty())
        return err;
      if (u.agency.empty()) return where + "/agency：缺少单位名称";
      bool known = kind.empty();
      for (const auto& info : agency_kinds())
        if (!kind.empty() && kind == info.key) u.agency_kind = info.kind, known = true;
      if (!known) return where + "/agency_kind：未知的机关类型 \"" + kind + "\"";
      r.aggregate_units.push_back(std::move(u));
    }
  }
  return {};
}

std::string read_review(const ojson& review, UnitReview* out) {
  if (!review.is_object()) return std::string("/review：应为对象，实际为") + type_label(review);
  for (auto& [key, value] : review.items()) {
    if (key == "status") {
      if (!value.is_string() || !valid_status(value.get<std::string>()))
        return "/review/status：应为 \"returned\"（退回）或 \"accepted\"（通过），实际为 " + value.dump();
      out->status = value.get<std::string>();
    } else if (key == "history") {
      if (value.is_null()) continue;
      if (!value.is_array()) return std::string("/review/history：应为数组，实际为") + type_label(value);
      for (size_t i = 0; i < value.size(); ++i) {
        const std::string where = "/review/history/" + std::to_string(i);
        if (!value[i].is_object()) return where + "：应为对象，实际为" + type_label(value[i]);
        ReviewEntry e;
        if (auto err = read_members(value[i], where, {"status", "by", "at", "comment"},
                                    {&e.status, &e.by, &e.at, &e.comment}, &e.extra);
            !err.empty())
          return err;
        if (!valid_status(e.status))
          return where + "/status：应为 \"returned\"（退回）或 \"accepted\"（通过），实际为 \"" + e.status + "\"";
        out->history.push_back(std::move(e));
      }
    } else {
      out->extra[key] = value;
    }
  }
  return {};
}

}  // namespace

std::string take_scope_keys(Report& r) {
  if (!r.unknown.is_object()) return {};
  if (auto it = r.unknown.find("scope"); it != r.unknown.end()) {
    if (it->is_string() && it->get<std::string>() == "aggregate")
      r.scope = ReportScope::Aggregate;
    else if (!it->is_null() && !(it->is_string() && it->get<std::string>() == "organ"))
      return "/scope：应为 \"organ\"（本机关报告）或 \"aggregate\"（汇总报告），实际为 " + it->dump();
    r.unknown.erase(it);
  }
  if (auto it = r.unknown.find("aggregate"); it != r.unknown.end()) {
    if (!it->is_null())
      if (auto err = read_aggregate(*it, r); !err.empty()) return err;
    r.unknown.erase(it);
  }
  if (auto it = r.unknown.find("review"); it != r.unknown.end()) {
    if (!it->is_null())
      if (auto err = read_review(*it, &r.review); !err.empty()) return err;
    r.unknown.erase(it);
  }
  return {};
}

void put_scope_keys(const Report& r, ojson& doc) {
  if (r.scope == ReportScope::Aggregate) doc["scope"] = "aggregate";
  if (r.scope == ReportScope::Aggregate || !r.aggregate_units.empty() || !r.aggregate_extra.empty()) {
    ojson units = ojson::array();
    for (const AggregateUnit& u : r.aggregate_units) {
      ojson item = {{"agency", u.agency}};
      if (u.agency_kind != AgencyKind::Unspecified) item["agency_kind"] = agency_kind_info(u.agency_kind).key;
      if (!u.file.empty()) item["file"] = u.file;
      if (!u.sha256.empty()) item["sha256"] = u.sha256;
      for (auto& [k, v] : u.extra.items()) item[k] = v;
      units.push_back(std::move(item));
    }
    ojson agg = {{"units", std::move(units)}};
    for (auto& [k, v] : r.aggregate_extra.items()) agg[k] = v;
    doc["aggregate"] = std::move(agg);
  }
  if (r.review.status.empty() && r.review.history.empty() && r.review.extra.empty()) return;
  ojson review = ojson::object();
  if (!r.review.status.empty()) review["status"] = r.review.status;
  ojson history = ojson::array();
  for (const ReviewEntry& e : r.review.history) {
    ojson item = {{"status", e.status}, {"by", e.by}, {"at", e.at}, {"comment", e.comment}};
    for (auto& [k, v] : e.extra.items()) item[k] = v;
    history.push_back(std::move(item));
  }
  review["history"] = std::move(history);
  for (auto& [k, v] : r.review.extra.items()) review[k] = v;
  doc["review"] = std::move(review);
}

std::string_view review_status_label(std::string_view status) {
  if (status == "returned") return "退回";
  if (status == "accepted") return "通过";
  return "";
}

}  // namespace nianbao
