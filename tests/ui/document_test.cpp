// document_test.cpp — undo/redo, merging, dirty flag of ui::Document.
#include "document.h"

#include <doctest/doctest.h>

using namespace nianbao;
using nianbao::ui::Document;

namespace {

bool set_agency(Document& d, const std::string& name, const char* merge = "") {
  return d.edit("改名", merge, [&](Report& r) {
    if (r.agency == name) return false;
    r.agency = name;
    return true;
  });
}

}  // namespace

TEST_CASE("a new document is clean and has no history") {
  Document d(new_report(FormatVersion::v2021, 2024, "甲"));
  CHECK_FALSE(d.dirty());
  CHECK_FALSE(d.can_undo());
  CHECK_FALSE(d.can_redo());
  CHECK_FALSE(d.undo());
}

TEST_CASE("edit, undo, redo restore exact states and the dirty flag follows the saved state") {
  Document d(new_report(FormatVersion::v2021, 2024, "甲"));
  const uint64_t r0 = d.revision();
  CHECK(set_agency(d, "乙"));
  CHECK(d.dirty());
  CHECK(d.revision() != r0);
  CHECK(d.undo_label() == "改名");
  CHECK(d.undo());
  CHECK(d.report().agency == "甲");
  CHECK_FALSE(d.dirty());
  CHECK(d.revision() == r0);
  CHECK(d.redo());
  CHECK(d.report().agency == "乙");
  CHECK(d.dirty());
  d.mark_saved();
  CHECK_FALSE(d.dirty());
  CHECK(d.undo());
  CHECK(d.dirty());  // undoing past the save makes it differ from the file
}

TEST_CASE("an edit that changes nothing records no step") {
  Document d(new_report(FormatVersion::v2021, 2024, "甲"));
  CHECK_FALSE(set_agency(d, "甲"));
  CHECK_FALSE(d.can_undo());
  CHECK_FALSE(d.dirty());
}

TEST_CASE("edits with the same merge key form one undo step until the merge is broken") {
  Document d(new_report(FormatVersion::v2021, 2024, ""));
  set_agency(d, "青", "agency");
  set_agency(d, "青山", "agency");
  set_agency(d, "青山县", "agency");
  d.break_merge();
  set_agency(d, "青山县局", "agency");
  CHECK(d.undo());
  CHECK(d.report().agency == "青山县");
  CHECK(d.undo());
  CHECK(d.report().agency == "");
  CHECK_FALSE(d.can_undo());
}

TEST_CASE("a new edit after undo drops the redo steps") {
  Document d(new_report(FormatVersion::v2021, 2024, "甲"));
  set_agency(d, "乙");
  d.undo();
  CHECK(d.can_redo());
  set_agency(d, "丙");
  CHECK_FALSE(d.can_redo());
  CHECK(d.report().agency == "丙");
}

TEST_CASE("replace is undoable and can leave the document clean") {
  Document d(new_report(FormatVersion::v2021, 2024, "甲"));
  set_agency(d, "乙");
  d.replace("打开", new_report(FormatVersion::v2019, 2020, "丙"), true);
  CHECK_FALSE(d.dirty());
  CHECK(d.report().format == FormatVersion::v2019);
  CHECK(d.undo());
  CHECK(d.report().agency == "乙");
  CHECK(d.dirty());
}

TEST_CASE("history is bounded") {
  Document d(new_report(FormatVersion::v2021, 2024, ""));
  for (size_t i = 0; i < Document::kMaxSteps + 20; ++i) set_agency(d, std::to_string(i));
  size_t undone = 0;
  while (d.undo()) ++undone;
  CHECK(undone == Document::kMaxSteps);
  CHECK(d.report().agency == "19");
}

TEST_CASE("typing merges into one undo step only while it goes on") {
  using nianbao::ui::Document;
  Document d(nianbao::new_report(nianbao::FormatVersion::v2021, 2024, "甲"));
  auto type = [&](const char* text, double at) {
    d.edit("编辑", "overview", [&](nianbao::Report& r) { r.overview += text; return true; }, at);
  };
  type("A", 10.0);
  type("A", 11.0);          // within the pause: same step
  type("B", 11.0 + Document::kMergePause + 0.5);  // after a pause: a new step
  d.undo();
  CHECK(d.report().overview == "AA");
  d.redo();
  // Steady typing longer than kMergeSpan is cut into several steps.
  double t = 100.0;
  for (int i = 0; i < 40; ++i, t += 1.0) type("x", t);
  d.undo();
  CHECK(d.report().overview.size() > 3);  // one undo does not take back all forty characters
}
