// support.h — helpers shared by the doctest suites.
#pragma once

#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

namespace nianbao::test {

/// Reads a file from ../shared/ (samples and references). When ../shared/ is absent the test says so
/// visibly (a MESSAGE plus a line on stderr) and the caller skips its checks.
inline std::optional<std::string> shared_file(const std::string& relative) {
  std::ifstream in(std::string(NIANBAO_SHARED_DIR) + "/" + relative, std::ios::binary);
  if (!in) {
    MESSAGE("SKIPPED: ../shared/" << relative << " is absent; this check did not run");
    std::cerr << "SKIPPED: ../shared/" << relative << " is absent\n";
    return std::nullopt;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// Reads a file of this repository (test data under tests/data/).
inline std::string source_file(const std::string& relative) {
  std::ifstream in(std::string(NIANBAO_SOURCE_DIR) + "/" + relative, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing test data " << relative);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace nianbao::test
