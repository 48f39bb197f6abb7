#!/usr/bin/python3
"""make_hand_laid.py OUT_DIR — writes hand-laid-2021.docx, a 2021-format report laid out the way an officer
lays it out in Word, with another tool than nianbao (Debian's python3-docx), and hand-laid-2021.expected.json,
the cells and sections the importer must read from it.

What makes it unlike nianbao's own export: the template's merges made with python-docx (its own
gridSpan/vMerge), half-width "(一)" in some labels, headings as bold body paragraphs, a figure split over
several runs ("1" "2" "0"), a tracked change (deleted "9", inserted "12"), a paragraph inside a content
control, a blank spacer row and an intro paragraph before 一、总体情况. Run by hand when the fixture must change;
the .docx and the .json are checked in (tests/data/docx/)."""
import copy
import json
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

out_dir = Path(sys.argv[1])
out_dir.mkdir(parents=True, exist_ok=True)
doc = docx.Document()
expected = {"format": "2021", "year": 2023, "agency": "青山县交通运输局", "cells": {}, "sections": {}}


def para(text, bold=False, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(16)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def put(cell, text):
    cell.paragraphs[0].add_run(str(text))


def grid(rows, cols):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    return t


# --- title and section 一
title = doc.add_paragraph()
title.alignment = WD_ALIGN_PARAGRAPH.CENTER
title.add_run("青山县交通运输局").bold = True
title.add_run("2023年政府信息公开工作年度报告").bold = True
para("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级要求，编制本报告。")
para("一、总体情况", bold=True)
overview = ["(一)主动公开情况", "2023年，我局主动公开政府信息 312 条。", "（二）依申请公开情况", "全年收到申请 26 件，均按时答复。"]
for line in overview:
    para(line)
expected["sections"]["overview"] = "\n".join(overview)

# --- table 二 (4 columns, one block per 第二十条 item)
para("二、主动公开政府信息情况", bold=True)
t2_blocks = [
    ("第二十条第(一)项", ["本年制发件数", "本年废止件数", "现行有效件数"],
     [("rules", "规章", ["issued", "repealed", "in_force"], [0, 0, 3]),
      ("normative", "行政规范性文件", ["issued", "repealed", "in_force"], [5, 1, 12])]),
    ("第二十条第（五）项", ["本年处理决定数量"], [("license", "行政许可", ["decisions"], [1520])]),
    ("第二十条第（六）项", ["本年处理决定数量"],
     [("penalty", "行政处罚", ["decisions"], [87]), ("coercion", "行政强制", ["decisions"], [4])]),
    ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("fees", "行政事业性收费", ["amount"], ["12.5"])]),
]
rows = sum(2 + len(b[2]) for b in t2_blocks) + 1
t2 = grid(rows, 4)
r = 0
for title_text, heads, data in t2_blocks:
    t2.cell(r, 0).merge(t2.cell(r, 3))
    put(t2.cell(r, 0), title_text)
    put(t2.cell(r + 1, 0), "信息内容")
    if len(heads) == 1:
        t2.cell(r + 1, 1).merge(t2.cell(r + 1, 3))
    for i, h in enumerate(heads):
        put(t2.cell(r + 1, 1 + i), h)
    r += 2
    for key, label, cols, values in data:
        if len(cols) == 1:
            t2.cell(r, 1).merge(t2.cell(r, 3))
        put(t2.cell(r, 0), label)
        for i, (col, v) in enumerate(zip(cols, values)):
            put(t2.cell(r, 1 + i), v)
            expected["cells"][f"t2.{key}.{col}"] = v
        r += 1
# row r stays blank: a spacer row some officers leave at the end

