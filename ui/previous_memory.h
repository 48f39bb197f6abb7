// previous_memory.h — last year's reports the officer attached, remembered in the browser's store (the
// platform's key/value store), so that the same agency's report opened on another day finds its last year's
// report again. Only a convenience: the attached copy is shown as such, with the date it was attached, and a
// store that refuses (quota, private mode) changes nothing but that.
#pragma once

#include <optional>
#include <string>

#include "nianbao/report.h"

namespace nianbao::ui {

/// How many agencies' last-year reports are remembered; the one attached longest ago is forgotten first.
inline constexpr size_t kRememberedPrevious = 12;

struct RememberedPrevious {
  Report report;
  std::string source;  ///< what it was attached from (a file name)
  std::string date;    ///< when it was attached, "YYYY-MM-DD"
};

/// Remembers `last` (its agency, year and scope are the key), attached from `source` on `date`.
void remember_previous(const Report& last, const std::string& source, const std::string& date);
/// The remembered report that is `now`'s last year's (is_previous_of), if any and still readable.
std::optional<RememberedPrevious> recall_previous(const Report& now);
/// Forgets what remember_previous kept for `last` (the officer removed it).
void forget_previous(const Report& last);

}  // namespace nianbao::ui
