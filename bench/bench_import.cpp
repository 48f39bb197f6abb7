// bench_import.cpp — median time of import_report per sample (../shared/samples) and per layout fixture
// (tests/data/import: PDF-viewer text, markdown, typos, traditional characters, …), in milliseconds.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "nianbao/import.h"

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 21;
  const std::string dir = NIANBAO_SHARED_DIR "/samples/";
  std::vector<std::string> files{dir + "yanshi-2020.txt"};
  for (int y = 2019; y <= 2025; ++y)
    for (const char* ext : {".html", ".txt"}) files.push_back(dir + "real/pingtan-" + std::to_string(y) + ext);
  for (const char* n : {"real/format-2019-notice.html", "real/format-2021-notice.html"}) files.push_back(dir + n);
  // The layout fixtures (UTF-8 ones; the GBK page is converted by the shells before the core sees it).
  for (const char* n : {"pdf-viewer.txt", "markdown-groups.md", "split-title.txt", "agency-in-body.txt", "typos.txt",
                        "traditional.html", "hybrid.txt", "renumbered.txt", "run-together.txt"})
    files.push_back(std::string(NIANBAO_SOURCE_DIR "/tests/data/import/") + n);
  std::printf("%-32s %9s %10s %8s\n", "sample", "bytes", "median ms", "cells");
  for (const auto& path : files) {
    const std::string f = path.substr(path.find_last_of('/') + 1);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::printf("%-32s SKIPPED (../shared absent)\n", f.c_str());
      continue;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string input = ss.str();
    std::vector<double> ms;
    size_t filled = 0;
    for (int i = 0; i < runs; ++i) {
      auto t0 = std::chrono::steady_clock::now();
      nianbao::ImportResult r = nianbao::import_report(input, f);
      auto t1 = std::chrono::steady_clock::now();
      ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
      filled = 0;
      for (const auto& c : r.report.cells) filled += c.filled;
    }
    std::nth_element(ms.begin(), ms.begin() + ms.size() / 2, ms.end());
    std::printf("%-32s %9zu %10.2f %8zu\n", f.c_str(), input.size(), ms[ms.size() / 2], filled);
  }
  return 0;
}
