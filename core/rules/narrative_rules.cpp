// narrative_rules.cpp — N1–N9: the prose against the tables, required statements, years and dates.
//
// Index
//   N1 text vs tables ..... "收到申请X件", outcomes ("予以公开X件", "无法提供X件"…), "办结", "结转",
//                           "行政复议/行政诉讼X件", per applicant kind; the keyword of the number's own
//                           clause nearest to it decides (classify, clause_start)
//   N2–N4 ................. required statements and length
//   N5–N7 ................. years, publication date and deadline, format vs year
//   N8 .................... share of 其他处理
//   N9 .................... "共X件，其中A件、B件…" whose parts do not add up (at most kMaxParts parts; a list
//                           goes on across "；"; a subset "…的有45件" is not a part)
//
// Cost stays linear in the text whatever it is (one endless sentence, thousands of parts, unclosed brackets):
// each scan is bounded by the next quantity or by kMaxParts, quotes are windows (quote_around), and one
// sentence gives at most kMaxFindingsPerSentence findings of a rule, the rest folded into one (SentenceCap).
#include <algorithm>
#include <cstdlib>
#include <optional>

#include "rules/narrative.h"
#include "rules/rule_engine.h"

namespace nianbao::rules {

namespace {

bool contains(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }

/// Adds the brackets of `text` ((（ open, )） close) to `depth`; false as soon as more close than open.
bool track_depth(std::string_view text, int& depth) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(' || starts_with(text, i, "（")) ++depth;
    if (text[i] == ')' || starts_with(text, i, "）")) --depth;
    if (depth < 0) return false;
  }
  return true;
}

Finding quote_finding(const RuleContext& ctx, std::string_view section, std::string_view quote,
                      std::string message) {
  Finding f = make_finding(ctx, std::move(message));
  f.section = std::string(section);
  f.quote = std::string(quote);
  return f;
}

/// Findings of one rule about one sentence, reported one by one up to kMaxFindingsPerSentence; the rest are
/// counted and reported as one finding, so that a sentence of a megabyte cannot produce a flood of them.
constexpr size_t kMaxFindingsPerSentence = 5;

class SentenceCap {
 public:
  /// May one more finding of this sentence be reported on its own? Counts it either way.
  bool admit() { return ++count_ <= kMaxFindingsPerSentence; }
  /// The folded rest, if any: one finding quoting around the first one not reported.
  void flush(const RuleContext& ctx, std::string_view section, std::string_view quote, const char* what,
             std::vector<Finding>& out) {
    if (count_ > kMaxFindingsPerSentence)
      out.push_back(quote_finding(ctx, section, quote,
                                  "此句另有 " + std::to_string(count_ - kMaxFindingsPerSentence) + " 处" + what +
                                      "，未逐一列出（句子很长，建议分句后再核对）"));
    count_ = 0;
  }

