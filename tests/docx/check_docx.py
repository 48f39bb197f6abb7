#!/usr/bin/python3
"""check_docx.py NIANBAO_BIN WORKDIR — reads `nianbao render -o X.docx` back with python-docx (Debian's
python3-docx, a second implementation of the format) and compares it with the HTML export of the same
report, cell by cell: every table's grid (labels, row and column spans, header rows), the values
(empty stays empty, 0 stays 0), headings and prose, A4 portrait page and margins, fonts, page numbers.

Exit status 0 when everything matches, 1 with the differences listed, 77 (skipped) without python3-docx.
"""
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

try:
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Mm
    from docx.enum.section import WD_ORIENT
except ImportError:
    print("SKIPPED: python3-docx is not installed (apt-get install python3-docx)")
    sys.exit(77)

BIN, WORK = sys.argv[1], Path(sys.argv[2])
WORK.mkdir(parents=True, exist_ok=True)
errors = []


def check(cond, what):
    if not cond:
        errors.append(what)


def run(*args):
    subprocess.run([BIN, *args], check=True)


# --- a report with every kind of cell: counts, 0, empty, amounts; prose with markup-like characters

PROSE = {
    "overview": "（一）主动公开情况\n本机关全年主动公开信息 1,234 条，<b>&amp;“引号”</b> 照原样印出。\n  第二段。",
    "problems": "一是公开不够及时。\n二是解读形式单一。",
    "other": "",
}


def make_report(fmt):
    base = WORK / f"base-{fmt}.json"
    run("new", "--format", fmt, "--year", "2024", "--agency", "青山县交通运输局", "-o", str(base))
    report = json.loads(base.read_text(encoding="utf-8"))
    for i, code in enumerate(report["cells"]):
        if i % 7 == 3:
            value = None
        elif i % 5 == 0:
            value = 0
        elif code.endswith(".amount"):
            value = f"{i}.25"
        elif code.endswith(".delta"):
            value = -i if i % 2 else i
        else:
            value = i
        report["cells"][code] = value
    report["sections"] = PROSE
    path = WORK / f"report-{fmt}.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return path, report


# --- HTML tables as grids: each origin cell (row, col) → (text, rowspan, colspan, is_header_row)

class Tables(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables, self.cell, self.in_head = [], None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and (a.get("id") or "").startswith("table-"):
            self.tables.append({"rows": [], "head_rows": 0})
        elif not self.tables:
            return
        elif tag == "thead":
            self.in_head = True
        elif tag == "tr":
            self.tables[-1]["rows"].append([])
            if self.in_head:
                self.tables[-1]["head_rows"] += 1
        elif tag in ("td", "th") and self.tables[-1]["rows"]:
            self.cell = {"text": "", "rowspan": int(a.get("rowspan", 1)), "colspan": int(a.get("colspan", 1)),
                         "code": a.get("id")}
            self.tables[-1]["rows"][-1].append(self.cell)

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.cell = None
        elif tag == "thead":
            self.in_head = False
        elif tag == "table":
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += data


def html_grid(rows):
    """{(r, c): cell} for the origin of every cell, placing cells around earlier rowspans."""
    taken, grid = set(), {}
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            grid[(r, c)] = cell
            for dr in range(cell["rowspan"]):
                for dc in range(cell["colspan"]):
                    taken.add((r + dr, c + dc))
            c += cell["colspan"]
    return grid


def docx_grid(table):
    """{(r, c): cell} from the XML: gridSpan for columns, vMerge restart/continue for rows."""
    grid, rows = {}, table._tbl.findall(qn("w:tr"))
    header_rows = 0
    for r, tr in enumerate(rows):
        trpr = tr.find(qn("w:trPr"))
        if trpr is not None and trpr.find(qn("w:tblHeader")) is not None:
            header_rows += 1
        c = 0
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.find(qn("w:tcPr"))
            span = tcpr.find(qn("w:gridSpan")) if tcpr is not None else None
            colspan = int(span.get(qn("w:val"))) if span is not None else 1
            vm = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
            text = "".join(t.text or "" for t in tc.iter(qn("w:t")))
            if vm is not None and vm.get(qn("w:val")) != "restart":
                # continuation: extend the origin above in the same column
                for rr in range(r - 1, -1, -1):
                    if (rr, c) in grid:
                        grid[(rr, c)]["rowspan"] += 1
                        check(grid[(rr, c)]["colspan"] == colspan, f"row {r} col {c}: continuation span differs")
                        break
                else:
                    errors.append(f"row {r} col {c}: vMerge continuation without a start")
                check(text == "", f"row {r} col {c}: continuation cell holds text {text!r}")
            else:
                grid[(r, c)] = {"text": text, "rowspan": 1, "colspan": colspan}
            c += colspan
        cols = len(table._tbl.tblGrid.findall(qn("w:gridCol")))
        check(c == cols, f"row {r} covers {c} grid columns of {cols}")
    return grid, header_rows, len(rows)


# Word refuses ("unreadable content") a part whose property elements are out of the schema's sequence
# (ECMA-376 Part 1, §17.3.1.26 pPr, §17.3.2.28 rPr, §17.4.60 tblPr, §17.4.70 tcPr, §17.6.17 sectPr).
SEQUENCES = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
           "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
           "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
           "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid "
           "vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs "
           "em lang eastAsianLayout specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
             "tblInd tblBorders shd tblLayout tblCellMar tblLook",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark",
    "sectPr": "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType "
              "pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings",
    "style": "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat locked "
             "personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr",
}


