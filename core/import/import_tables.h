// import_tables.h — reading tables 二, 三 and 四 out of the working text (importer).
#pragma once

#include <vector>

#include "nianbao/import.h"
#include "import/label_match.h"

namespace nianbao::import {

/// Reads table `number` (2, 3, 4) of `report`'s format from the region [begin, end) of the
/// normalised text `nt` of `source`. Rows are found by their official labels (FormatDef), in
/// order; figures follow their label. Fills report cells and units; appends to `log`.
void read_table(int number, const NormText& nt, const U32& source, size_t begin, size_t end, Report& report,
                std::vector<ImportLogEntry>& log);

/// Where table `number` of `def` begins in norm[begin, end) by its own column headers (labels of five
/// characters or more before its first row: "第二十条第（一）项", "申请人情况"); `end` when none is there.
size_t table_start(const FormatDef& def, int number, const U32& norm, size_t begin, size_t end);

}  // namespace nianbao::import
