// import.h — reading a published report (saved web page or copied text) into the model.
//
// The importer never guesses silently: every cell it could not read with certainty, every figure
// it recovered by arithmetic and every row it did not recognise is entered in the import log.
//
// Index
//   ImportLevel, ImportLogEntry ... one line of the import log
//   ImportResult .................. the report, the log, and whether anything usable was read
//   import_report ................. the entry point
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/report.h"

namespace nianbao {

enum class ImportLevel : uint8_t {
  Info,          ///< read with certainty, noted for the record ("-" read as 0, unit written, …)
  Inferred,      ///< recovered by the table's own arithmetic (run-together digits, a missing cell)
  Warning,       ///< read as written but probably wrong (a 万元 field written in 元)
  Ambiguous,     ///< several readings fit: the cells are left empty
  Unread,        ///< not found or not readable: the cells are left empty
  UnknownLabel,  ///< a row or text the format does not define: reported, not imported
};

/// "info", "inferred", "warning", "ambiguous", "unread", "unknown_label".
std::string_view import_level_name(ImportLevel level);

struct ImportLogEntry {
  ImportLevel level = ImportLevel::Info;
  std::string subject;  ///< a cell code ("t3.new.natural"), a section key, or the label concerned
  std::string message;  ///< Chinese explanation for the user
};

struct ImportResult {
  /// Something usable was read (at least one cell or one narrative section). When false, `error`
  /// says why and the report must not be saved.
  bool ok = false;
  std::string error;
  Report report;
  std::vector<ImportLogEntry> log;
  std::string source_kind;  ///< "html" or "text"
};

/// Imports `input` (UTF-8 HTML or plain text; detected from the content).
/// `filename_hint` (may be empty) only breaks ties: an .htm/.html name for markup-like text, a year
/// in the name when the document names none.
/// `year_hint` (0: none) is the report year to use when the document names none; without any year
/// the report's year stays unfilled and the log says so.
/// Never throws; garbled input yields a partial report and a log.
ImportResult import_report(std::string_view input, std::string_view filename_hint, int year_hint = 0);

}  // namespace nianbao
