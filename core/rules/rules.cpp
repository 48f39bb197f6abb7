// rules.cpp — the rule table and the engine that runs it (rules.h).
//
// Index
//   rule_specs ......... every rule file's rows, in print order
//   compiled_rules ..... relations of a format, built once
//   helpers ............ cell names, finding construction
//   rule_list .......... public view of the table
//   check_report ....... run, mark reviewed findings dismissed, order by section then rule
#include <algorithm>
#include <iterator>
#include <optional>
#include <string_view>
#include <utility>

#include "rules/narrative.h"
#include "rules/rule_engine.h"
#include "nianbao/rules.h"

namespace nianbao {
namespace rules {

namespace {

// Every rules file, called once (explicitly: a static library drops self-registering objects).
constexpr void (*kRegistrars[])(RuleTable&) = {register_value_rules, register_identity_rules,
                                               register_narrative_rules, register_cross_year_rules,
                                               register_aggregate_rules, register_similarity_rules};

// Print order: rule families of format-spec §4 (C, N, CY) with the product's own (E, A, M, U) where the
// README lists them; a family not listed sorts last. Within a family, by number ("C3.4" < "C4.1").
constexpr std::string_view kFamilyOrder[] = {"C", "E", "I", "A", "M", "U", "N", "CY", "H", "S"};

std::pair<size_t, std::string_view> family_and_number(std::string_view id) {
  size_t digits = id.find_first_of("0123456789");
  std::string_view family = id.substr(0, digits);
  for (size_t i = 0; i < std::size(kFamilyOrder); ++i)
    if (family == kFamilyOrder[i]) return {i, id.substr(digits == std::string_view::npos ? id.size() : digits)};
  return {std::size(kFamilyOrder), id};
}

RuleTable build_rule_table() {
  RuleTable t;
  for (auto registrar : kRegistrars) registrar(t);
  std::stable_sort(t.begin(), t.end(), [](const RuleSpec& a, const RuleSpec& b) {
    return family_and_number(a.id) < family_and_number(b.id);
  });
  return t;
}


CompiledRules compile(FormatVersion v) {
  const FormatDef& def = format_def(v);
  CompiledRules c;
  for (size_t i = 0; i < rule_specs().size(); ++i)
    if (rule_specs()[i].relations) rule_specs()[i].relations(def, static_cast<int>(i), c.relations);
  c.relations_of_cell.resize(def.cells.size());
  for (size_t r = 0; r < c.relations.size(); ++r) {
    for (int cell : c.relations[r].lhs) c.relations_of_cell[static_cast<size_t>(cell)].push_back(static_cast<int>(r));
    for (int cell : c.relations[r].rhs) c.relations_of_cell[static_cast<size_t>(cell)].push_back(static_cast<int>(r));
  }
  for (size_t i = 0; i < def.cells.size(); ++i) {
    const CellDef& d = def.cells[i];
    c.cells_of_table[d.table].push_back(static_cast<int>(i));
    if (d.kind == ValueKind::Amount) c.amount_cells.push_back(static_cast<int>(i));
    c.kind_of.push_back(d.kind);
  }
  return c;
}

const char* const kSectionOrder[] = {"meta", "overview", "table2", "table3", "table4", "problems", "other"};

int section_rank(const std::string& s) {
  for (int i = 0; i < 7; ++i)
    if (s == kSectionOrder[i]) return i;
  return 7;
}

}  // namespace

const std::vector<RuleSpec>& rule_specs() {
  static const RuleTable table = build_rule_table();
  return table;
}

int rule_index(std::string_view id) {
  for (size_t i = 0; i < rule_specs().size(); ++i)
    if (id == rule_specs()[i].id) return static_cast<int>(i);
  return -1;
}

const CompiledRules& compiled_rules(FormatVersion v) {
  static const std::vector<CompiledRules> all = [] {
    std::vector<CompiledRules> out;
    for (FormatVersion f : all_formats()) out.push_back(compile(f));
    return out;
  }();
  return all[static_cast<size_t>(v)];
}

std::string cell_name(const FormatDef& def, int index) {
  const CellDef& d = def.cells[static_cast<size_t>(index)];
  return d.row_label + " · " + d.column_label;
}

Finding make_finding(const RuleContext& ctx, std::string message) {
  Finding f;
  f.rule = ctx.spec.id;
  f.severity = ctx.spec.severity;
  f.section = ctx.spec.section;
  f.message = std::move(message);
  return f;
}

int64_t count_or_missing(const Report& r, std::string_view code) {
  int i = r.def().cell_index(code);
  if (i < 0) return -1;
  const CellValue& v = r.cells[static_cast<size_t>(i)];
  return v.filled ? v.count : -1;
}

}  // namespace rules

const std::vector<RuleInfo>& rule_list() {
  static const std::vector<RuleInfo> list = [] {
    std::vector<RuleInfo> out;
    for (const auto& r : rules::rule_specs()) {
      RuleInfo info{r.id, r.severity, r.summary, r.needs_previous, {}};
      for (FormatVersion f : all_formats())
        if (rules::applies(r.formats, f)) info.formats.push_back(f);
      out.push_back(std::move(info));
    }
    return out;
  }();
  return list;
}

namespace {

/// A report whose cell vector does not match its format (built by hand rather than by load_report_json
/// or new_report) is checked as if the missing cells were empty.
const Report& with_all_cells(const Report& r, std::optional<Report>& storage) {
  if (r.cells.size() == r.def().cells.size()) return r;
  storage = r;
  storage->cells.resize(r.def().cells.size());
  return *storage;
}

}  // namespace

std::vector<Finding> check_report(const Report& given, const Report* given_previous,
                                  const std::vector<const Report*>* units) {
  std::vector<Finding> out;
  std::optional<Report> report_storage, previous_storage;
  const Report& report = with_all_cells(given, report_storage);
  const Report* previous = given_previous ? &with_all_cells(*given_previous, previous_storage) : nullptr;
  const auto& specs = rules::rule_specs();
  const FormatDef& def = report.def();
  const Prose prose(report);
  for (size_t i = 0; i < specs.size(); ++i) {
    const auto& spec = specs[i];
    if (!spec.check) continue;
    if (spec.needs_previous && !previous) continue;
    if (!rules::applies(spec.formats, report.format)) continue;
    rules::RuleContext ctx{report, previous, def, spec, static_cast<int>(i), prose, units};
    spec.check(ctx, out);
  }
  rules::check_identities(report, out);
  rules::drop_import_shadowed(report, out);
  if (out.empty()) return out;

  for (auto& f : out) {
    // A reviewer may accept a warning, never an impossible value or a failed identity: a file must not be
    // able to silence its own errors in a supervisor's batch check.
    if (f.severity == Severity::Error || f.severity == Severity::Inconsistency) continue;
    for (const auto& review : report.reviews) {
      if (review.finding_key == f.key()) {
        f.dismissed = true;
        f.dismiss_reason = review.reason;
        break;
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    int sa = rules::section_rank(a.section), sb = rules::section_rank(b.section);
    if (sa != sb) return sa < sb;
    return rules::rule_index(a.rule) < rules::rule_index(b.rule);
  });
  return out;
}

}  // namespace nianbao
