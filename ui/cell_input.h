// cell_input.h — text typed or pasted into a table cell ↔ CellValue, with Chinese messages.
#pragma once

#include <string>
#include <string_view>

#include "nianbao/format.h"
#include "nianbao/report.h"

namespace nianbao::ui {

struct CellParse {
  bool ok = false;
  CellValue value;    ///< valid when ok; empty text gives an empty (not filled) value
  std::string error;  ///< Chinese, when !ok: what is wrong and what the cell accepts
};

/// Parses `text` for a cell of `kind`. Surrounding spaces are ignored, full-width digits (０–９) are
/// accepted, and thousands separators in counts ("1,234") are accepted; amounts keep their text exactly.
CellParse parse_cell_text(ValueKind kind, std::string_view text);

/// The text shown and edited for a value ("" for empty).
std::string cell_text(const CellValue& v);

/// Is `c` a character a cell of `kind` may contain while typing (digits, ',' in counts, '-' / '.' where allowed)?
bool cell_char_allowed(ValueKind kind, char32_t c);

/// What a cell of `kind` accepts, for messages: "非负整数", "整数（可为负数）", "数字（可带小数）".
const char* cell_kind_hint(ValueKind kind);

}  // namespace nianbao::ui
