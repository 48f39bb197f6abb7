// example_hash.cpp — `nianbao.html#example=2021` (or 2019) opens the editor's built-in example report,
// so scripts/run.sh and links in documentation show a filled report at once.
#include <cstdlib>
#include <string>

#include "examples.h"
#include "js_bridge.h"
#include "shell.h"

namespace nianbao::web {

void open_example_from_hash() {
  char* raw = nb_js_location_hash();
  std::string hash = raw ? raw : "";
  std::free(raw);
  const std::string prefix = "example=";
  if (hash.compare(0, prefix.size(), prefix) != 0) return;
  auto format = parse_format_name(hash.substr(prefix.size()));
  if (!format) return;  // an unknown year: the editor simply starts as usual
  app().load_report(save_report_json(ui::example_report(*format)));
}

}  // namespace nianbao::web
