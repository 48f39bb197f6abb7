// report_inputs.h — many reports at once for `batch`, `aggregate` and `check --units`: folders walked,
// JSON loaded, published pages / text / Word imported first, read on every core.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "nianbao/report.h"

namespace nianbao::cli {

/// One input read: a report or why not.
struct LoadedReport {
  std::string path;
  bool ok = false;
  std::string error;      ///< Chinese, starting with the path
  std::string note;       ///< conversions done (UTF-16, GBK), for stderr
  Report report;
  std::string sha256;     ///< of the file's bytes
  bool imported = false;  ///< read by the importer (not report JSON)
};

/// Files named and the report files inside folders named (recursively: .json .html .htm .txt .docx, and .doc
/// .wps so that they are reported with advice), folders' files sorted by path. Paths that do not exist are
/// kept, so that loading names them.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs);

/// Reads one input: report JSON as is, anything else through the importer (GBK converted).
LoadedReport load_any_report(const std::string& path);

/// load_any_report over `paths` on every core, results in the order of `paths` (progress as parallel_for).
std::vector<LoadedReport> load_reports(const std::vector<std::string>& paths,
                                       const std::function<void(size_t, size_t)>& progress = {});

/// Runs `work(i)` for i in [0, n) on every core. With `progress`, the calling thread calls progress(done, n)
/// about ten times a second while the others work, and once at the end.
void parallel_for(size_t n, const std::function<void(size_t)>& work,
                  const std::function<void(size_t, size_t)>& progress = {});

/// Removes `name` and the values after it (up to the next argument starting with "-") from *args, returning
/// the values; *present tells whether the option was there. "--name=VALUE" counts as one value.
std::vector<std::string> take_list_option(std::vector<std::string>* args, const std::string& name, bool* present);

}  // namespace nianbao::cli