 private:
  size_t count_ = 0;
};

/// A statement in the prose compared with one or two acceptable table values.
struct Claim {
  std::vector<std::string> cells;  ///< cells whose sum is the first acceptable value
  std::string what;                ///< "表三第一项本年新收（总计）"
  int64_t alternative = -1;        ///< a second acceptable value (新收 + 上年结转), or -1
  std::string alternative_what;
  std::string note;                ///< why the prose may differ, for the message
};

/// Codes of the 总计 cells of the outcome rows of one group: "unable" → t3.unable.1.total … t3.unable.3.total.
std::vector<std::string> outcome_totals(const FormatDef& def, const std::string& group) {
  std::vector<std::string> out;
  for (const auto& row : def.t3_rows)
    if (row.key == group || row.key.rfind(group + ".", 0) == 0) out.push_back("t3." + row.key + ".total");
  return out;
}

int64_t sum_cells(const Report& r, const std::vector<std::string>& codes) {
  int64_t s = 0;
  for (const auto& c : codes) {
    int64_t v = count_or_missing(r, c);
    if (v < 0) return -1;
    s += v;
  }
  return s;
}

/// Bytes between `word`'s occurrence nearest the number and the number: its last one in `before`, its
/// first one in `after`; npos when neither has it.
size_t distance(std::string_view before, std::string_view after, std::string_view word) {
  size_t d = std::string_view::npos;
  if (size_t at = before.rfind(word); at != std::string_view::npos) d = before.size() - at - word.size();
  if (size_t at = after.find(word); at != std::string_view::npos) d = std::min(d, at);
  return d;
}

/// Words that name a table figure; of those around a number, the nearest one decides what it is.
constexpr Keyword kTopics[] = {Keyword::Review,  Keyword::Litigation, Keyword::FiledSuit,     Keyword::Sue,
                               Keyword::CarriedOver, Keyword::Granted, Keyword::Partial,       Keyword::Denied,
                               Keyword::Unable,  Keyword::Refused,    Keyword::OtherHandling, Keyword::Concluded,
                               Keyword::Application};

/// Which table figure a quantity of `sentence` refers to, from the words of its clause: `before` (from the
/// previous quantity or clause mark up to the number), `after` (to the end of its clause, brackets
/// excluded) and `wide` (before, back to the previous ，；). False when none. Words the sentence does not
/// hold are not searched for.
bool classify(const Report& r, const Sentence& sentence, std::string_view before, std::string_view after,
              std::string_view wide, bool after_received, Claim* claim) {
  auto received = [&](const std::vector<std::string>& cols, const std::string& label) {
    claim->cells.clear();
    int64_t carried = 0, fresh = 0;
    for (const auto& col : cols) {
      claim->cells.push_back("t3.new." + col);
      int64_t c = count_or_missing(r, "t3.carried." + col), f = count_or_missing(r, "t3.new." + col);
      carried = (carried < 0 || c < 0) ? -1 : carried + c;
      fresh = (fresh < 0 || f < 0) ? -1 : fresh + f;
    }
    claim->what = "表三第一项本年新收申请（" + label + "）";
    if (carried > 0 && fresh >= 0) {
      claim->alternative = fresh + carried;
      claim->alternative_what = "新收加第二项上年结转";
      claim->note = "正文常把本年新收与上年结转合在一起，请统一口径";
    }
    return true;
  };
  auto outcome = [&](std::vector<std::string> groups, const std::string& what) {
    claim->cells.clear();
    for (const auto& g : groups)
      for (auto& code : outcome_totals(r.def(), g)) claim->cells.push_back(std::move(code));
    claim->what = "表三" + what + "（总计）";
    return true;
  };
  // "行政复议、行政诉讼案件共3件": both together ("各1件", "分别为" are not a sum).
  if (sentence.contains(wide, Keyword::Review) && sentence.contains(wide, Keyword::Lawsuit) &&
      !sentence.contains(wide, Keyword::Reconsidered) && !sentence.contains(wide, Keyword::Each) &&
      !sentence.contains(wide, Keyword::Respectively)) {
    claim->cells = {"t4.review.total", "t4.direct.total", "t4.after_review.total"};
    claim->what = "表四行政复议与行政诉讼总计之和";
    return true;
  }
  Keyword topic = Keyword::kCount;
  size_t nearest = std::string_view::npos;
  for (Keyword word : kTopics)
    if (sentence.has(word))
      if (size_t d = distance(before, after, keyword_text(word)); d < nearest) nearest = d, topic = word;
  // A word may run across the number ("予以" 3件 "公开"); searched in before + after as one text, as always.
  std::string context(before);
  context += after;
  if (topic == Keyword::Review && !contains(context, "复议后")) {
    claim->cells = {"t4.review.total"};
    claim->what = "表四行政复议总计";
    return true;
  }
  if (topic == Keyword::Litigation || topic == Keyword::FiledSuit || topic == Keyword::Sue || topic == Keyword::Review) {
    claim->cells = {"t4.direct.total", "t4.after_review.total"};
    claim->what = "表四行政诉讼总计（未经复议直接起诉与复议后起诉之和）";
    return true;
  }
  if (topic == Keyword::CarriedOver) {
    bool from_last_year = contains(context, "上年") || contains(context, "上一年");
    claim->cells = {from_last_year ? "t3.carried.total" : "t3.forward.total"};
    claim->what = from_last_year ? "表三第二项上年结转（总计）" : "表三第四项结转下年度继续办理（总计）";
    return true;
  }
  const bool granted = contains(context, "予以公开");
  const bool partial = contains(context, "部分公开");
  if ((topic == Keyword::Granted || topic == Keyword::Partial) && granted && partial)
    return outcome({"granted", "partial"}, "（一）予以公开与（二）部分公开之和");
  if (topic == Keyword::Granted) {
    outcome({"granted"}, "（一）予以公开");
    int64_t both = sum_cells(r, outcome_totals(r.def(), "granted")), part = sum_cells(r, outcome_totals(r.def(), "partial"));
    if (both >= 0 && part > 0) {
      claim->alternative = both + part;
      claim->alternative_what = "予以公开与部分公开之和";
    }
    return true;
  }
  if (topic == Keyword::Partial) return outcome({"partial"}, "（二）部分公开");
  if (topic == Keyword::Denied) return outcome({"denied"}, "（三）不予公开各项之和");
  if (topic == Keyword::Unable) return outcome({"unable"}, "（四）无法提供各项之和");
  if (topic == Keyword::Refused) return outcome({"refused"}, "（五）不予处理各项之和");
  if (topic == Keyword::OtherHandling) return outcome({"other"}, "（六）其他处理");
  if (topic == Keyword::Concluded) {
    claim->cells = {"t3.total.total"};
    claim->what = "表三（七）总计";
    return true;
  }
  const auto& cols = r.def().t3_columns;
  if (contains(context, "法人或其他组织") || contains(context, "法人和其他组织") || contains(context, "法人及其他组织")) {
    // Every applicant column but 自然人 (the first) and 总计 (the last).
    std::vector<std::string> legal;
    for (size_t c = 1; c + 1 < cols.size(); ++c) legal.push_back(cols[c].key);
    if (topic == Keyword::Application || after_received) return received(legal, "法人或其他组织");
  }
  if (topic == Keyword::Application &&
      (contains(context, "收到") || contains(context, "受理") || contains(context, "新收") || contains(context, "接收") ||
       contains(context, "共收")))
    return received({"total"}, "总计");
  if (after_received) {
    for (const auto& col : cols)
      if (col.key != "total" && contains(context, col.label)) return received({col.key}, col.label);
  }
  return false;
}

/// Position just after the last clause mark (，；, and with `split_at_enumeration` also 、) in `text`, or 0.
/// One backward pass: a mark is recognised by the byte it ends with.
size_t clause_start(std::string_view text, bool split_at_enumeration) {
  for (size_t end = text.size(); end > 0; --end) {
    if (text[end - 1] == ',' || ends_with_at(text, end, "，") || ends_with_at(text, end, "；") ||
        (split_at_enumeration && ends_with_at(text, end, "、")))
      return end;
  }
  return 0;
}

}  // namespace

