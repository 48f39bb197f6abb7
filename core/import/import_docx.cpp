// import_docx.cpp — .docx → working text (the same form html_to_source gives), and the refusal of
// Word-family files that cannot be read (.doc/.wps binaries, encrypted or damaged packages).
//
// The package is opened with zip.h (caps against zip bombs), the main part found through
// _rels/.rels, and its XML parsed with pugixml. Paragraphs become lines; each table row a line of
// tab-separated cells, read with Word's own cell structure: a cell continuing a vertical merge
// (w:vMerge without "restart") is the placeholder of the cell above, like a cell covered by a rowspan
// in HTML, and is skipped; a cell spanning columns (w:gridSpan) is one cell. Deleted revisions,
// field codes and drawings carry no report text and are skipped.
//
// Index
//   limits, signatures ... kMaxPartBytes, kMaxXmlDepth, ZIP / OLE / RTF magic
//   Walker ............... body → lines (paragraphs, tables, content controls, revisions)
//   package helpers ...... main part from _rels/.rels, what a non-Word package is
//   docx_to_source, word_binary_error, looks_like_word_file
#include <pugixml.hpp>

#include <nianbao/docx.h>

#include "render/html_escape.h"
#include "import/import_source.h"
#include "zip/zip.h"

namespace nianbao::import {

namespace {

/// Largest XML part read: a long report's document.xml is well under 2 MB (pictures are separate parts).
constexpr size_t kMaxPartBytes = 16u << 20;
/// Deepest element nesting followed: Word nests a few levels per table, so real documents stay far below.
constexpr int kMaxXmlDepth = 256;

constexpr std::string_view kZipMagic("PK\x03\x04", 4), kEmptyZipMagic("PK\x05\x06", 4);
constexpr std::string_view kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

/// Element name without its namespace prefix ("w:p" → "p"): documents from other tools use other prefixes.
std::string_view local(const pugi::xml_node& n) {
  std::string_view name = n.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

/// The value of attribute `name` (any prefix) of `n`, or "".
std::string_view attribute(const pugi::xml_node& n, std::string_view name) {
  for (const pugi::xml_attribute& a : n.attributes()) {
    std::string_view an = a.name();
    const size_t colon = an.find(':');
    if ((colon == std::string_view::npos ? an : an.substr(colon + 1)) == name) return a.value();
  }
  return {};
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view name) {
  for (const pugi::xml_node& k : n.children())
    if (local(k) == name) return k;
  return {};
}

/// Wrappers whose content is read as if it stood in their place.
bool is_transparent(std::string_view name) {
  return name == "sdt" || name == "sdtContent" || name == "customXml" || name == "ins" || name == "moveTo" ||
         name == "smartTag" || name == "hyperlink" || name == "fldSimple" || name == "dir" || name == "bdo" ||
         name == "body";
}

class Walker {
 public:
  SourceBuilder b;
  bool too_deep = false;

  /// Block-level content: paragraphs, tables and their wrappers.
  void blocks(const pugi::xml_node& parent, int depth) {
    if (!enter(depth)) return;
    for (const pugi::xml_node& n : parent.children()) {
      const std::string_view name = local(n);
      if (name == "p") {
        inlines(n, depth + 1);
        b.line_break();
      } else if (name == "tbl") {
        if (b.in_cell()) {  // a table inside a table cell: its text joins the cell's
          table_text(n, depth + 1);
        } else {
          table(n, depth + 1);
        }
      } else if (is_transparent(name)) {
        blocks(n, depth + 1);
      }
    }
  }

 private:
  bool enter(int depth) {
    if (depth > kMaxXmlDepth) too_deep = true;
    return !too_deep;
  }

  /// Text as Word stores it, made valid UTF-8 (a damaged part still reads as text).
  void text(std::string_view utf8) { b.text(sanitize_utf8(utf8)); }

  /// Runs of a paragraph and their wrappers; deleted text, field codes and drawings are skipped.
  void inlines(const pugi::xml_node& parent, int depth) {
    if (!enter(depth)) return;
    for (const pugi::xml_node& n : parent.children()) {
      const std::string_view name = local(n);
      if (name == "r") {
        for (const pugi::xml_node& k : n.children()) {
          const std::string_view kn = local(k);
          if (kn == "t") text(k.text().get());
          else if (kn == "tab" || kn == "ptab") text(" ");
          else if (kn == "br" || kn == "cr") b.line_break();
          else if (kn == "noBreakHyphen" || kn == "softHyphen") text(kn == "noBreakHyphen" ? "-" : "");
        }
      } else if (is_transparent(name)) {
        inlines(n, depth + 1);
      }
    }
  }

  /// Children named `name` (w:tr of a table, w:tc of a row), also inside content controls and custom XML,
  /// in document order.
  static void collect(const pugi::xml_node& parent, std::string_view name, std::vector<pugi::xml_node>& found,
                      int depth) {
    if (depth > kMaxXmlDepth) return;
    for (const pugi::xml_node& n : parent.children()) {
      if (local(n) == name) found.push_back(n);
      else if (is_transparent(local(n))) collect(n, name, found, depth + 1);
    }
  }

  /// A cell continuing a merge started above (w:vMerge other than "restart") or to its left (legacy
  /// w:hMerge): Word's placeholder for a spanning cell, carrying nothing of its own.
  static bool continues_merge(const pugi::xml_node& tc) {
    const pugi::xml_node pr = child(tc, "tcPr");
    for (const char* merge : {"vMerge", "hMerge"}) {
      const pugi::xml_node m = child(pr, merge);
      if (m && attribute(m, "val") != "restart") return true;
    }
    return false;
  }

  static bool has_table(const pugi::xml_node& n, int depth) {
    if (depth > kMaxXmlDepth) return false;
    for (const pugi::xml_node& k : n.children())
      if (local(k) == "tbl" || (is_transparent(local(k)) && has_table(k, depth + 1))) return true;
    return false;
  }

  void table_text(const pugi::xml_node& tbl, int depth) {
    std::vector<pugi::xml_node> trs;
    collect(tbl, "tr", trs, depth + 1);
    for (const auto& tr : trs) {
      std::vector<pugi::xml_node> tcs;
      collect(tr, "tc", tcs, depth + 2);
      for (const auto& tc : tcs) {
        blocks(tc, depth + 3);
        b.line_break();
      }
    }
  }

  void table(const pugi::xml_node& tbl, int depth) {
    b.line_break();
    std::vector<pugi::xml_node> trs;
    collect(tbl, "tr", trs, depth + 1);
    for (const auto& tr : trs) {
      std::vector<pugi::xml_node> tcs;
      collect(tr, "tc", tcs, depth + 2);
      // A layout row (the whole report laid out inside a table): its cells' paragraphs and tables are
      // read as such.
      bool layout = false;
      for (const auto& tc : tcs) layout = layout || has_table(tc, depth + 3);
      if (layout) {
        for (const auto& tc : tcs) {
          blocks(tc, depth + 3);
          b.line_break();
        }
        continue;
      }
      for (const auto& tc : tcs) {
        if (continues_merge(tc)) continue;
        b.begin_cell();
        blocks(tc, depth + 3);
        b.end_cell();
      }
      b.end_row();
    }
    b.line_break();
  }
};

/// Parses an XML part; "" or the reason it cannot be read.
std::string parse_xml(const std::string& xml, pugi::xml_document& doc) {
  // Whitespace-only text is kept: <w:t xml:space="preserve"> </w:t> is a real space between words.
  // No DOCTYPE processing: pugixml never expands entities other than the five predefined ones.
  const pugi::xml_parse_result r =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_auto);
  if (r) return {};
  return std::string(r.description()) + "，位置 " + std::to_string(r.offset);
}

/// The main document part named by the package relationships; "word/document.xml" when they name none.
std::string main_part(std::string_view bytes, const zip::Archive& a) {
  const zip::Entry* rels = a.find("_rels/.rels");
  std::string xml, error;
  pugi::xml_document doc;
  if (rels && zip::extract(bytes, *rels, kMaxPartBytes, xml, error) && parse_xml(xml, doc).empty()) {
    for (const pugi::xml_node& r : child(doc, "Relationships").children()) {
      const std::string_view type = attribute(r, "Type");
      if (type.size() >= 15 && type.substr(type.size() - 15) == "/officeDocument") {
        std::string target(attribute(r, "Target"));
        if (!target.empty() && target.front() == '/') target.erase(0, 1);
        if (!target.empty()) return target;
      }
    }
  }
  return "word/document.xml";
}

/// Why a ZIP that is not a Word document cannot be imported.
std::string not_word_message(const zip::Archive& a) {
  if (a.find("xl/workbook.xml")) return "这是 Excel 表格（.xlsx），不是 Word 文档：请导入年度报告的 Word 文档、网页或文本";
  if (a.find("ppt/presentation.xml")) return "这是 PowerPoint 演示文稿（.pptx），不是 Word 文档";
  if (a.find("content.xml"))
    return "这是 OpenDocument 文档（.odt 等）：请在 WPS 或 LibreOffice 中“另存为”Word 文档（*.docx）后再导入";
  return "压缩包中没有 Word 文档正文（word/document.xml），不是 .docx 文件";
}

bool contains_utf16(std::string_view bytes, std::string_view ascii) {
  std::string wide;
  for (char c : ascii) {
    wide.push_back(c);
    wide.push_back('\0');
  }
  return bytes.find(wide) != std::string_view::npos;
}

}  // namespace

bool is_zip(std::string_view bytes) {
  return bytes.substr(0, 4) == kZipMagic || bytes.substr(0, 4) == kEmptyZipMagic;
}

std::string word_binary_error(std::string_view bytes) {
  if (bytes.substr(0, kOleMagic.size()) == kOleMagic) {
    // An encrypted .docx is an OLE file holding the encrypted package.
    if (contains_utf16(bytes, "EncryptedPackage"))
      return "文件设了打开密码：请在 Word 或 WPS 中取消密码，另存为 .docx 后再导入";
    if (contains_utf16(bytes, "Workbook"))
      return "这是旧版 Excel 表格（.xls / .et），不是 Word 文档：请导入年度报告的 Word 文档、网页或文本";
    return "这是旧版 Word（.doc）或 WPS（.wps）文档：请在 Word 或 WPS 中“另存为”Word 文档（.docx）后再导入";
  }
  if (bytes.substr(0, 5) == "{\\rtf")
    return "这是 RTF 文档：请在 Word 或 WPS 中“另存为”Word 文档（.docx）后再导入";
  return {};
}

SourceText docx_to_source(std::string_view bytes) {
  SourceText s;
  const zip::Archive a = zip::read_archive(bytes);
  if (!a.error.empty()) {
    s.error = "无法打开 Word 文档：" + a.error;
    return s;
  }
  const std::string part = main_part(bytes, a);
  const zip::Entry* main = a.find(part);
  if (!main) {
    s.error = not_word_message(a);
    return s;
  }
  std::string xml, error;
  if (!zip::extract(bytes, *main, kMaxPartBytes, xml, error)) {
    s.error = "无法读取 Word 文档：" + error;
    return s;
  }
  pugi::xml_document doc;
  if (std::string e = parse_xml(xml, doc); !e.empty()) {
    s.error = "Word 文档正文（" + part + "）已损坏，无法读取（" + e + "）：请在 Word 或 WPS 中打开并另存为 .docx 后再试";
    return s;
  }
  xml.clear();
  xml.shrink_to_fit();
  Walker w;
  w.blocks(child(child(doc, "document"), "body"), 0);
  if (w.too_deep) {
    s.error = "Word 文档结构异常：元素嵌套超过 " + std::to_string(kMaxXmlDepth) + " 层，不是正常的 Word 文档，无法导入";
    return s;
  }
  s.text = std::move(w.b.out);
  // The title Word keeps in the document properties (find_title uses it only when it names a 年度报告).
  if (const zip::Entry* core = a.find("docProps/core.xml"); core && zip::extract(bytes, *core, kMaxPartBytes, xml, error)) {
    pugi::xml_document props;
    if (parse_xml(xml, props).empty())
      for (const pugi::xml_node& n : child(props, "coreProperties").children())
        if (local(n) == "title") s.title = sanitize_utf8(n.text().get());
  }
  return s;
}

}  // namespace nianbao::import

namespace nianbao {

bool looks_like_word_file(std::string_view bytes) {
  return import::is_zip(bytes) || !import::word_binary_error(bytes).empty();
}

}  // namespace nianbao
