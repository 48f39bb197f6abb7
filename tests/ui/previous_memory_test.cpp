// previous_memory_test.cpp — last year's reports remembered in the platform's store (previous_memory.h).
#include <doctest/doctest.h>

#include "platform_native.h"
#include "previous_memory.h"

using namespace nianbao;
namespace native = nianbao::platform::native;

namespace {
Report report_of(const std::string& agency, int year) {
  return new_report(FormatVersion::v2021, year, agency);
}
}  // namespace

TEST_CASE("previous memory: recalled by agency and year with its source and date, forgotten on request") {
  native::reset();
  ui::remember_previous(report_of("青山县自然资源局", 2023), "2023年报.json", "2024-12-01");
  const auto kept = ui::recall_previous(report_of("青山县自然资源局", 2024));
  REQUIRE(kept);
  CHECK(kept->report.agency == "青山县自然资源局");
  CHECK(kept->source == "2023年报.json");
  CHECK(kept->date == "2024-12-01");
  CHECK_FALSE(ui::recall_previous(report_of("青山县自然资源局", 2023)));
  CHECK_FALSE(ui::recall_previous(report_of("青山县教育局", 2024)));
  ui::forget_previous(report_of("青山县自然资源局", 2023));
  CHECK_FALSE(ui::recall_previous(report_of("青山县自然资源局", 2024)));
}

TEST_CASE("previous memory: at most kRememberedPrevious, the one attached longest ago goes first") {
  native::reset();
  for (size_t i = 0; i <= ui::kRememberedPrevious; ++i)
    ui::remember_previous(report_of("第" + std::to_string(i) + "局", 2023), "f.json", "2024-12-01");
  CHECK_FALSE(ui::recall_previous(report_of("第0局", 2024)));
  CHECK(ui::recall_previous(report_of("第1局", 2024)));
  CHECK(ui::recall_previous(report_of("第" + std::to_string(ui::kRememberedPrevious) + "局", 2024)));
  // Attached again, the first becomes the newest: the next one to go is 第2局.
  ui::remember_previous(report_of("第1局", 2023), "f.json", "2024-12-02");
  ui::remember_previous(report_of("新局", 2023), "f.json", "2024-12-02");
  CHECK(ui::recall_previous(report_of("第1局", 2024)));
  CHECK_FALSE(ui::recall_previous(report_of("第2局", 2024)));
}

TEST_CASE("previous memory: a full store, a nameless report or a damaged entry change nothing and never throw") {
  native::reset();
  native::set_storage_full(true);
  ui::remember_previous(report_of("青山县自然资源局", 2023), "f.json", "2024-12-01");
  native::set_storage_full(false);
  CHECK_FALSE(ui::recall_previous(report_of("青山县自然资源局", 2024)));
  ui::remember_previous(report_of("", 2023), "f.json", "2024-12-01");
  CHECK(native::storage().count("previous/2023/organ/") == 0);
  native::storage()["previous/2023/organ/甲局"] = "{\"report\": 5, \"source\": [1]}";
  CHECK_FALSE(ui::recall_previous(report_of("甲局", 2024)));
  native::storage()["previous/2023/organ/甲局"] = "not json";
  CHECK_FALSE(ui::recall_previous(report_of("甲局", 2024)));
  native::storage()["previous/index"] = "{\"x\": 1}";
  ui::remember_previous(report_of("甲局", 2023), "f.json", "2024-12-01");  // a bad index is started again
  CHECK(ui::recall_previous(report_of("甲局", 2024)));
}