void check_text_vs_tables(const RuleContext& ctx, std::vector<Finding>& out) {
  const Report& r = ctx.report;
  const ProseScan& scan = ctx.prose.overview;
  for (const Sentence& s : scan.sentences) {
    const std::string_view sentence = s.text;
    size_t prev_end = 0;
    bool after_received = false;
    const Quantity* qs = scan.quantities_of(s);
    SentenceCap cap;
    std::string_view folded;  // quote of the first finding past the cap
    for (size_t k = 0; k < s.quantity_count; ++k) {
      const Quantity& q = qs[k];
      const size_t since = prev_end;
      prev_end = q.end;
      if (q.unit != "件" || q.approximate) continue;  // only exact counts of 件 are table figures
      // The words of the number's own clause: "共收到70件申请", "1件结转下年度继续办理"; what follows in
      // brackets ("75件（其中上年结转1件）") is about another figure.
      // Searched only up to the next quantity, so that a long list stays linear.
      std::string_view after = sentence.substr(q.end, (k + 1 < s.quantity_count ? qs[k + 1].begin : sentence.size()) - q.end);
      for (std::string_view sep : {"，", "、", "；", "。", ",", "（", "("}) after = after.substr(0, after.find(sep));
      std::string_view since_prev = sentence.substr(since, q.begin - since);
      std::string_view wide = since_prev.substr(clause_start(since_prev, false));
      std::string_view before = since_prev.substr(clause_start(since_prev, true));
      Claim claim;
      if (!classify(r, s, before, after, wide, after_received, &claim)) continue;
      after_received = after_received || claim.cells.front().rfind("t3.new.", 0) == 0;
      int64_t table = sum_cells(r, claim.cells);
      if (table < 0 || q.value == table || q.value == claim.alternative) continue;
      if (!cap.admit()) {
        if (folded.empty()) folded = quote_around(sentence, q.begin, q.end);
        continue;
      }
      std::string msg = "一、总体情况写“" + std::string(sentence.substr(q.begin, q.end - q.begin)) + "”，而" +
                        claim.what + "为 " + std::to_string(table);
      if (claim.alternative >= 0)
        msg += "，" + claim.alternative_what + "为 " + std::to_string(claim.alternative) + "，两者都不相符";
      msg += "，相差 " + std::to_string(std::llabs(q.value - table));
      if (!claim.note.empty()) msg += "（" + claim.note + "）";
      Finding f = quote_finding(ctx, "overview", quote_around(sentence, q.begin, q.end), std::move(msg));
      f.cells = claim.cells;
      f.expected = std::to_string(table);
      f.actual = std::to_string(q.value);
      out.push_back(std::move(f));
    }
    cap.flush(ctx, "overview", folded, "数字与表格不符", out);
  }
}

