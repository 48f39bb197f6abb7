// autosave.cpp — debounced writes of the crash buffer.
#include "autosave.h"

#include "platform.h"

namespace nianbao::ui {

double Autosave::tick(double now, const std::string& json) {
  if (due_ < 0) return -1;
  if (now < due_) {
    status_ = Status::Pending;
    return due_ - now;
  }
  write_now(json);
  return -1;
}

void Autosave::write_now(const std::string& json) {
  due_ = -1;
  platform::storage_remove(kSavedKey);
  status_ = platform::storage_set(kKey, json) ? Status::Written : Status::Failed;
}

void Autosave::saved(const std::string& json) {
  due_ = -1;
  const bool ok = platform::storage_set(kKey, json) && platform::storage_set(kSavedKey, "1");
  status_ = ok ? Status::Written : Status::Failed;
}

bool Autosave::offer_on_start() {
  return platform::storage_get(kKey).has_value() && !platform::storage_get(kSavedKey).has_value();
}

void Autosave::clear() {
  due_ = -1;
  platform::storage_remove(kKey);
  platform::storage_remove(kSavedKey);
  status_ = Status::Idle;
}

}  // namespace nianbao::ui
