// autosave_test.cpp — debounced crash-buffer writes, the saved mark, a full store.
#include "autosave.h"

#include <doctest/doctest.h>

#include "platform_native.h"

using nianbao::ui::Autosave;
namespace native = nianbao::platform::native;

TEST_CASE("a change is written at most kDelay later, even while typing goes on") {
  native::reset();
  Autosave a;
  CHECK(a.tick(10.0, "{}") < 0);  // nothing pending
  a.changed(10.0);
  CHECK(a.tick(10.1, "{\"a\":1}") > 0);
  CHECK(a.status() == Autosave::Status::Pending);
  CHECK(native::storage().count(Autosave::kKey) == 0);
  a.changed(10.5);  // typing on does not put the write off: it is due kDelay after the first change
  CHECK(a.tick(10.0 + Autosave::kDelay + 0.1, "{\"a\":2}") < 0);
  CHECK(native::storage()[Autosave::kKey] == "{\"a\":2}");
  a.changed(11.0);
  CHECK(a.tick(11.0 + Autosave::kDelay, "{\"a\":3}") < 0);
  CHECK(native::storage()[Autosave::kKey] == "{\"a\":3}");
  CHECK(a.status() == Autosave::Status::Written);
  CHECK(Autosave::offer_on_start());
}

TEST_CASE("saving marks the buffer; the next change removes the mark; discarding clears it") {
  native::reset();
  Autosave a;
  a.saved("{\"saved\":1}");
  CHECK_FALSE(Autosave::offer_on_start());
  a.changed(0);
  a.tick(5, "{\"saved\":0}");
  CHECK(Autosave::offer_on_start());
  a.clear();
  CHECK_FALSE(Autosave::offer_on_start());
  CHECK(native::storage().empty());
}

TEST_CASE("a full store is reported, not ignored") {
  native::reset();
  native::set_storage_full(true);
  Autosave a;
  a.changed(0);
  a.tick(5, "{}");
  CHECK(a.status() == Autosave::Status::Failed);
  native::set_storage_full(false);
}