/// Does a sentence of 六 report on fees? It names the 信息处理费, or speaks of 收费 ("未发生收费情况") or of
/// 收取 a 费 ("无向申请人收取任何费用"): real reports state it all three ways.
bool reports_fees(const Sentence& s) {
  return s.has(Keyword::ProcessingFee) || s.has(Keyword::Charging) || (s.has(Keyword::Collect) && s.has(Keyword::Fee));
}

void check_fee_statement(const RuleContext& ctx, std::vector<Finding>& out) {
  const auto& sentences = ctx.prose.other.sentences;
  if (std::any_of(sentences.begin(), sentences.end(), reports_fees)) return;
  out.push_back(make_finding(ctx, ctx.report.other.empty()
                                      ? "六、其他需要报告的事项为空；2021 格式要求在此报告信息处理费收取情况（未收取也应写明，如“本年度未收取信息处理费”）"
                                      : "六、其他需要报告的事项未提及信息处理费；2021 格式要求在此报告收取情况（未收取也应写明）"));
}

void check_overview_length(const RuleContext& ctx, std::vector<Finding>& out) {
  const size_t n = ctx.prose.overview.characters;
  if (n <= 1000) return;
  Finding f = make_finding(ctx, "一、总体情况共 " + std::to_string(n) +
                                    " 字（不计空白），2021 格式要求“篇幅原则上不超过一千字”，超出 " +
                                    std::to_string(n - 1000) + " 字");
  f.actual = std::to_string(n);
  f.expected = "1000";
  out.push_back(std::move(f));
}

void check_government_items(const RuleContext& ctx, std::vector<Finding>& out) {
  const auto& kind = agency_kind_info(ctx.report.agency_kind);
  if (!kind.is_people_government) return;
  std::string missing;
  // "考核" alone is enough ("纳入绩效考核"): the 2-character core of each item is what is looked for.
  for (auto [item, core] : {std::pair<const char*, Keyword>{"工作考核", Keyword::Assessment},
                            {"社会评议", Keyword::Appraisal},
                            {"责任追究", Keyword::Accountability}})
    if (!ctx.prose.overview.has(core)) missing += (missing.empty() ? "" : "、") + std::string(item);
  if (missing.empty()) return;
  out.push_back(make_finding(ctx, std::string("本机关类型为“") + kind.label +
                                      "”，按条例第五十条，总体情况应包括工作考核、社会评议和责任追究结果情况；未提及：" +
                                      missing));
}

void check_identity(const RuleContext& ctx, std::vector<Finding>& out) {
  const Report& r = ctx.report;
  if (r.year == 0) out.push_back(make_finding(ctx, "报告年度未填写"));
  // Only spaces, full-width or not, is unfilled too.
  if (count_characters(r.agency, true) == 0) out.push_back(make_finding(ctx, "机关名称未填写"));
}

void check_agency_kind(const RuleContext& ctx, std::vector<Finding>& out) {
  if (ctx.report.agency_kind != AgencyKind::Unspecified) return;
  out.push_back(make_finding(ctx, "未选择机关类型：总体情况是否须写工作考核、社会评议和责任追究结果，以及发布期限，都取决于它；"
                                  "请在“机关类型”中选择（选择前这两项不校验）"));
}

