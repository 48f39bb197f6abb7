// import_mutation_test.cpp — garbled and truncated inputs give a partial report and a log, never a
// crash: deterministic mutations (truncation, byte flips, deleted tags and rows, deleted and
// repeated ranges) of every sample.
#include "nianbao/import.h"

#include <doctest/doctest.h>

#include <cstdint>

#include "support.h"

using namespace nianbao;

namespace {

/// Small deterministic generator (64-bit LCG), so failures reproduce.
struct Rng {
  uint64_t s;
  size_t below(size_t n) {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return n ? static_cast<size_t>((s >> 33) % n) : 0;
  }
};

/// Back to the start of a UTF-8 character, so most mutations keep the text decodable.
size_t boundary(const std::string& s, size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

/// Imports and checks the invariants every outcome must satisfy; returns the result.
ImportResult check_outcome(const std::string& input, const std::string& what) {
  INFO(what);
  ImportResult r = import_report(input, "mutated.html");
  if (!r.ok) {
    CHECK(!r.error.empty());
    return r;
  }
  const FormatDef& def = r.report.def();
  REQUIRE(r.report.cells.size() == def.cells.size());
  for (size_t i = 0; i < def.cells.size(); ++i) {
    const CellValue& v = r.report.cells[i];
    if (!v.filled) continue;
    if (def.cells[i].kind == ValueKind::Count) CHECK(v.count >= 0);
    if (def.cells[i].kind == ValueKind::Amount) CHECK(is_decimal_text(v.amount));
  }
  for (const auto& e : r.log) CHECK(!e.message.empty());
  LoadResult back = load_report_json(save_report_json(r.report));
  CHECK(back.ok);
  return r;
}

const char* const kSamples[] = {
    "samples/yanshi-2020.txt",          "samples/real/pingtan-2019.html", "samples/real/pingtan-2019.txt",
    "samples/real/pingtan-2020.html",   "samples/real/pingtan-2020.txt",  "samples/real/pingtan-2021.html",
    "samples/real/pingtan-2021.txt",    "samples/real/pingtan-2022.html", "samples/real/pingtan-2022.txt",
    "samples/real/pingtan-2023.html",   "samples/real/pingtan-2023.txt",  "samples/real/pingtan-2024.html",
    "samples/real/pingtan-2024.txt",    "samples/real/pingtan-2025.html", "samples/real/pingtan-2025.txt",
    "samples/real/format-2021-notice.txt"};

}  // namespace

TEST_CASE("mutated samples never crash and always give a consistent report or a message") {
  for (const char* name : kSamples) {
    auto doc = test::shared_file(name);
    if (!doc) continue;
    const std::string& s = *doc;
    Rng rng{std::hash<std::string>{}(name)};
    // Truncation at many offsets, half of them inside a multi-byte character.
    for (int k = 1; k <= 12; ++k) {
      size_t at = s.size() * k / 13;
      ImportResult r = check_outcome(s.substr(0, k % 2 ? boundary(s, at) : at), std::string(name) + " truncated");
      // Cut on a character boundary past the middle of a report: a partial report with a log of what is missing.
      if (k % 2 && k >= 7 && std::string(name).find("notice") == std::string::npos) {
        INFO(name << " truncated at " << at);
        CHECK(r.ok);
        CHECK(!r.log.empty());
      }
    }
    for (int round = 0; round < 8; ++round) {
      std::string m = s;
      switch (round % 4) {
        case 0:  // flip bytes to markup and digit characters
          for (int i = 0; i < 12; ++i) {
            size_t at = boundary(m, rng.below(m.size()));
            if (static_cast<unsigned char>(m[at]) < 0x80) m[at] = "<>/\"=0123456789\t|-"[rng.below(18)];
          }
          break;
        case 1:  // delete tags
          for (int i = 0; i < 40; ++i) {
            size_t lt = m.find('<', rng.below(m.size()));
            size_t gt = lt == std::string::npos ? lt : m.find('>', lt);
            if (gt != std::string::npos) m.erase(lt, gt - lt + 1);
          }
          break;
        case 2: {  // delete a range
          size_t a = boundary(m, rng.below(m.size()));
          m.erase(a, boundary(m, std::min(m.size(), a + 1 + rng.below(4000))) - a);
          break;
        }
        case 3: {  // repeat a range
          size_t a = boundary(m, rng.below(m.size()));
          size_t b = boundary(m, std::min(m.size(), a + 1 + rng.below(4000)));
          m.insert(b, m.substr(a, b - a));
          break;
        }
      }
      check_outcome(m, std::string(name) + " mutation " + std::to_string(round));
    }
  }
}

TEST_CASE("a table row deleted from a page leaves that row empty and never shifts figures") {
  for (const char* y : {"2019", "2021", "2024"}) {
    const std::string name = std::string("pingtan-") + y;
    auto html = test::shared_file("samples/real/" + name + ".html");
    if (!html) continue;
    const auto exp = nlohmann::json::parse(test::source_file("tests/data/expected/" + name + ".json"));
    Rng rng{42};
    for (int round = 0; round < 6; ++round) {
      // Remove the n-th <tr>…</tr> of the page.
      std::string m = *html;
      size_t rows = 0;
      for (size_t p = m.find("<tr"); p != std::string::npos; p = m.find("<tr", p + 1)) ++rows;
      size_t nth = rng.below(rows), p = m.find("<tr");
      for (size_t k = 0; k < nth; ++k) p = m.find("<tr", p + 1);
      size_t e = m.find("</tr>", p);
      REQUIRE(e != std::string::npos);
      m.erase(p, e + 5 - p);
      INFO(name << " without row " << nth);
      ImportResult r = import_report(m, name + ".html");
      REQUIRE(r.ok);
      for (auto& [code, want] : exp["cells"].items()) {
        const CellValue& v = r.report.cell(code);
        if (!v.filled) continue;
        INFO(code);
        if (want.is_string())
          CHECK(v.amount == want.get<std::string>());
        else
          CHECK(v.count == want.get<int64_t>());
      }
    }
  }
}
