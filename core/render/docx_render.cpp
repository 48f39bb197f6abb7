// docx_render.cpp — report → .docx (WordprocessingML in a ZIP), in the official layout.
//
// The tables are FormatDef::tables, the same grid the HTML export prints: a cell that spans rows
// becomes w:vMerge (restart, then one continuation cell per covered row), one that spans columns
// w:gridSpan. Values come from cell_display_text, so an empty cell stays an empty paragraph.
//
// Index
//   page geometry ....... A4, GB/T 9704 margins, column widths per table
//   xml helpers ......... escaping, runs, paragraphs
//   tables .............. grid walk with vertical-merge continuations
//   parts ............... document, styles, fonts, footer (page number), settings, core, rels, types
//   render_report_docx
#include <nianbao/docx.h>

#include <array>

#include "render/html_escape.h"
#include "nianbao/html_render.h"
#include "zip/zip.h"

namespace nianbao {

namespace {

// ---------------------------------------------------------------------------------------------
// page geometry (twips: 1/20 pt, 1 mm = 56.7 twips)

// A4 portrait; GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm → 156 × 225 mm text.
constexpr int kPageW = 11906, kPageH = 16838;
constexpr int kMarginTop = 2098, kMarginBottom = 1984, kMarginLeft = 1588, kMarginRight = 1474;
constexpr int kTextWidth = kPageW - kMarginLeft - kMarginRight;  // 8844
// GB/T 9704: 22 lines of 28 characters in 三号 仿宋 → a fixed line pitch of 28.95 pt.
constexpr int kLinePitch = 579;

/// Column widths of each table's grid, summing to the text width: label columns wide enough for the
/// official labels, data columns for five digits in 五号.
std::vector<int> column_widths(const TableDef& t) {
  std::vector<int> w;
  if (t.number == 3 && t.grid_columns == 10) {
    w = {600, 1000, 2722};  // 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密
  } else if (t.number == 2 && t.grid_columns == 4) {
    w = {2640};  // 信息内容 / row labels
  }
  int used = 0;
  for (int x : w) used += x;
  const int rest = t.grid_columns - static_cast<int>(w.size());
  for (int i = 0; i < rest; ++i) {
    const int share = (kTextWidth - used) / (rest - i);
    w.push_back(share);
    used += share;
  }
  return w;
}

// ---------------------------------------------------------------------------------------------
// xml helpers

/// Text safe for an XML element or attribute: html_escape (valid UTF-8, control characters replaced,
/// & < > " ' escaped) plus the two noncharacters XML 1.0 forbids (U+FFFE, U+FFFF).
std::string xml_text(std::string_view s) {
  std::string out = html_escape(s);
  for (size_t at = out.find("\xEF\xBF"); at != std::string::npos; at = out.find("\xEF\xBF", at + 1))
    if (at + 2 < out.size() && (out[at + 2] == '\xBE' || out[at + 2] == '\xBF')) out[at + 2] = '\xBD';
  return out;
}

/// One run of text; tabs become w:tab, line breaks w:br.
std::string run(std::string_view text) {
  std::string out = "<w:r>";
  std::string chunk;
  auto flush = [&] {
    if (!chunk.empty()) out += "<w:t xml:space=\"preserve\">" + xml_text(chunk) + "</w:t>";
    chunk.clear();
  };
  for (char c : text) {
    if (c == '\t' || c == '\n') {
      flush();
      out += c == '\t' ? "<w:tab/>" : "<w:br/>";
    } else if (c != '\r') {
      chunk.push_back(c);
    }
  }
  flush();
  return out + "</w:r>";
}

/// A paragraph of style `style` (extra paragraph properties in `ppr`) holding `text` (none when empty).
std::string paragraph(std::string_view style, std::string_view text, std::string_view ppr = {}) {
  std::string out = "<w:p><w:pPr><w:pStyle w:val=\"";
  out.append(style).append("\"/>").append(ppr).append("</w:pPr>");
  if (!text.empty()) out += run(text);
  return out + "</w:p>";
}

// ---------------------------------------------------------------------------------------------
// tables

std::string cell_xml(int width, int grid_span, std::string_view vmerge, std::string_view content) {
  std::string out = "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
  if (grid_span > 1) out += "<w:gridSpan w:val=\"" + std::to_string(grid_span) + "\"/>";
  if (!vmerge.empty()) out.append("<w:vMerge").append(vmerge).append("/>");
  out += "<w:vAlign w:val=\"center\"/></w:tcPr>";
  out.append(content);
  return out + "</w:tc>";
}

/// Cell paragraph: centered 五号 宋体; the row labels of table 三 that head a single row are
/// left-aligned as in the HTML export (th.item).
std::string cell_paragraph(const Report& report, const TableDef& t, const GridCell& c, bool heads_group) {
  if (c.role == GridRole::Data) return paragraph("TableText", cell_display_text(report, c.cell));
  const bool item = t.number == 3 && c.role == GridRole::RowHeader && !heads_group;
  const bool note = c.label == report.def().column_note;
  return paragraph(note ? "TableNote" : "TableText", c.label, item ? "<w:jc w:val=\"left\"/>" : "");
}

struct Covered {
  int rows_left = 0;  // rows still covered below the cell that started the span
  int col_span = 1;
};

void append_table(std::string& out, const Report& report, const TableDef& t) {
  const std::vector<int> widths = column_widths(t);
  const size_t cols = static_cast<size_t>(t.grid_columns);
  out += "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(kTextWidth) +
         "\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
    out += std::string("<w:") + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
  out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"28\" w:type=\"dxa\"/>"
         "<w:right w:w=\"28\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>";
  for (int w : widths) out += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
  out += "</w:tblGrid>";

  std::vector<Covered> covered(cols);
  auto span_width = [&](size_t col, int span) {
    int w = 0;
    for (size_t i = col; i < col + static_cast<size_t>(span) && i < cols; ++i) w += widths[i];
    return w;
  };
  for (size_t r = 0; r < t.rows.size(); ++r) {
    const auto& row = t.rows[r];
    out += "<w:tr><w:trPr><w:cantSplit/>";
    if (r < static_cast<size_t>(t.header_rows)) out += "<w:tblHeader/>";
    out += "</w:trPr>";
    size_t next = 0;  // next cell of `row` (the definition omits cells covered by earlier spans)
    for (size_t col = 0; col < cols;) {
      Covered& cov = covered[col];
      if (cov.rows_left > 0) {
        --cov.rows_left;
        out += cell_xml(span_width(col, cov.col_span), cov.col_span, " w:val=\"continue\"", paragraph("TableText", ""));
        col += static_cast<size_t>(cov.col_span);
        continue;
      }
      if (next >= row.size()) break;  // cannot happen for a well-formed definition (checked by the tests)
      const GridCell& c = row[next++];
      const bool heads_group = c.role == GridRole::RowHeader && c.row_span > 1;
      if (c.row_span > 1) cov = {c.row_span - 1, c.col_span};
      out += cell_xml(span_width(col, c.col_span), c.col_span, c.row_span > 1 ? " w:val=\"restart\"" : "",
                      cell_paragraph(report, t, c, heads_group));
      col += static_cast<size_t>(std::max(1, c.col_span));
    }
    out += "</w:tr>";
  }
  out += "</w:tbl>";
}

// ---------------------------------------------------------------------------------------------
// parts

constexpr const char* kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kNsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kNsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string document_xml(const Report& report) {
  const FormatDef& def = report.def();
  std::string out = kXmlDecl;
  out += std::string("<w:document xmlns:w=\"") + kNsW + "\" xmlns:r=\"" + kNsR + "\"><w:body>";
  out += paragraph("Title", report.title());
  for (const auto& s : def.sections) {
    out += paragraph("Heading1", s.heading);
    if (s.kind == SectionKind::Table) {
      if (const TableDef* t = def.table(s.table)) append_table(out, report, *t);
      continue;
    }
    if (const std::string* text = report.narrative(s.key))
      for (const auto& p : narrative_paragraphs(*text)) out += paragraph(is_subheading(p) ? "Heading2" : "BodyText", p);
  }
  out += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>";
  out += "<w:pgSz w:w=\"" + std::to_string(kPageW) + "\" w:h=\"" + std::to_string(kPageH) + "\"/>";
  out += "<w:pgMar w:top=\"" + std::to_string(kMarginTop) + "\" w:right=\"" + std::to_string(kMarginRight) +
         "\" w:bottom=\"" + std::to_string(kMarginBottom) + "\" w:left=\"" + std::to_string(kMarginLeft) +
         "\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>";
  out += "<w:pgNumType w:fmt=\"decimal\"/><w:docGrid w:type=\"lines\" w:linePitch=\"" + std::to_string(kLinePitch) +
         "\"/></w:sectPr></w:body></w:document>";
  return out;
}

/// Run properties naming an East Asian face (Latin text in Times New Roman, as in official documents).
std::string fonts(std::string_view east_asia, int half_points, bool bold = false) {
  std::string out = "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"";
  out.append(east_asia).append("\" w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/>");
  if (bold) out += "<w:b/><w:bCs/>";
  out += "<w:sz w:val=\"" + std::to_string(half_points) + "\"/><w:szCs w:val=\"" + std::to_string(half_points) + "\"/>";
  return out + "</w:rPr>";
}

std::string style(std::string_view id, std::string_view name, std::string_view ppr, std::string_view rpr,
                  bool is_default = false) {
  std::string out = "<w:style w:type=\"paragraph\"";
  if (is_default) out += " w:default=\"1\"";
  out.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
  if (!is_default) out += "<w:basedOn w:val=\"Normal\"/>";
  out += "<w:qFormat/><w:pPr>";
  out.append(ppr).append("</w:pPr>").append(rpr);
  return out + "</w:style>";
}

// Sizes in half-points: 二号 22 pt (title), 三号 16 pt (text, headings), 四号 14 pt (page number),
// 五号 10.5 pt (tables), 小五 9 pt (the long column note of table 三).
std::string styles_xml() {
  const std::string exact = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + std::to_string(kLinePitch) +
                            "\" w:lineRule=\"exact\"/>";
  const std::string indent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>";
  // Children of w:pPr in the schema's order (Word refuses a document whose elements are out of order).
  const std::string table = "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" "
                            "w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>";
  std::string out = kXmlDecl;
  out += std::string("<w:styles xmlns:w=\"") + kNsW + "\">";
  out += "<w:docDefaults><w:rPrDefault>" + fonts("仿宋", 32) +
         "</w:rPrDefault><w:pPrDefault><w:pPr>" + exact + "</w:pPr></w:pPrDefault></w:docDefaults>";
  out += style("Normal", "Normal", "<w:jc w:val=\"both\"/>", fonts("仿宋", 32), true);
  out += style("Title", "Title",
               "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"" + std::to_string(kLinePitch) +
                   "\" w:line=\"" + std::to_string(kLinePitch + 120) + "\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>",
               fonts("宋体", 44, true));
  out += style("Heading1", "heading 1", "<w:keepNext/>" + indent + "<w:outlineLvl w:val=\"0\"/>", fonts("黑体", 32));
  out += style("Heading2", "heading 2", "<w:keepNext/>" + indent + "<w:outlineLvl w:val=\"1\"/>", fonts("楷体", 32));
  out += style("BodyText", "Body Text", indent, fonts("仿宋", 32));
  out += style("TableText", "Table Text", table, fonts("宋体", 21));
  out += style("TableNote", "Table Note", table, fonts("宋体", 18));
  out += style("Footer", "footer", "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>",
               fonts("宋体", 28));
  return out + "</w:styles>";
}

/// The faces used, each with the alternates Word, WPS and LibreOffice match when it is missing:
/// the Latin family name of the same face and the GB2312-era name, GB2312 charset (86), a family class.
std::string font_table_xml() {
  struct Face {
    const char* name;
    const char* alt;
    const char* family;
    const char* pitch;
  };
  static constexpr std::array<Face, 5> kFaces{{
      {"仿宋", "FangSong", "modern", "fixed"},
      {"黑体", "SimHei", "modern", "fixed"},
      {"楷体", "KaiTi", "modern", "fixed"},
      {"宋体", "SimSun", "auto", "variable"},
      {"Times New Roman", "", "roman", "variable"},
  }};
  std::string out = kXmlDecl;
  out += std::string("<w:fonts xmlns:w=\"") + kNsW + "\">";
  for (const Face& f : kFaces) {
    out += std::string("<w:font w:name=\"") + f.name + "\">";
    if (*f.alt) out += std::string("<w:altName w:val=\"") + f.alt + "\"/><w:charset w:val=\"86\"/>";
    out += std::string("<w:family w:val=\"") + f.family + "\"/><w:pitch w:val=\"" + f.pitch + "\"/></w:font>";
  }
  return out + "</w:fonts>";
}

/// Page number centred at the foot of every page, "— 1 —" as in official documents.
std::string footer_xml() {
  std::string out = kXmlDecl;
  out += std::string("<w:ftr xmlns:w=\"") + kNsW + "\" xmlns:r=\"" + kNsR + "\">";
  out += "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>" + run("— ") +
         "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
         run("1") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + run(" —") + "</w:p>";
  return out + "</w:ftr>";
}

std::string settings_xml() {
  std::string out = kXmlDecl;
  out += std::string("<w:settings xmlns:w=\"") + kNsW + "\">";
  out += "<w:defaultTabStop w:val=\"420\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>"
         "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
         "w:val=\"15\"/></w:compat>";
  return out + "</w:settings>";
}

std::string core_xml(const Report& report) {
  std::string out = kXmlDecl;
  out += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">";
  out += "<dc:title>" + xml_text(report.title()) + "</dc:title>";
  if (!report.agency.empty()) out += "<dc:creator>" + xml_text(report.agency) + "</dc:creator>";
  out += "<dc:language>zh-CN</dc:language>";
  return out + "</cp:coreProperties>";
}

std::string relationships(const std::vector<std::array<std::string, 3>>& rels) {
  std::string out = kXmlDecl;
  out += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  for (const auto& [id, type, target] : rels)
    out += "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
  return out + "</Relationships>";
}

constexpr const char* kRelBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string content_types_xml() {
  std::string out = kXmlDecl;
  out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
  const std::string wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  for (const auto& [part, type] : std::vector<std::pair<std::string, std::string>>{
           {"/word/document.xml", wml + "document.main+xml"},
           {"/word/styles.xml", wml + "styles+xml"},
           {"/word/settings.xml", wml + "settings+xml"},
           {"/word/fontTable.xml", wml + "fontTable+xml"},
           {"/word/footer1.xml", wml + "footer+xml"},
           {"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"}})
    out += "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
  return out + "</Types>";
}

}  // namespace

std::string render_report_docx(const Report& report) {
  zip::Writer z;
  z.add("[Content_Types].xml", content_types_xml());
  z.add("_rels/.rels",
        relationships({{"rId1", std::string(kRelBase) + "officeDocument", "word/document.xml"},
                       {"rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                        "docProps/core.xml"}}));
  z.add("word/document.xml", document_xml(report));
  z.add("word/_rels/document.xml.rels",
        relationships({{"rIdStyles", std::string(kRelBase) + "styles", "styles.xml"},
                       {"rIdSettings", std::string(kRelBase) + "settings", "settings.xml"},
                       {"rIdFonts", std::string(kRelBase) + "fontTable", "fontTable.xml"},
                       {"rIdFooter", std::string(kRelBase) + "footer", "footer1.xml"}}));
  z.add("word/styles.xml", styles_xml());
  z.add("word/settings.xml", settings_xml());
  z.add("word/fontTable.xml", font_table_xml());
  z.add("word/footer1.xml", footer_xml());
  z.add("docProps/core.xml", core_xml(report));
  return z.finish();
}

}  // namespace nianbao
