#!/usr/bin/env python3
"""make_fixtures.py — writes the importer's layout fixtures (tests/data/import/*) and their expected cells.

Each fixture is one fictional report (青山县 agencies; figures invented) laid out as a class of real published
copies is: text from a PDF viewer, markdown tables per row group, split titles, typos, traditional characters,
a hybrid of both formats, renumbered sections, a GBK page, rows of run-together digits. The expected file lists
every cell the import must read (null: the report itself leaves it blank) and the findings that must and must
not appear. Run it after changing a layout; the outputs are checked in.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
COLS = ["natural", "business", "research", "nonprofit", "legal", "other", "total"]

# Table 三 of the 2021 format: (key, label as printed, group heading printed before it or None)
T3 = [("new", "一、本年新收政府信息公开申请数量", None), ("carried", "二、上年结转政府信息公开申请数量", None),
      ("granted", "（一）予以公开", "三、本年度办理结果"),
      ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None)]
for i, l in enumerate(["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
                       "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"]):
    T3.append((f"denied.{i+1}", f"{i+1}.{l}", "（三）不予公开" if i == 0 else None))
for i, l in enumerate(["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"]):
    T3.append((f"unable.{i+1}", f"{i+1}.{l}", "（四）无法提供" if i == 0 else None))
for i, l in enumerate(["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
                       "要求行政机关确认或重新出具已获取信息"]):
    T3.append((f"refused.{i+1}", f"{i+1}.{l}", "（五）不予处理" if i == 0 else None))
for i, l in enumerate(["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                       "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"]):
    T3.append((f"other.{i+1}", f"{i+1}.{l}", "（六）其他处理" if i == 0 else None))
T3 += [("total", "（七）总计", None), ("forward", "四、结转下年度继续办理", None)]

ROWS = {  # six columns; the total is computed
    "new": [45, 3, 0, 0, 1, 2], "carried": [2, 0, 0, 0, 0, 0], "granted": [20, 1, 0, 0, 0, 1],
    "partial": [5, 0, 0, 0, 0, 0], "denied.3": [1, 0, 0, 0, 0, 0], "denied.7": [2, 0, 0, 0, 0, 0],
    "unable.1": [10, 1, 0, 0, 1, 0], "unable.2": [2, 0, 0, 0, 0, 0], "unable.3": [1, 0, 0, 0, 0, 0],
    "refused.2": [3, 0, 0, 0, 0, 0], "other.1": [1, 0, 0, 0, 0, 0], "other.3": [1, 0, 0, 0, 0, 1],
    "total": [46, 2, 0, 0, 1, 2], "forward": [1, 1, 0, 0, 0, 0]}


def t3_values(overrides=None):
    out = {}
    for key, _, _ in T3:
        six = (overrides or {}).get(key, ROWS.get(key, [0] * 6))
        out[key] = list(six) + [sum(six)] if len(six) == 6 else list(six)
    return out


T2_2021 = [("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            [("rules", "规章", [0, 0, 0]), ("normative", "行政规范性文件", [3, 1, 25])],
            ["issued", "repealed", "in_force"]),
           ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("license", "行政许可", [120])], ["decisions"]),
           ("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
            [("penalty", "行政处罚", [45]), ("coercion", "行政强制", [2])], ["decisions"]),
           ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [("fees", "行政事业性收费", ["0"])], ["amount"])]
T4 = [1, 0, 0, 0, 1, 0, 1, 0, 1, 2, 0, 0, 0, 0, 0]
T4_CODES = [f"t4.{g}.{r}" for g in ["review", "direct", "after_review"]
            for r in ["upheld", "corrected", "other", "pending", "total"]]
T3_HEAD = ["申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
T4_HEAD = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"] + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

OVERVIEW = ("2021年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息326条。"
            "全年共收到政府信息公开申请51件，均在法定期限内答复。")
PROBLEMS = ("一是公开内容不够全面；二是政策解读形式较为单一。下一步，本局将加强培训，提高公开质量。")
OTHER = "本年度未收取信息处理费。"


def expected_cells(t3, t2=None, t4=None):
    cells = {}
    for _, _, items, cols in (t2 or T2_2021):
        for key, _, vals in items:
            for c, v in zip(cols, vals):
                cells[f"t2.{key}.{c}"] = v
    for key, vals in t3.items():
        for c, v in zip(COLS, vals):
            cells[f"t3.{key}.{c}"] = v
    for code, v in zip(T4_CODES, t4 or T4):
        cells[code] = v
    return cells


def write(name, text, expect, encoding="utf-8"):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode(encoding))
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expect, f, ensure_ascii=False, indent=1)
        f.write("\n")


def meta(agency, year=2021, fmt="2021", **more):
    d = {"format": fmt, "year": year, "agency": agency}
    d.update(more)
    return d


# --- PDF-viewer text: page furniture, multi-line headers, broken labels, values on the next line -----------
def pdf_viewer():
    agency = "青山县市场监督管理局"
    page = [0]
    lines = []

    def page_break():
        page[0] += 1
        lines.append(f"— {page[0]} —")
        lines.append(f"{agency}2021年度政府信息公开工作年度报告")

    lines += [f"{agency}", "2021年度政府信息公开工作年度报告", "", "一、总体情况", OVERVIEW,
              "二、主动公开政府信息情况"]
    for title, head, items, _ in T2_2021:
        lines.append(title)
        lines += head
        for _, label, vals in items:
            lines.append(label + " " + " ".join(str(v) for v in vals))
    page_break()
    lines += ["三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为：第一项加第二项之和，", "等于第三项加第四项之和）"]
    lines += ["申请人情况", "自然人", "法人或其他组织", "总计", "商业", "企业", "科研", "机构", "社会公益", "组织",
              "法律服务", "机构", "其他"]
    t3 = t3_values()
    for key, label, group in T3:
        vals = " ".join(str(v) for v in t3[key])
        if group:
            lines.append(group if group != "（四）无法提供" else "（四）无")
            if group == "（四）无法提供":
                lines.append("法提供")
        if key == "partial":  # a long label broken over two lines, its figures on the line after
            lines += ["（二）部分公开（区分处理的，只计这一情", "形，不计其他情形）", vals]
        elif key == "unable.2":  # page furniture glued into the row's figures
            lines.append(label + " " + vals + f" -{page[0] + 1}-")
            page[0] += 1
            lines.append(f"{agency}2021年度政府信息公开工作年度报告")
        elif key == "other.1":
            lines += ["1.申请人无正当理由逾期不补正、行政机关不", "再处理其政府信息公开申请", vals]
        else:
            lines.append(label + " " + vals)
    page_break()
    lines += ["四、政府信息公开行政复议、行政诉讼情况"] + T4_HEAD + T4_HEAD[4:] * 2
    lines.append(" ".join(str(v) for v in T4))
    lines += ["五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", OTHER, f"— {page[0] + 1} —"]
    write("pdf-viewer.txt", "\n".join(lines) + "\n",
          meta(agency, cells=expected_cells(t3), absent_rules=["E1", "M1", "I1", "C3.1", "C3.2", "C3.3", "C4.1"]))


# --- markdown: one pipe table per row group under a generic header ------------------------------------------
def markdown_groups():
    agency = "青山县教育局"
    t3 = t3_values()
    out = [f"# {agency}2021年度政府信息公开工作年度报告", "", "## 一、总体情况", "", OVERVIEW, "",
           "## 二、主动公开政府信息情况", ""]
    for title, head, items, _ in T2_2021:
        out += [f"| {title} | | | |", "|---|---|---|---|", "| " + " | ".join(head) + " |"]
        for _, label, vals in items:
            out.append(f"| {label} | " + " | ".join(str(v) for v in vals) + " |")
        out.append("")
    out += ["## 三、收到和处理政府信息公开申请情况", ""]
    header = "| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |"
    group_rows = []
    for key, label, group in T3:
        if group or key in ("new", "total"):
            if group_rows:
                out += [header, "|---|---|---|---|---|---|---|---|"] + group_rows + [""]
            group_rows = []
            if group:
                out.append(f"**{group}**")
        group_rows.append(f"| {label} | " + " | ".join(str(v) for v in t3[key]) + " |")
    out += [header, "|---|---|---|---|---|---|---|---|"] + group_rows + [""]
    out += ["## 四、政府信息公开行政复议、行政诉讼情况", "", "| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 总计 |",
            "|---|---|---|---|---|---|"]
    for g, name in enumerate(["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]):
        out.append(f"| {name} | " + " | ".join(str(v) for v in T4[g * 5:g * 5 + 5]) + " |")
    out += ["", "## 五、存在的主要问题及改进情况", "", PROBLEMS, "", "## 六、其他需要报告的事项", "", OTHER, ""]
    write("markdown-groups.md", "\n".join(out), meta(agency, cells=expected_cells(t3), absent_rules=["E1", "M1", "I1"]))


def plain_tables(t3, t2_label=None, t3_labels=None, space=" ", t2_space=" "):
    """Tables 二–四 as copied text: one row a line, figures separated by `space` (table 二: `t2_space`)."""
    lines = ["二、主动公开政府信息情况"]
    for title, head, items, _ in T2_2021:
        lines.append(title)
        lines.append(" ".join(head))
        for key, label, vals in items:
            lines.append((t2_label or {}).get(key, label) + " " + t2_space.join(str(v) for v in vals))
    lines += ["三、收到和处理政府信息公开申请情况", " ".join(T3_HEAD)]
    for key, label, group in T3:
        if group:
            lines.append(group)
        lines.append((t3_labels or {}).get(key, label) + " " + space.join(str(v) for v in t3[key]))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", " ".join(T4_HEAD), space.join(str(v) for v in T4)]
    return lines


# --- split and decorated titles; the agency only in the body ----------------------------------------------
def split_title():
    agency = "青山县自然资源局"
    t3 = t3_values()
    text = ["#  青山县 自然资源局", "2021", "年度政府信息公开工作年度报告", "", "一、总体情况", OVERVIEW] + plain_tables(t3) + \
           ["五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", OTHER]
    write("split-title.txt", "\n".join(text) + "\n", meta(agency, cells=expected_cells(t3), absent_rules=["E1", "M1", "I1"]))
    body = ["政府信息公开工作年度报告", "", f"本报告由{agency}根据《中华人民共和国政府信息公开条例》要求编制。统计期限自2021年1月1日起至2021年12月31日止。",
            "一、总体情况", OVERVIEW] + plain_tables(t3) + ["五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", OTHER]
    write("agency-in-body.txt", "\n".join(body) + "\n", meta(agency, cells=expected_cells(t3), absent_rules=["E1", "M1", "I1"]))


# --- typos and label variants ------------------------------------------------------------------------------
def typos():
    agency = "青山县交通运输局"
    t3 = t3_values()
    t3_labels = {"denied.7": "7.属于行政执法案件", "unable.2": "2.没有现成信息需另行制作",
                 "refused.4": "4.无正当理由大量反复申情", "denied.2": "2.其他法律行政法规禁止公"}
    text = [f"{agency}2021年度政府信息公开工作年度报告", "一、总体情况", OVERVIEW] + \
           plain_tables(t3, {"normative": "规范性文件"}, t3_labels) + \
           ["五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", OTHER]
    write("typos.txt", "\n".join(text) + "\n", meta(agency, cells=expected_cells(t3), absent_rules=["E1", "M1", "I1"]))


# --- traditional characters throughout, as an HTML page -----------------------------------------------------
TRAD = str.maketrans({"于": "於", "后": "後", "复": "覆", "没": "沒", "执": "執", "检": "檢", "与": "與", "处": "處",
                      "关": "關", "开": "開", "报": "報", "总": "總", "数": "數", "请": "請", "办": "辦", "结": "結",
                      "执": "執", "务": "務", "费": "費", "机": "機", "国": "國", "决": "決", "规": "規", "许": "許",
                      "罚": "罰", "强": "強", "诉": "訴", "议": "議", "维": "維", "纠": "糾", "审": "審", "计": "計",
                      "况": "況", "进": "進", "问": "問", "题": "題", "项": "項", "确": "確", "补": "補", "现": "現",
                      "属": "屬", "秘": "祕", "护": "護", "权": "權", "类": "類", "过": "過", "程": "程", "查": "查",
                      "询": "詢", "认": "認", "获": "獲", "讯": "訊", "访": "訪", "举": "舉", "复": "覆", "续": "續",
                      "领": "領", "导": "導", "县": "縣", "门": "門", "网": "網", "站": "站", "动": "動", "发": "發",
                      "实": "實", "质": "質", "训": "訓", "单": "單", "为": "為", "会": "會", "组": "組", "织": "織",
                      "业": "業", "构": "構", "务": "務", "应": "應", "当": "當", "收": "收", "缴": "繳", "纳": "納",
                      "内": "內", "全": "全", "稳": "穩", "经": "經", "济": "濟", "时": "時", "间": "間", "该": "該",
                      "部": "部", "统": "統", "华": "華", "条": "條", "例": "例", "释": "釋", "读": "讀", "较": "較",
                      "种": "種", "别": "別", "级": "級", "从": "從", "产": "產", "质": "質", "见": "見", "将": "將",
                      "加": "加", "对": "對", "负": "負", "责": "責", "据": "據", "编": "編", "制": "製", "财": "財",
                      "区": "區", "划": "劃", "纪": "紀", "录": "錄", "库": "庫", "还": "還", "这": "這", "样": "樣",
                      "贯": "貫", "彻": "徹", "实": "實", "华": "華", "民": "民", "万": "萬", "元": "元", "额": "額"})


def traditional():
    agency = "青山县卫生健康局"
    t3 = t3_values()
    rows = []

    def tr(*cells):
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")

    body = [f"<h1>{agency}2021年度政府信息公开工作年度报告</h1>", "<h2>一、总体情况</h2>", f"<p>{OVERVIEW}</p>",
            "<h2>二、主动公开政府信息情况</h2><table>"]
    for title, head, items, _ in T2_2021:
        tr(title)
        tr(*head)
        for _, label, vals in items:
            tr(label, *vals)
    body += rows + ["</table>", "<h2>三、收到和处理政府信息公开申请情况</h2><table>"]
    rows.clear()
    tr(*T3_HEAD)
    for key, label, group in T3:
        tr(*([group] if group else []), label, *t3[key])
    body += rows + ["</table>", "<h2>四、政府信息公开行政复议、行政诉讼情况</h2><table>"]
    rows.clear()
    tr(*T4_HEAD[:2])
    tr(*T4_HEAD[2:4])
    tr(*(T4_HEAD[4:] * 3))
    tr(*T4)
    body += rows + ["</table>", "<h2>五、存在的主要问题及改进情况</h2>", f"<p>{PROBLEMS}</p>", "<h2>六、其他需要报告的事项</h2>",
                    f"<p>{OTHER}</p>"]
    page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + agency + "2021年度政府信息公开工作年度报告</title></head><body>" + \
        "\n".join(body) + "</body></html>\n"
    write("traditional.html", page.translate(TRAD),
          meta(agency.translate(TRAD), cells=expected_cells(t3), absent_rules=["E1", "M1", "I1"],
               quoted={"other": OTHER.translate(TRAD)}))


# --- hybrid: a 2019-column 表二 beside a 2021 表三 -----------------------------------------------------------
def hybrid():
    agency = "青山县司法局"
    t3 = t3_values()
    lines = [f"{agency}2021年度政府信息公开工作年度报告", "一、总体情况", OVERVIEW, "二、主动公开政府信息情况",
             "第二十条第（一）项", "信息内容 本年新制作数量 本年新公开数量 对外公开总数量", "规章 0 0 0", "规范性文件 3 3 25",
             "第二十条第（五）项", "信息内容 上一年项目数量 本年增/减 处理决定数量", "行政许可 10 -1 120",
             "其他对外管理服务事项 2 0 4",
             "第二十条第（六）项", "信息内容 上一年项目数量 本年增/减 处理决定数量", "行政处罚 30 2 45", "行政强制 3 0 2",
             "第二十条第（八）项", "信息内容 上一年项目数量 本年增/减", "行政事业性收费 1 0",
             "第二十条第（九）项", "信息内容 采购项目数量 采购总金额", "政府集中采购 5 120.5"]
    lines += plain_tables(t3)[len(plain_tables(t3)) - (len(T3) + 5 + 3 + 2):]
    lines += ["五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", OTHER]
    cells = expected_cells(t3)
    cells.update({"t2.license.decisions": 120, "t2.penalty.decisions": 45, "t2.coercion.decisions": 2})
    for k in ["t2.rules.issued", "t2.rules.repealed", "t2.rules.in_force", "t2.normative.issued",
              "t2.normative.repealed", "t2.normative.in_force", "t2.fees.amount"]:
        del cells[k]
    write("hybrid.txt", "\n".join(lines) + "\n", meta(agency, cells=cells, absent_rules=["E1", "M1"]))


# --- sections numbered differently: no 二, so 三 → 二 …; 五、其他需要报告的事项 last ---------------------------
def renumbered():
    agency = "青山县水利局"
    t3 = t3_values()
    tables = plain_tables(t3)
    lines = [f"{agency}2021年度政府信息公开工作年度报告", "一、总体情况", OVERVIEW]
    # 表二 under the overview without its own heading: the overview ends where the table begins
    lines += tables[1:tables.index("三、收到和处理政府信息公开申请情况")]
    lines += ["二、收到和处理政府信息公开申请情况"] + \
        tables[tables.index("三、收到和处理政府信息公开申请情况") + 1:tables.index("四、政府信息公开行政复议、行政诉讼情况")]
    lines += ["三、政府信息公开行政复议、行政诉讼情况"] + tables[tables.index("四、政府信息公开行政复议、行政诉讼情况") + 1:]
    lines += ["四、存在的主要问题及改进情况", PROBLEMS, "五、其他需要报告的事项", OTHER]
    write("renumbered.txt", "\n".join(lines) + "\n",
          meta(agency, cells=expected_cells(t3), absent_rules=["E1", "M1", "I1"],
               sections={"overview": OVERVIEW, "problems": PROBLEMS, "other": OTHER}))


# --- a GBK page ----------------------------------------------------------------------------------------------
def gbk():
    agency = "青山县农业农村局"
    t3 = t3_values()
    rows = "".join("<p>" + l + "</p>" for l in plain_tables(t3))
    page = (f"<html><head><meta charset=\"gbk\"><title>{agency}2021年度政府信息公开工作年度报告</title></head><body>"
            f"<p>一、总体情况</p><p>{OVERVIEW}</p>{rows}<p>五、存在的主要问题及改进情况</p><p>{PROBLEMS}</p>"
            f"<p>六、其他需要报告的事项</p><p>{OTHER}</p></body></html>\n")
    write("gbk.html", page, meta(agency, cells=expected_cells(t3), absent_rules=["E1", "M1", "I1"]), encoding="gbk")


# --- every row's digits run together, the published table breaks identities: the only reading is kept --------
def run_together():
    agency = "青山县文化旅游局"
    t3 = t3_values({"granted": [2, 1, 0, 0, 0, 1, 5], "unable.1": [1, 1, 0, 0, 1, 0, 2]})  # rows 3 ≠ 4, 3 ≠ 2
    lines = [f"{agency}2021年度政府信息公开工作年度报告", "一、总体情况", OVERVIEW]
    lines += plain_tables(t3, space="")
    lines += ["五、存在的主要问题及改进情况", PROBLEMS, "六、其他需要报告的事项", OTHER]
    cells = expected_cells(t3)
    # Tables 三 and 四 without separators (table 二 has no arithmetic to split by, so it keeps its spaces): rows
    # with one digit per cell have one reading; "453001251" is settled by the row sum.
    write("run-together.txt", "\n".join(lines) + "\n",
          meta(agency, cells=cells, absent_rules=["E1", "M1", "I1"], present_rules=["C3.3", "C3.2"]))


if __name__ == "__main__":
    for make in (pdf_viewer, markdown_groups, split_title, typos, traditional, hybrid, renumbered, gbk, run_together):
        make()