void check_years(const RuleContext& ctx, std::vector<Finding>& out) {
  const Report& r = ctx.report;
  if (r.year == 0) return;  // M1 says the year is missing; nothing to compare with
  for (const char* key : {"overview", "problems", "other"}) {
    std::string_view reported;  // one finding per sentence, even when it names the wrong year twice
    for (const auto& st : find_year_statements(*ctx.prose.section(key))) {
      if (st.year == r.year || st.sentence.data() == reported.data()) continue;
      reported = st.sentence;
      Finding f = quote_finding(ctx, key, quote_around(st.sentence, st.at, st.at + 4),
                                "正文所称报告期为 " + std::to_string(st.year) + " 年，与报告年度 " +
                                    std::to_string(r.year) + " 年不符");
      f.expected = std::to_string(r.year);
      f.actual = std::to_string(st.year);
      out.push_back(std::move(f));
    }
  }
  if (int y = leading_year(ctx.prose.overview); y > 0 && y != r.year) {
    Finding f = quote_finding(ctx, "overview", quote_around(ctx.prose.overview.sentences.front().text, 0, 4),
                              "一、总体情况开头写的是 " + std::to_string(y) + " 年，与报告年度 " + std::to_string(r.year) +
                                  " 年不符（是否沿用了往年文字？）");
    f.expected = std::to_string(r.year);
    f.actual = std::to_string(y);
    out.push_back(std::move(f));
  }
  if (r.published.empty()) return;
  const std::optional<CalendarDate> date = parse_iso_date(r.published);
  std::string msg;
  if (!date)
    msg = "发布日期“" + r.published + "”不是有效日期，应写成 YYYY-MM-DD";
  else if (date->number() <= r.year * 10000 + 1231)
    msg = "发布日期 " + r.published + " 不晚于报告年度末（" + std::to_string(r.year) + "-12-31），年度报告应在次年发布";
  if (msg.empty()) return;
  Finding f = make_finding(ctx, msg);
  f.actual = r.published;
  out.push_back(std::move(f));
}

void check_deadline(const RuleContext& ctx, std::vector<Finding>& out) {
  const Report& r = ctx.report;
  const auto& kind = agency_kind_info(r.agency_kind);
  const std::optional<CalendarDate> date = parse_iso_date(r.published), deadline = publication_deadline(r);
  if (!date || !deadline || date->number() <= deadline->number()) return;
  const std::string when = deadline->iso();
  Finding f = make_finding(ctx, std::string("发布日期 ") + r.published + " 晚于“" + kind.label + "”的法定期限 " + when);
  f.expected = when;
  f.actual = r.published;
  out.push_back(std::move(f));
}

void check_format_year(const RuleContext& ctx, std::vector<Finding>& out) {
  const Report& r = ctx.report;
  std::string msg;
  if (r.year == 0) return;
  const FormatInfo& used = format_info(r.format);
  const FormatInfo& due = format_info(format_for_year(r.year));
  const FormatInfo& first = format_info(all_formats().front());
  if (due.version != used.version)
    msg = std::to_string(r.year) + " 年度报告应使用 " + due.name + " 格式（" + due.notice + "），" +
          (due.version > used.version ? std::string("本报告使用 ") + used.name + " 格式"
                                      : std::string(used.name) + " 格式自 " + std::to_string(used.first_year) +
                                            " 年度报告起适用");
  else if (r.year < first.first_year)
    msg = std::to_string(r.year) + " 年度早于统一格式（" + std::to_string(first.first_year) + " 年度起），表格口径可能不同";
  if (!msg.empty()) out.push_back(make_finding(ctx, msg));
}

void check_other_share(const RuleContext& ctx, std::vector<Finding>& out) {
  const Report& r = ctx.report;
  const std::string row = format_info(r.format).other_row;
  int64_t other = count_or_missing(r, "t3." + row + ".total"), total = count_or_missing(r, "t3.total.total");
  if (other < 3 || total <= 0 || other * 5 <= total) return;
  const std::string label = format_info(r.format).other_row_label;
  Finding f = make_finding(ctx, "表三" + label + "为 " + std::to_string(other) + " 件，占（七）总计 " +
                                    std::to_string(total) + " 件的 " + std::to_string(other * 100 / total) +
                                    "%（超过 20%）；“其他处理”偏高，请在正文说明具体情形");
  f.cells = {"t3." + row + ".total", "t3.total.total"};
  f.actual = std::to_string(other);
  out.push_back(std::move(f));
}

