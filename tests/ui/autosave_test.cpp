// autosave_test.cpp — debounced crash-buffer writes, commits, per-tab slots and the restore offers.
#include "autosave.h"

#include <doctest/doctest.h>

#include "platform_native.h"
#include "nianbao/report.h"

using nianbao::ui::Autosave;
namespace native = nianbao::platform::native;
namespace platform = nianbao::platform;

namespace {

/// A new editor tab starting: returns the offers it gets.
std::vector<nianbao::ui::RestoreOffer> start_tab() { return nianbao::ui::take_restore_offers(); }

std::string report_of(const char* agency) {
  return nianbao::save_report_json(nianbao::new_report(nianbao::FormatVersion::v2021, 2024, agency));
}

}  // namespace

TEST_CASE("the first change after a pause is written at once, then one write per kDelay while typing goes on") {
  native::reset();
  start_tab();
  const std::string slot = native::current_tab();
  Autosave a;
  CHECK(a.tick(10.0, "{}") < 0);  // nothing pending
  a.changed(10.0);
  CHECK(a.tick(10.0, "{\"a\":1}") < 0);
  CHECK(native::crash_buffers()[slot].json == "{\"a\":1}");
  a.changed(10.1);  // within kDelay of that write: waits
  CHECK(a.tick(10.1, "{\"a\":2}") > 0);
  CHECK(a.status() == Autosave::Status::Pending);
  CHECK(native::crash_buffers()[slot].json == "{\"a\":1}");
  a.changed(10.3);  // typing on does not put the write off
  CHECK(a.tick(10.0 + Autosave::kDelay, "{\"a\":3}") < 0);
  CHECK(native::crash_buffers()[slot].json == "{\"a\":3}");
  CHECK(a.status() == Autosave::Status::Written);
  a.changed(20.0);  // after a pause: at once again
  CHECK(a.tick(20.0, "{\"a\":4}") < 0);
  CHECK(native::crash_buffers()[slot].json == "{\"a\":4}");
}

TEST_CASE("a write counts as written only once the store committed it, the tick keeps looking until then") {
  native::reset();
  start_tab();
  native::set_crash_store_deferred(true);
  Autosave a;
  a.changed(1);
  CHECK(a.tick(1, "{}") > 0);  // issued, not committed: look again soon
  CHECK(a.status() == Autosave::Status::Pending);
  native::commit_crash_writes();
  CHECK(a.status() == Autosave::Status::Written);
  CHECK(a.tick(1.1, "{}") < 0);
}

TEST_CASE("each buffer is stamped with the time of its write") {
  native::reset();
  start_tab();
  Autosave a;
  const double before = platform::wall_clock_ms();
  a.write_now(report_of("甲"));
  const double stamp = native::crash_buffers()[native::current_tab()].saved_at_ms;
  CHECK(stamp >= before);
  CHECK(stamp <= platform::wall_clock_ms());
}

TEST_CASE("saving as a file removes the buffer: nothing is offered next time") {
  native::reset();
  start_tab();
  Autosave a;
  a.write_now(report_of("甲"));
  a.saved();
  CHECK(native::crash_buffers().empty());
  CHECK(a.status() == Autosave::Status::Idle);
  CHECK(start_tab().empty());
}

TEST_CASE("a full store is reported, not ignored") {
  native::reset();
  start_tab();
  native::set_crash_store_failing(true);
  Autosave a;
  a.changed(0);
  a.tick(5, "{}");
  CHECK(a.status() == Autosave::Status::Failed);
}

TEST_CASE("a tab that is still open keeps its buffer: another tab neither sees nor deletes it") {
  native::reset();
  start_tab();
  const std::string first = native::current_tab();
  Autosave a;
  a.write_now(report_of("甲"));
  native::keep_previous_tab_alive(true);
  CHECK(start_tab().empty());  // the second tab: the first is alive
  Autosave b;
  b.write_now(report_of("乙"));
  b.saved();  // the second tab saves its file: only its own slot goes
  REQUIRE(native::crash_buffers().count(first) == 1);
  CHECK(native::crash_buffers()[first].json == report_of("甲"));
}

TEST_CASE("buffers of dead tabs are offered newest first, each to one tab only, blank ones are dropped") {
  native::reset();
  native::keep_previous_tab_alive(true);
  std::vector<std::string> tabs;
  for (const char* agency : {"甲", "乙", ""}) {
    start_tab();
    tabs.push_back(native::current_tab());
    Autosave a;
    a.write_now(agency[0] ? report_of(agency) : nianbao::save_report_json(
                                                    nianbao::new_report(nianbao::FormatVersion::v2021, 0, "")));
  }
  native::crash_buffers()[tabs[0]].saved_at_ms = 1000;  // 甲 older than 乙
  native::crash_buffers()[tabs[1]].saved_at_ms = 2000;
  for (const auto& t : tabs) native::kill_tab(t);  // the browser died with all three tabs
  auto offers = start_tab();
  REQUIRE(offers.size() == 2);
  CHECK(offers[0].title == "乙2024年政府信息公开工作年度报告");
  CHECK(offers[1].title == "甲2024年政府信息公开工作年度报告");
  CHECK(offers[0].saved_at_ms == 2000);
  CHECK(native::crash_buffers().count(tabs[2]) == 0);  // the blank one is gone
  CHECK(start_tab().empty());  // a second new tab: both are held by the first
  native::kill_tab(native::current_tab());
}

TEST_CASE("a released offer is offered again, a deleted one is gone") {
  native::reset();
  start_tab();
  Autosave a;
  a.write_now(report_of("甲"));
  auto offers = start_tab();  // the first tab closed
  REQUIRE(offers.size() == 1);
  platform::crash_buffer_release(offers[0].slot);
  offers = start_tab();
  REQUIRE(offers.size() == 1);
  platform::crash_buffer_delete(offers[0].slot);
  CHECK(start_tab().empty());
}

TEST_CASE("a dead buffer is deleted only after the restoring tab's own write committed") {
  native::reset();
  start_tab();
  Autosave a;
  a.write_now(report_of("甲"));
  auto offers = start_tab();
  REQUIRE(offers.size() == 1);
  native::set_crash_store_failing(true);
  Autosave b;
  b.write_now(offers[0].json);
  platform::crash_buffer_delete(offers[0].slot);
  CHECK(b.status() == Autosave::Status::Failed);
  CHECK(native::crash_buffers().count(offers[0].slot) == 1);  // kept: the restored work is nowhere else
}

TEST_CASE("the restore dialog's time: date, clock time and age") {
  using nianbao::ui::describe_saved_time;
  CHECK(describe_saved_time(0, 1e12) == "保存时间不详");
  const double t = 1.7e12;
  CHECK(describe_saved_time(t, t + 20e3).find("不到 1 分钟前") != std::string::npos);
  CHECK(describe_saved_time(t, t + 5 * 60e3).find("（5 分钟前）") != std::string::npos);
  CHECK(describe_saved_time(t, t + 3 * 3600e3).find("（3 小时前）") != std::string::npos);
  CHECK(describe_saved_time(t, t + 2 * 86400e3).find("（2 天前）") != std::string::npos);
  CHECK(describe_saved_time(t, t - 1000).find("前") == std::string::npos);  // clock set back: no age
  CHECK(describe_saved_time(t, t).find("年") != std::string::npos);
}
