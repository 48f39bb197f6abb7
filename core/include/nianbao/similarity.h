// similarity.h — 雷同: reports whose prose is a copy of another unit's or of their own last year's, found
// after substituting agency names and numbers (a copy with the name and the figures changed is still a copy).
#pragma once

#include <string>
#include <vector>

#include "nianbao/findings.h"
#include "nianbao/report.h"

namespace nianbao {

/// Share of the 6-character passages two sections have in common (Jaccard) at which they count as 雷同.
inline constexpr double kCopyThreshold = 0.7;

/// One pair of units with a section in common.
struct SimilarPair {
  size_t a = 0, b = 0;      ///< indices into the reports given, a < b
  std::string section;      ///< "overview" or "problems"
  double similarity = 0;    ///< Jaccard of the normalized 6-character passages
  std::string passage;      ///< a sentence of a's section found (normalized) in b's
};

/// Sections 一 and 五 of every pair of reports of the same year (organ reports only) with similarity ≥
/// kCopyThreshold, but for pairs with the same report_key (one report given twice, batch's duplicate_of: it
/// would be its own copy); runs in about linear time on a region's worth of units (an index of passages).
[[nodiscard]] std::vector<SimilarPair> find_similar_units(const std::vector<const Report*>& reports);

/// The S2 finding a pair gives the report at `self` (one of the pair's indices).
[[nodiscard]] Finding similar_unit_finding(const SimilarPair& pair, size_t self, const std::vector<const Report*>& reports);

}  // namespace nianbao