/// Parts of one "共X件，其中…" considered at most: real breakdowns list a handful; this bounds the work.
constexpr size_t kMaxParts = 200;

/// What N9 reads as one statement: sentences joined while they end with "；", since a breakdown is often
/// listed as "其中：政策文件10条；工作动态20条。". Quantities are given with offsets into the joined text and the
/// sentence (0, 1, …) each comes from.
struct Statement {
  std::string_view text;
  std::vector<Quantity> quantities;
  std::vector<size_t> sentence_of;
  KeywordSet keywords = 0;
};

/// Statement made of sentences [first, last] of `scan`.
Statement join_sentences(const ProseScan& scan, size_t first, size_t last) {
  Statement st;
  const char* begin = scan.sentences[first].text.data();
  const Sentence& end = scan.sentences[last];
  st.text = std::string_view(begin, static_cast<size_t>(end.text.data() + end.text.size() - begin));
  for (size_t s = first; s <= last; ++s) {
    const Sentence& sentence = scan.sentences[s];
    const size_t shift = static_cast<size_t>(sentence.text.data() - begin);
    const Quantity* qs = scan.quantities_of(sentence);
    for (size_t k = 0; k < sentence.quantity_count; ++k) {
      Quantity q = qs[k];
      q.begin += shift;
      q.end += shift;
      st.quantities.push_back(q);
      st.sentence_of.push_back(s - first);
    }
    st.keywords |= sentence.keywords;
  }
  return st;
}

/// Parts after a "其中" summed up to a point of the list.
struct PartSum {
  int64_t sum = 0;
  size_t parts = 0;
  size_t last = 0;  ///< index of the last part counted
  bool approximate = false;
};

void check_statement_sums(const RuleContext& ctx, const char* key, const Statement& st, std::vector<Finding>& out) {
  const std::string_view sentence = st.text;
  const auto& qs = st.quantities;
  SentenceCap cap;
  std::string_view folded;
  for (size_t i = 0; i + 2 < qs.size(); ++i) {
    // The total is the quantity right before "其中"; parts follow with the same measure word.
    std::string_view between = sentence.substr(qs[i].end, qs[i + 1].begin - qs[i].end);
    size_t qizhong = between.find("其中");
    if (qizhong == std::string_view::npos) continue;
    size_t scanned = qs[i].end + qizhong;  // brackets are counted from "其中" on, once
    int depth = 0;
    bool too_large = false;
    PartSum list{0, 0, i, qs[i].approximate};
    // The list may end at a "；" (what follows is then another statement) or go on across it: it is taken
    // to end at the first such point where it adds up, else the first with two parts or more is reported.
    bool adds_up = false;
    std::optional<PartSum> reported;
    auto list_may_end = [&] {
      adds_up = adds_up || (list.parts > 0 && list.sum == qs[i].value);
      if (!reported && list.parts >= 2) reported = list;
    };
    for (size_t k = i + 1; k < qs.size() && k <= i + kMaxParts && qs[k].unit == qs[i].unit; ++k) {
      const std::string_view gap = sentence.substr(qs[k - 1].end, qs[k].begin - qs[k - 1].end);
      if (k > i + 1 && contains(gap, "其中")) break;
      // the bracket holding the breakdown has closed
      if (!track_depth(sentence.substr(scanned, qs[k].begin - scanned), depth)) break;
      scanned = qs[k].begin;
      if (depth > 0) continue;  // a sub-breakdown of the previous part: "197条（政府32条、部门165条）"
      // "其中行政许可57项，可全程网办的有45项": a subset of the total described by a property, not a part.
      const std::string_view clause = gap.substr(clause_start(gap, true));
      if (((st.keywords & (bit(Keyword::SubsetOf) | bit(Keyword::SubsetAmong))) != 0) &&
          (contains(clause, "的有") || contains(clause, "中有")))
        break;
      if (k > i + 1 && st.sentence_of[k] != st.sentence_of[k - 1]) list_may_end();
      list.approximate = list.approximate || qs[k].approximate;
      list.sum += qs[k].value;  // each part is at most kMaxQuantity and the sum stops there: no overflow
      too_large = too_large || list.sum > kMaxQuantity;
      if (too_large) break;
      ++list.parts;
      list.last = k;
    }
    list_may_end();
    if (!reported || adds_up || too_large || reported->approximate) continue;
    const PartSum& part = *reported;
    const std::string_view quote = quote_around(sentence, qs[i].begin, qs[part.last].end);
    if (!cap.admit()) {
      if (folded.empty()) folded = quote;
      i = part.last;
      continue;
    }
    std::string stated(sentence.substr(qs[i].begin, qs[i].end - qs[i].begin));
    std::string msg = "正文“" + stated + "”的 " + std::to_string(part.parts) + " 个分项之和为 " +
                      std::to_string(part.sum) + std::string(qs[i].unit) + "，与总数 " + std::to_string(qs[i].value) +
                      " 相差 " + std::to_string(std::llabs(part.sum - qs[i].value));
    if (part.sum < qs[i].value) msg += "（若只列举了部分分项，可忽略）";
    Finding f = quote_finding(ctx, key, quote, msg);
    f.expected = std::to_string(part.sum);
    f.actual = std::to_string(qs[i].value);
    out.push_back(std::move(f));
    i = part.last;
  }
  cap.flush(ctx, key, folded, "分项之和与总数不符", out);
}

