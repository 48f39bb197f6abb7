// prose_fuzz.cpp — libFuzzer target: narrative text → check, with a budget on time and memory per input.
//
// Input: [section][repeat][body…]. The body is repeated up to 1 MB, so that short inputs found by the fuzzer
// become the long texts (endless sentences, thousands of 其中 parts, unclosed brackets) where a rule with
// worse than linear cost shows. The time budget grows with the text (kNanosPerByte) and the run fails when
// a check exceeds it; libFuzzer's -rss_limit_mb bounds memory.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "nianbao/report.h"
#include "nianbao/rules.h"

namespace {

constexpr size_t kMaxText = 1u << 20;
/// A guard against superlinear cost, not a speed goal: 10 s for 1 MB leaves room for ASan + UBSan on a busy
/// machine (845 KB took 3.7 s with four fuzzers and a build sharing two cores), while a quadratic rule takes
/// minutes there (128 KB of one endless sentence once took 1.1 s natively).
constexpr double kNanosPerByte = 10000;
constexpr double kFixedNanos = 200e6;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 3) return 0;
  static const char* const kSections[] = {"overview", "problems", "other"};
  const std::string body(reinterpret_cast<const char*>(data) + 2, size - 2);
  const size_t copies = 1 + static_cast<size_t>(data[1]) * static_cast<size_t>(data[1]);  // 1 … 65,026
  std::string text;
  while (text.size() + body.size() <= kMaxText && copies > text.size() / body.size()) text += body;
  nianbao::Report report = nianbao::new_report(data[0] & 1 ? nianbao::FormatVersion::v2021
                                                           : nianbao::FormatVersion::v2019, 2024, "青山县人民政府");
  *report.narrative(kSections[data[0] % 3]) = text;
  const auto start = std::chrono::steady_clock::now();
  const auto findings = nianbao::check_report(report);
  const double nanos = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
  const double budget = kFixedNanos + kNanosPerByte * static_cast<double>(text.size());
  if (nanos > budget) {
    std::fprintf(stderr, "prose_fuzz: %zu bytes checked in %.0f ms, budget %.0f ms\n", text.size(), nanos / 1e6,
                 budget / 1e6);
    std::abort();
  }
  size_t quoted = 0;
  for (const auto& f : findings) quoted += f.quote.size() + f.message.size();
  if (quoted > 64 * text.size() + 4096) std::abort();  // findings must not outgrow the text
  return 0;
}
