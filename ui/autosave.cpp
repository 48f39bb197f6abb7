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
  due_ = -1;
  status_ = platform::storage_set(kKey, json) ? Status::Written : Status::Failed;
  return -1;
}

void Autosave::clear() {
  due_ = -1;
  platform::storage_remove(kKey);
  status_ = Status::Idle;
}

}  // namespace nianbao::ui
