// similarity_rules_test.cpp — S2 (雷同 with other units) as check_report finds it against the units given.
#include "nianbao/similarity.h"

#include "rule_fixtures.h"

using namespace nianbao;
using namespace nianbao::test;

TEST_CASE("S2: the unit's own report among the units, its name spaced differently, is no copy of it") {
  Report self = zero2021(2024), again = zero2021(2024), other = zero2021(2024);
  self.agency = "甲局";
  again.agency = "甲 局";  // the same report imported from its text (agency_match_key: the same agency)
  other.agency = "丙局";
  self.overview = copied_overview("甲局", "12");
  again.overview = self.overview;
  other.overview = copied_overview("丙局", "3107");
  const std::vector<const Report*> units = {&again, &other};
  const std::vector<Finding> s2 = with_rule(check_report(self, nullptr, &units), "S2");
  REQUIRE(s2.size() == 1);
  CHECK(s2[0].expected == "丙局");
  CHECK(find_similar_units({&self, &again}).empty());
}
