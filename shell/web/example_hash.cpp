// example_hash.cpp — `nianbao.html#example=2021` (or 2019) opens the editor's built-in example report,
// so scripts/run.sh and links in documentation show a filled report at once.
#include <cstdlib>
#include <string>
#include <string_view>

#include "js_bridge.h"
#include "shell.h"

namespace nianbao::web {

void open_example_from_hash() {
  char* raw = nb_js_location_hash();
  std::string hash = raw ? raw : "";
  std::free(raw);
  const std::string prefix = "example=";
  if (hash.compare(0, prefix.size(), prefix) != 0) return;
  app().open_example(std::string_view(hash).substr(prefix.size()));  // an unknown year: starts as usual
}

}  // namespace nianbao::web
