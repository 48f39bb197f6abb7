// compare_view_test.cpp — the 比对 view: opened with Alt+B or its button, it replaces the report in the main
// area; its export downloads the comparison page.
#include <doctest/doctest.h>

#include "harness.h"
#include "platform_native.h"

using nianbao::test::Harness;
using nianbao::test::load_blank;
namespace native = nianbao::platform::native;

TEST_CASE("比对 view: toggled by its button, exported as a page named after both years") {
  Harness h;
  load_blank(h);
  CHECK(h.app().locate("compare").empty());  // nothing to compare without last year
  REQUIRE(h.app().load_previous(R"({"schema":"nianbao/report","version":1,"format":"2021","year":2023,
    "agency":"青山县自然资源局","sections":{"overview":"2023年，本机关主动公开政府信息312条，政策文件28件。"},
    "cells":{"t3.new.natural":2}})") == "");
  h.frames(2);
  h.click("compare");
  CHECK(h.app().locate("t3.new.natural").empty());
  CHECK_FALSE(h.app().locate("compare.export").empty());
  native::downloads().clear();
  h.click("compare.export");
  REQUIRE(native::downloads().size() == 1);
  CHECK(native::downloads()[0].filename == "青山县自然资源局2024年政府信息公开工作年度报告（与2023年比对）.html");
  CHECK(native::downloads()[0].mime == "text/html");
  CHECK(native::downloads()[0].bytes.find("比对") != std::string::npos);
  h.click("compare.close");
  CHECK_FALSE(h.app().locate("t3.new.natural").empty());
}
