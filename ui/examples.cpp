// examples.cpp — the example reports (fictional agencies, figures and prose written for nianbao).
#include "examples.h"

#include <array>
#include <initializer_list>

namespace nianbao::ui {

namespace {

// Codes of the examples are the format's own (examples_test checks every example against its format).
void set(Report& r, const std::string& code, CellValue v) {
  if (CellValue* c = r.find_cell(code)) *c = std::move(v);
}
void set(Report& r, const std::string& code, int64_t n) { set(r, code, CellValue::of_count(n)); }

struct T3Row {
  const char* key;
  std::array<int64_t, 7> values;  ///< the seven columns in official order
};

/// Table 三: every cell 0, then the listed rows (an example report leaves no cell empty).
void fill_t3(Report& r, std::initializer_list<T3Row> rows) {
  const FormatDef& f = r.def();
  for (const auto& row : f.t3_rows)
    for (const auto& col : f.t3_columns) set(r, "t3." + row.key + "." + col.key, 0);
  for (const T3Row& row : rows)
    for (size_t c = 0; c < row.values.size(); ++c) set(r, std::string("t3.") + row.key + "." + f.t3_columns[c].key, row.values[c]);
}

void t4_group(Report& r, const std::string& group, std::initializer_list<int64_t> values) {
  size_t k = 0;
  for (int64_t v : values) set(r, "t4." + group + "." + Table4Axes::results[k++], v);
}

Report example_2021() {
  Report r = new_report(FormatVersion::v2021, 2024, "青山县自然资源局");
  r.agency_kind = AgencyKind::Department;
  r.published = "2025-01-20";
  r.overview =
      "2024年，青山县自然资源局坚持以公开为常态、不公开为例外，围绕耕地保护、国土空间规划、不动产登记等群众关注的重点领域，"
      "扎实做好政府信息公开工作。\n"
      "（一）主动公开。全年通过县政府门户网站“自然资源”专栏主动公开政府信息1326条，其中政策文件87条、规划信息154条、"
      "确权登记和征地信息1063条。制发行政规范性文件3件，废止1件，现行有效12件。\n"
      "（二）依申请公开。2024年，本局共新收政府信息公开申请62件，上年结转3件，均在法定期限内答复，"
      "主要涉及征地补偿安置、宅基地审批和不动产登记资料查询。\n"
      "（三）政府信息管理。落实公文公开属性源头认定，对拟公开信息实行“先审查、后公开”，全年未发生泄密和侵犯个人隐私事件。\n"
      "（四）平台建设。优化政府信息公开专栏栏目设置，新增“耕地保护”“地质灾害防治”子栏目，及时更新专栏内容。\n"
      "（五）监督保障。将政府信息公开纳入年度目标考核，组织业务培训2次，参训人员56人次。";
  r.problems =
      "一是部分业务股室对公开属性认定把握不准，个别规划信息公开不够及时；二是依申请公开答复文书格式不够统一。"
      "2025年，本局将制定公开属性认定指引，建立规划信息公开提醒机制，并统一答复文书模板，提升答复规范化水平。";
  r.other = "本年度未收取信息处理费。本局无其他需要报告的事项。";

  set(r, "t2.rules.issued", 0);  // a county bureau makes no 规章
  set(r, "t2.rules.repealed", 0);
  set(r, "t2.rules.in_force", 0);
  set(r, "t2.normative.issued", 3);
  set(r, "t2.normative.repealed", 1);
  set(r, "t2.normative.in_force", 12);
  set(r, "t2.license.decisions", 286);
  set(r, "t2.penalty.decisions", 41);
  set(r, "t2.coercion.decisions", 3);
  set(r, "t2.fees.amount", CellValue::of_amount("1528.3642"));

  fill_t3(r, {{"new", {46, 9, 0, 0, 2, 1, 58}},
              {"carried", {3, 0, 0, 0, 0, 0, 3}},
              {"granted", {19, 4, 0, 0, 1, 0, 24}},  // 自然人 should be 18: the deliberate C3.2 mistake
              {"partial", {6, 2, 0, 0, 0, 0, 8}},
              {"denied.4", {2, 1, 0, 0, 0, 0, 3}},
              {"unable.1", {9, 1, 0, 0, 1, 0, 11}},
              {"unable.2", {2, 0, 0, 0, 0, 0, 2}},
              {"unable.3", {1, 0, 0, 0, 0, 0, 1}},
              {"refused.1", {3, 0, 0, 0, 0, 0, 3}},
              {"refused.2", {2, 0, 0, 0, 0, 0, 2}},
              {"other.1", {1, 0, 0, 0, 0, 0, 1}},
              {"total", {44, 8, 0, 0, 2, 0, 54}},
              {"forward", {5, 1, 0, 0, 0, 1, 7}}});

  t4_group(r, "review", {2, 1, 0, 1, 4});
  t4_group(r, "direct", {1, 0, 0, 1, 2});
  t4_group(r, "after_review", {1, 0, 0, 0, 1});
  return r;
}

Report example_2019() {
  Report r = new_report(FormatVersion::v2019, 2020, "青山县林业局");
  r.agency_kind = AgencyKind::Department;
  r.published = "2021-01-28";
  r.overview =
      "2020年，青山县林业局认真贯彻《中华人民共和国政府信息公开条例》，围绕森林防火、林木采伐、"
      "生态公益林补偿等重点工作推进政府信息公开。\n"
      "（一）主动公开。全年制作并公开规范性文件2件，对外公开规范性文件共9件。全年办理并公开行政审批事项200件，"
      "其中行政许可处理决定132件、其他对外管理服务事项处理决定58件。\n"
      "（二）依申请公开。全年受理政府信息公开申请16件，其中本年新收15件、上年结转1件；办结14件，"
      "结转下年度继续办理1件，申请内容主要涉及林木采伐许可和生态公益林补偿资金发放。\n"
      "（三）政府信息管理和平台建设。依托县政府门户网站林业专栏发布信息，建立信息发布审核台账。\n"
      "（四）监督保障。成立以分管副局长为组长的政务公开工作小组，将公开工作纳入股室年度考评。";
  r.problems =
      "一是基层林业站信息报送不够及时；二是生态公益林补偿信息公开的颗粒度不够细。下一步，"
      "本局将建立林业站信息报送月通报制度，按乡镇分批公开补偿资金发放情况。";
  r.other = "无。";

  set(r, "t2.rules.made", 0);
  set(r, "t2.rules.published", 0);
  set(r, "t2.rules.total", 0);
  set(r, "t2.normative.made", 2);
  set(r, "t2.normative.published", 2);
  set(r, "t2.normative.total", 9);
  struct Project {
    const char* row;
    int64_t prev, delta, decisions;
  };
  for (const Project& p : {Project{"license", 14, -1, 132}, Project{"services", 6, 0, 58},
                           Project{"penalty", 23, 2, 17}, Project{"coercion", 4, 0, 1}}) {
    set(r, std::string("t2.") + p.row + ".prev", p.prev);
    set(r, std::string("t2.") + p.row + ".delta", p.delta);
    set(r, std::string("t2.") + p.row + ".decisions", p.decisions);
  }
  set(r, "t2.fees.prev", 2);
  set(r, "t2.fees.delta", -1);
  set(r, "t2.procurement.count", 5);
  set(r, "t2.procurement.amount", CellValue::of_amount("86.47"));
  r.set_unit("t2.procurement.amount", "万元");

  fill_t3(r, {{"new", {12, 2, 0, 0, 1, 0, 15}},
              {"carried", {1, 0, 0, 0, 0, 0, 1}},
              {"granted", {6, 1, 0, 0, 0, 0, 7}},
              {"partial", {2, 0, 0, 0, 0, 0, 2}},
              {"denied.4", {0, 1, 0, 0, 0, 0, 1}},
              {"unable.1", {3, 0, 0, 0, 1, 0, 4}},
              {"refused.2", {1, 0, 0, 0, 0, 0, 1}},
              {"total", {12, 2, 0, 0, 1, 0, 15}},
              {"forward", {1, 0, 0, 0, 0, 0, 1}}});

  t4_group(r, "review", {1, 0, 0, 0, 1});
  t4_group(r, "direct", {0, 0, 0, 0, 0});
  t4_group(r, "after_review", {0, 0, 0, 0, 0});
  return r;
}

}  // namespace

Report example_report(FormatVersion format) {
  return format == FormatVersion::v2019 ? example_2019() : example_2021();
}

}  // namespace nianbao::ui
