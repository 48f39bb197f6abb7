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

/// Remembers `last` (its agency and year are the key), attached from `source` on `date`.
void remember_previous(const Report& last, const std::string& source, const std::string& date);
/// The report of `agency` for `year` remembered by remember_previous, if any (and still readable).
std::optional<RememberedPrevious> recall_previous(const std::string& agency, int year);
/// Forgets what remember_previous kept for `agency` and `year` (the officer removed it).
void forget_previous(const std::string& agency, int year);

}  // namespace nianbao::ui
