// import.h — reading a published report (saved web page, copied text or Word .docx) into the model.
//
// The importer never guesses silently: every cell it could not read with certainty, every figure
// it recovered by arithmetic and every row it did not recognise is entered in the import log.
//
// Index
//   ImportLevel, ImportLogEntry ... one line of the import log
//   ImportResult .................. the report, the log, and whether anything usable was read
//   import_report ................. the entry point
//   import_unread, is_import_miss, confirm_import_blank  cells the import could not read (rule I1)
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
  /// Cells (codes) or fields ("year", "agency") this entry left empty because the import could not read
  /// them: import misses, not blanks of the report (rule I1, not E1/M1).
  std::vector<std::string> unread;
};

struct ImportResult {
  /// Something usable was read (at least one cell or one narrative section). When false, `error`
  /// says why and the report must not be saved.
  bool ok = false;
  std::string error;
  Report report;
  std::vector<ImportLogEntry> log;
  std::string source_kind;  ///< "html", "text" or "docx"
  /// Refused because the text is in a legacy Chinese encoding (GBK/GB18030 by its bytes): the caller may
  /// convert it to UTF-8 (the CLI with iconv, the editor through its platform) and import again.
  bool legacy_encoding = false;
};

/// Imports `input`: the bytes of a .docx, or UTF-8 HTML or plain text (detected from the content). An old
/// binary .doc/.wps, an encrypted or damaged .docx and RTF are refused with advice in `error`.
/// `filename_hint` (may be empty) only breaks ties: an .htm/.html name for markup-like text, a year
/// in the name when the document names none.
/// `year_hint` (0: none) is the report year to use when the document names none; without any year
/// the report's year stays unfilled and the log says so.
/// Never throws; garbled input yields a partial report and a log.
[[nodiscard]] ImportResult import_report(std::string_view input, std::string_view filename_hint, int year_hint = 0);

/// The cells and fields an import left empty because it could not read them ("导入未读出"), as kept in the
/// report under import.unread: cell codes, "year", "agency". Empty for a report that was not imported.
std::vector<std::string> import_unread(const Report& report);
/// Is `code` ("t3.new.natural", "year", "agency") an import miss of `report` that is still unfilled?
bool is_import_miss(const Report& report, std::string_view code);
/// The user has looked at the original: `code` is blank there too. It stops being an import miss and
/// counts as the report's own blank (E1, M1). False when it was not one.
bool confirm_import_blank(Report& report, std::string_view code);

}  // namespace nianbao