def check_order(part_name, element):
    for tag, seq in SEQUENCES.items():
        order = {name: i for i, name in enumerate(seq.split())}
        for node in element.iter(qn("w:" + tag)):
            names = [child.tag.split("}")[1] for child in node]
            unknown = [n for n in names if n not in order]
            check(not unknown, f"{part_name}: w:{tag} has elements outside the schema: {unknown}")
            ranks = [order[n] for n in names if n in order]
            check(ranks == sorted(ranks), f"{part_name}: w:{tag} children out of schema order: {names}")


def expected_value(report, code):
    v = report["cells"][code]
    if v is None:
        return ""
    unit = report.get("units", {}).get(code, "")
    return str(v) + unit


def check_format(fmt):
    json_path, report = make_report(fmt)
    html_path, docx_path = WORK / f"report-{fmt}.html", WORK / f"report-{fmt}.docx"
    run("render", str(json_path), "-o", str(html_path))
    run("render", str(json_path), "-o", str(docx_path))
    parser = Tables()
    parser.feed(html_path.read_text(encoding="utf-8"))
    d = docx.Document(str(docx_path))

    # every part's properties in schema order (Word opens it without a repair prompt)
    check_order("document.xml", d.element)
    check_order("styles.xml", d.styles.element)

    # page: A4 portrait, GB/T 9704 margins (37/35/28/26 mm)
    s = d.sections[0]
    check(s.orientation == WD_ORIENT.PORTRAIT, f"{fmt}: not portrait")
    check(abs(s.page_width - Mm(210)) < Mm(0.5) and abs(s.page_height - Mm(297)) < Mm(0.5), f"{fmt}: not A4")
    for name, value, mm in (("top", s.top_margin, 37), ("bottom", s.bottom_margin, 35), ("left", s.left_margin, 28),
                            ("right", s.right_margin, 26)):
        check(abs(value - Mm(mm)) < Mm(0.3), f"{fmt}: {name} margin {value.mm:.1f} mm, expected {mm}")
    # page number field in the footer
    footer_xml = s.footer._element.xml
    check("PAGE" in footer_xml and "fldChar" in footer_xml, f"{fmt}: no page number field in the footer")

    # title, headings, prose
    paras = [(p.style.name, p.text) for p in d.paragraphs]
    check(paras[0] == ("Title", "青山县交通运输局2024年政府信息公开工作年度报告"), f"{fmt}: title {paras[0]}")
    headings = [t for st, t in paras if st == "Heading 1"]
    check(headings == ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                       "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
          f"{fmt}: headings {headings}")
    body = [t for st, t in paras if st in ("Body Text", "Heading 2")]
    check(body == ["（一）主动公开情况", "本机关全年主动公开信息 1,234 条，<b>&amp;“引号”</b> 照原样印出。", "第二段。",
                   "一是公开不够及时。", "二是解读形式单一。"], f"{fmt}: prose {body}")
    check(("Heading 2", "（一）主动公开情况") in paras, f"{fmt}: sub-heading not in 楷体 style")

    # fonts of the styles: 仿宋 body, 黑体 headings, 宋体 tables
    def east_asia(style):
        rfonts = d.styles[style].element.rPr.find(qn("w:rFonts"))
        return rfonts.get(qn("w:eastAsia"))
    for style, face in (("Normal", "仿宋"), ("Body Text", "仿宋"), ("Heading 1", "黑体"), ("Heading 2", "楷体"),
                        ("Table Text", "宋体")):
        check(east_asia(style) == face, f"{fmt}: style {style} font {east_asia(style)}, expected {face}")

    # tables: same grid as the HTML export, values as in the report
    check(len(d.tables) == 3 and len(parser.tables) == 3, f"{fmt}: {len(d.tables)} Word tables, {len(parser.tables)} HTML")
    cells_checked = 0
    for number, (wt, ht) in enumerate(zip(d.tables, parser.tables), start=2):
        want = html_grid(ht["rows"])
        got, header_rows, nrows = docx_grid(wt)
        widths = [int(g.get(qn("w:w"))) for g in wt._tbl.tblGrid.findall(qn("w:gridCol"))]
        text_width = round((s.page_width - s.left_margin - s.right_margin) / 635)  # EMU → twips
        check(min(widths) > 0 and abs(sum(widths) - text_width) <= 2,
              f"{fmt} table {number}: columns {widths} sum to {sum(widths)} twips, text width {text_width}")
        check(nrows == len(ht["rows"]), f"{fmt} table {number}: {nrows} rows, HTML {len(ht['rows'])}")
        check(header_rows == ht["head_rows"], f"{fmt} table {number}: {header_rows} repeating header rows, HTML {ht['head_rows']}")
        check(set(got) == set(want), f"{fmt} table {number}: cell origins differ: {sorted(set(got) ^ set(want))[:6]}")
        for pos, h in want.items():
            g = got.get(pos)
            if g is None:
                continue
            label = h["text"].strip()
            check((g["rowspan"], g["colspan"]) == (h["rowspan"], h["colspan"]),
                  f"{fmt} table {number} {pos} {label!r}: spans {g['rowspan']}x{g['colspan']}, HTML {h['rowspan']}x{h['colspan']}")
            check(g["text"] == label, f"{fmt} table {number} {pos}: Word {g['text']!r}, HTML {label!r}")
            if h["code"]:
                check(g["text"] == expected_value(report, h["code"]),
                      f"{fmt} {h['code']}: Word {g['text']!r}, report {report['cells'][h['code']]!r}")
                cells_checked += 1
    check(cells_checked == len(report["cells"]), f"{fmt}: {cells_checked} data cells compared of {len(report['cells'])}")
    empties = sum(v is None for v in report["cells"].values())
    zeros = sum(v == 0 for v in report["cells"].values())
    print(f"{fmt}: {cells_checked} data cells match the report ({empties} empty, {zeros} zero), "
          f"3 tables match the HTML grid, page A4 portrait")


for fmt in ("2021", "2019"):
    check_format(fmt)
if errors:
    print("\n".join(errors[:60]))
    print(f"{len(errors)} difference(s)")
    sys.exit(1)
print("OK")