void check_prose_sums(const RuleContext& ctx, std::vector<Finding>& out) {
  for (const char* key : {"overview", "problems", "other"}) {
    const ProseScan& scan = *ctx.prose.section(key);
    for (size_t first = 0; first < scan.sentences.size();) {
      size_t last = first;
      KeywordSet words = scan.sentences[first].keywords;
      while (last + 1 < scan.sentences.size() && ends_with_at(scan.sentences[last].text, scan.sentences[last].text.size(), "；"))
        words |= scan.sentences[++last].keywords;
      if ((words & bit(Keyword::Among)) != 0) check_statement_sums(ctx, key, join_sentences(scan, first, last), out);
      first = last + 1;
    }
  }
}

// --- the rules of this file -----------------------------------------------------------------------

void register_narrative_rules(RuleTable& table) {
  table.insert(table.end(), {
      {"M1", Severity::Error, "报告年度与机关名称必须填写（未填写年度时，与年度有关的校验不进行）",
       kAllFormats, false, "meta", 0, nullptr, check_identity},
      {"M2", Severity::Warning, "机关类型须选择（决定是否须写工作考核、社会评议和责任追究结果，以及发布期限）",
       kAllFormats, false, "meta", 0, nullptr, check_agency_kind},
      {"N1", Severity::Warning, "总体情况中的收到申请、办理结果（予以公开、无法提供等）、办结、结转、行政复议、行政诉讼件数与表三、表四一致",
       kAllFormats, false, "overview", 0, nullptr, check_text_vs_tables},
      {"N2", Severity::Warning, "六、其他需要报告的事项须报告信息处理费收取情况（含未收取的说明）",
       only(FormatVersion::v2021), false, "other", 0, nullptr, check_fee_statement},
      {"N3", Severity::Warning, "一、总体情况篇幅原则上不超过一千字（不计空白）",
       only(FormatVersion::v2021), false, "overview", 0, nullptr, check_overview_length},
      {"N4", Severity::Warning, "各级人民政府：总体情况须包括工作考核、社会评议和责任追究结果情况",
       kAllFormats, false, "overview", 0, nullptr, check_government_items},
      {"N5", Severity::Warning, "年度一致：正文所称统计期限、本年度及总体情况开头的年份与报告年度相同；发布日期晚于年度末",
       kAllFormats, false, "meta", 0, nullptr, check_years},
      {"N6", Severity::Warning, "发布日期不晚于该类机关的法定期限（部门、乡镇 1月31日；县 2月20日；市 3月10日；省及垂直 3月31日）",
       kAllFormats, false, "meta", 0, nullptr, check_deadline},
      {"N7", Severity::Warning, "表格格式与报告年度相符（2021 年起用 2021 格式；2019、2020 年用 2019 格式）",
       kAllFormats, false, "meta", 0, nullptr, check_format_year},
      {"N8", Severity::Warning, "“其他处理”占比偏高（超过（七）总计的 20% 且不少于 3 件），需说明情况",
       kAllFormats, false, "table3", 3, nullptr, check_other_share},
      {"N9", Severity::Warning, "正文中“共…，其中…”的分项之和与总数不符（“余”“多”“约”等约数不核对）",
       kAllFormats, false, "overview", 0, nullptr, check_prose_sums},
  });
}

}  // namespace nianbao::rules
