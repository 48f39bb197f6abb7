// docx.h — Word (.docx) in and out.
//
// Out: the report as a Word document in the official layout (render_report_docx), built from the same
// format definition as the HTML page. In: import_report (import.h) reads a .docx given its bytes; the
// helpers below tell a caller (CLI, editor) that bytes are a Word-family file, so it does not treat them
// as text (no GBK conversion, no "binary file" message).
#pragma once

#include <string>
#include <string_view>

#include "nianbao/report.h"

namespace nianbao {

/// The report as .docx bytes: title, the six sections with their official headings and the prose as
/// written, tables 二/三/四 with every label and merged cell of the format definition, empty cells empty,
/// A4 portrait with GB/T 9704 margins, 仿宋/黑体/楷体/宋体 (with their Latin-named alternates in the font
/// table), header rows repeated on each page, page numbers "— n —". Never throws for any report content.
std::string render_report_docx(const Report& report);

/// Are `bytes` a file of the Word family that import_report handles or refuses with advice: a ZIP
/// container (.docx/.docm/.wps from newer WPS), an OLE compound file (.doc/.wps/.et, or an encrypted
/// .docx), or RTF?
bool looks_like_word_file(std::string_view bytes);

}  // namespace nianbao
