// region_fixture.h — a generated region for the batch and aggregate CLI tests: unit reports that pass every
// identity, written from the zero report of the rule suite with a few counts set.
#pragma once

#include <nlohmann/json.hpp>

#include "cli/run.h"

namespace nianbao::test {

/// The zero 2021 report (tests/rules/base) for `agency` and `year`, with `n` new requests from natural persons
/// all granted (so every identity still holds) and `fees` 万元 of fees.
inline nlohmann::json region_unit(const std::string& agency, int year, int n, const std::string& fees = "0") {
  nlohmann::json doc = nlohmann::json::parse(read_all(std::string(NIANBAO_SOURCE_DIR) + "/tests/rules/base/zero-2021.json"));
  doc["agency"] = agency;
  doc["year"] = year;
  doc["published"] = std::to_string(year + 1) + "-01-20";
  for (const char* row : {"new", "granted", "total"})
    for (const char* col : {"natural", "total"}) doc["cells"][std::string("t3.") + row + "." + col] = n;
  doc["cells"]["t2.fees.amount"] = fees;
  return doc;
}

inline std::string write_unit(const std::string& path, const nlohmann::json& doc) {
  write_all(path, doc.dump(2));
  return path;
}

}  // namespace nianbao::test