# --- table 三 (10 columns: 3 label columns, 7 applicant columns)
para("三、收到和处理政府信息公开申请情况", bold=True)
columns = ["natural", "business", "research", "nonprofit", "legal", "other", "total"]
R = "三、本年度办理结果"
groups = [
    ("granted", ["（一）予以公开"]), ("partial", ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]),
    ("denied", ["（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
    ("unable", ["（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
    ("refused", ["（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                 "5.要求行政机关确认或重新出具已获取信息"]),
    ("other", ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
               "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]),
]
outcome_rows = []  # (key, labels)
for key, labels in groups:
    if len(labels) == 1:
        outcome_rows.append((key, labels))
    else:
        for i, item in enumerate(labels[1:], start=1):
            outcome_rows.append((f"{key}.{i}", [labels[0], item]))
values = {}
for i, (key, _) in enumerate(outcome_rows):
    row = [(i * 3 + c) % 4 if c < 2 else (1 if (i + c) % 9 == 0 else 0) for c in range(6)]
    values[key] = row + [sum(row)]
values["total"] = [sum(values[k][c] for k, _ in outcome_rows) for c in range(7)]
values["carried"] = [1, 0, 0, 0, 0, 0, 1]
values["forward"] = [2, 1, 0, 0, 0, 0, 3]
values["new"] = [values["total"][c] + values["forward"][c] - values["carried"][c] for c in range(7)]

body_rows = 2 + len(outcome_rows) + 2
t3 = grid(3 + body_rows, 10)
t3.cell(0, 0).merge(t3.cell(2, 2))
put(t3.cell(0, 0), "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
t3.cell(0, 3).merge(t3.cell(0, 9))
put(t3.cell(0, 3), "申请人情况")
t3.cell(1, 3).merge(t3.cell(2, 3))
put(t3.cell(1, 3), "自然人")
t3.cell(1, 4).merge(t3.cell(1, 8))
put(t3.cell(1, 4), "法人或其他组织")
t3.cell(1, 9).merge(t3.cell(2, 9))
put(t3.cell(1, 9), "总计")
for i, h in enumerate(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]):
    put(t3.cell(2, 4 + i), h)


def t3_values(r, key):
    for c, v in enumerate(values[key]):
        put(t3.cell(r, 3 + c), v)
        expected["cells"][f"t3.{key}.{columns[c]}"] = v


r = 3
for key, label in (("new", "一、本年新收政府信息公开申请数量"), ("carried", "二、上年结转政府信息公开申请数量")):
    t3.cell(r, 0).merge(t3.cell(r, 2))
    put(t3.cell(r, 0), label)
    t3_values(r, key)
    r += 1
first_result = r
for key, labels in outcome_rows:
    if len(labels) == 1:
        t3.cell(r, 1).merge(t3.cell(r, 2))
        put(t3.cell(r, 1), labels[0])
    else:
        put(t3.cell(r, 2), labels[1])
    t3_values(r, key)
    r += 1
t3.cell(r, 1).merge(t3.cell(r, 2))
put(t3.cell(r, 1), "（七）总计")
t3_values(r, "total")
t3.cell(first_result, 0).merge(t3.cell(r, 0))
put(t3.cell(first_result, 0), R)
# group labels of （三）…（六）: merge their rows in column 1
row_of = {key: first_result + i for i, (key, _) in enumerate(outcome_rows)}
for key, labels in groups:
    if len(labels) > 1:
        top, bottom = row_of[f"{key}.1"], row_of[f"{key}.{len(labels) - 1}"]
        t3.cell(top, 1).merge(t3.cell(bottom, 1))
        put(t3.cell(top, 1), labels[0])
r += 1
t3.cell(r, 0).merge(t3.cell(r, 2))
put(t3.cell(r, 0), "四、结转下年度继续办理")
t3_values(r, "forward")

# A figure typed in pieces: Word splits runs at every edit, so "120" may be three runs.
new_total = t3.cell(3, 9).paragraphs[0]
for run in list(new_total.runs):
    run._r.getparent().remove(run._r)
for piece in str(values["new"][6]):
    new_total.add_run(piece)
# A tracked change in 上年结转 总计: "9" deleted, the real figure inserted.
carried_total = t3.cell(4, 9).paragraphs[0]
for run in list(carried_total.runs):
    run._r.getparent().remove(run._r)
carried_total._p.append(parse_xml(
    f'<w:del {nsdecls("w")} w:id="1" w:author="审核" w:date="2024-01-10T00:00:00Z"><w:r><w:delText>9</w:delText></w:r></w:del>'))
carried_total._p.append(parse_xml(
    f'<w:ins {nsdecls("w")} w:id="2" w:author="审核" w:date="2024-01-10T00:00:00Z"><w:r><w:t>{values["carried"][6]}</w:t></w:r></w:ins>'))

# --- table 四 (15 columns)
para("四、政府信息公开行政复议、行政诉讼情况", bold=True)
t4 = grid(4, 15)
t4.cell(0, 0).merge(t4.cell(0, 4))
put(t4.cell(0, 0), "行政复议")
t4.cell(0, 5).merge(t4.cell(0, 14))
put(t4.cell(0, 5), "行政诉讼")
results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
for i, label in enumerate(results):
    t4.cell(1, i).merge(t4.cell(2, i))
    put(t4.cell(1, i), label)
t4.cell(1, 5).merge(t4.cell(1, 9))
put(t4.cell(1, 5), "未经复议直接起诉")
t4.cell(1, 10).merge(t4.cell(1, 14))
put(t4.cell(1, 10), "复议后起诉")
for g in range(2):
    for i, label in enumerate(results):
        put(t4.cell(2, 5 + 5 * g + i), label)
t4_values = [2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0]
for i, v in enumerate(t4_values):
    put(t4.cell(3, i), v)
    group = ["review", "direct", "after_review"][i // 5]
    result = ["upheld", "corrected", "other", "pending", "total"][i % 5]
    expected["cells"][f"t4.{group}.{result}"] = v

# --- sections 五 and 六; one paragraph inside a content control
para("五、存在的主要问题及改进情况", bold=True)
problems = ["一是政策解读形式较为单一。", "二是依申请公开答复规范性有待提高。"]
para(problems[0])
sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="问题"/></w:sdtPr><w:sdtContent>'
                f'<w:p><w:r><w:t>{problems[1]}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
doc.element.body.insert(len(doc.element.body) - 1, sdt)
expected["sections"]["problems"] = "\n".join(problems)
para("六、其他需要报告的事项", bold=True)
other = "本年度未收取信息处理费。"
para(other)
expected["sections"]["other"] = other

doc.core_properties.title = ""  # Word leaves it blank more often than not
doc.save(str(out_dir / "hand-laid-2021.docx"))
(out_dir / "hand-laid-2021.expected.json").write_text(
    json.dumps(expected, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
print(f"{len(expected['cells'])} cells written to {out_dir}/hand-laid-2021.docx")
