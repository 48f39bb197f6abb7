// previous_memory.cpp — last year's reports remembered in the platform's store (previous_memory.h).
//
// Store: one entry per agency, year and scope under "previous/<year>/<scope>/<agency_match_key>"
// ({"source","date","report"}), and
// "previous/index", the keys in the order they were attached (oldest first), which bounds how many are kept.
#include "previous_memory.h"

#include <algorithm>
#include <vector>

#include <nlohmann/json.hpp>

#include "nianbao/batch.h"
#include "platform.h"

namespace nianbao::ui {

namespace {

constexpr const char* kIndexKey = "previous/index";

std::string key_of(const std::string& agency, int year, ReportScope scope) {
  return "previous/" + std::to_string(year) + (scope == ReportScope::Aggregate ? "/aggregate/" : "/organ/") +
         agency_match_key(agency);
}

std::vector<std::string> read_index() {
  std::vector<std::string> keys;
  const std::optional<std::string> text = platform::storage_get(kIndexKey);
  if (!text) return keys;
  const nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
  if (!j.is_array()) return keys;
  for (const auto& k : j)
    if (k.is_string()) keys.push_back(k.get<std::string>());
  return keys;
}

std::string string_at(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void write_index(const std::vector<std::string>& keys) {
  platform::storage_set(kIndexKey, nlohmann::json(keys).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace

void remember_previous(const Report& last, const std::string& source, const std::string& date) {
  if (agency_match_key(last.agency).empty() || last.year <= 0) return;  // nothing to find it by
  const std::string key = key_of(last.agency, last.year, last.scope);
  const nlohmann::json entry = {{"source", source}, {"date", date}, {"report", save_report_json(last)}};
  std::vector<std::string> keys = read_index();
  keys.erase(std::remove(keys.begin(), keys.end(), key), keys.end());
  // A full store (other pages' entries, the crash buffers) first gives up the oldest remembered reports.
  while (!platform::storage_set(key, entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))) {
    if (keys.empty()) return;
    platform::storage_remove(keys.front());
    keys.erase(keys.begin());
  }
  keys.push_back(key);
  while (keys.size() > kRememberedPrevious) {
    platform::storage_remove(keys.front());
    keys.erase(keys.begin());
  }
  write_index(keys);
}

std::optional<RememberedPrevious> recall_previous(const Report& now) {
  if (agency_match_key(now.agency).empty() || now.year <= 1) return std::nullopt;
  const std::optional<std::string> text = platform::storage_get(key_of(now.agency, now.year - 1, now.scope));
  if (!text) return std::nullopt;
  const nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
  if (!j.is_object()) return std::nullopt;
  LoadResult r = load_report_json(string_at(j, "report"));
  if (!r.ok || !is_previous_of(r.report, now)) return std::nullopt;
  return RememberedPrevious{std::move(r.report), string_at(j, "source"), string_at(j, "date")};
}

void forget_previous(const Report& last) {
  const std::string key = key_of(last.agency, last.year, last.scope);
  platform::storage_remove(key);
  std::vector<std::string> keys = read_index();
  keys.erase(std::remove(keys.begin(), keys.end(), key), keys.end());
  write_index(keys);
}

}  // namespace nianbao::ui
