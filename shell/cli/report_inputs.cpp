// report_inputs.cpp — reading many reports: folders, JSON or import, every core (report_inputs.h).
#include "report_inputs.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "file_io.h"
#include "legacy_encoding.h"
#include "nianbao/aggregate.h"
#include "nianbao/report_input.h"
#include "nianbao/text.h"

namespace nianbao::cli {

namespace fs = std::filesystem;

namespace {

std::string lower_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return ext;
}

bool is_report_file(const fs::path& p) {
  static const char* const kExtensions[] = {".json", ".html", ".htm", ".txt", ".docx", ".doc", ".wps"};
  const std::string ext = lower_extension(p.string());
  return std::any_of(std::begin(kExtensions), std::end(kExtensions), [&](const char* e) { return ext == e; });
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> out;
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (in == "-" || !fs::is_directory(in, ec)) {
      out.push_back(in);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (it->is_regular_file(ec) && is_report_file(it->path()) && name[0] != '.' && name.rfind("~$", 0) != 0)
        found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end(), text::less_for_people);  // 第2局 before 第10局, as the workbench lists them
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

LoadedReport load_any_report(const std::string& path) {
  LoadedReport out;
  out.path = path;
  std::string error;
  auto bytes = read_text(path, &error, &out.note);
  if (!bytes) {
    out.error = error;
    return out;
  }
  out.sha256 = sha256_hex(*bytes);
  ReportInput in = read_report_input(path, std::move(*bytes), native::gb18030_to_utf8);
  if (!in.note.empty()) out.note += (out.note.empty() ? "" : "；") + path + " " + in.note;
  if (!in.ok) {
    out.error = path + "：" + in.error;
    return out;
  }
  out.report = std::move(in.report);
  out.imported = in.imported;
  out.ok = true;
  return out;
}

void parallel_for(size_t n, const std::function<void(size_t)>& work,
                  const std::function<void(size_t, size_t)>& progress) {
  std::atomic<size_t> next{0}, done{0};
  auto loop = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n; done.fetch_add(1)) work(i);
  };
  const size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const size_t workers = std::min<size_t>(n, cores);
  std::vector<std::thread> threads;
  for (size_t t = progress ? 0 : 1; t < workers; ++t) threads.emplace_back(loop);
  if (!progress) loop();
  while (progress && done.load() < n) {
    progress(done.load(), n);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  for (auto& t : threads) t.join();
  if (progress) progress(n, n);
}

std::vector<LoadedReport> load_reports(const std::vector<std::string>& paths,
                                       const std::function<void(size_t, size_t)>& progress) {
  std::vector<LoadedReport> out(paths.size());
  parallel_for(paths.size(), [&](size_t i) { out[i] = load_any_report(paths[i]); }, progress);
  return out;
}

std::vector<std::string> take_list_option(std::vector<std::string>* args, const std::string& name, bool* present) {
  std::vector<std::string> values, rest;
  *present = false;
  for (size_t i = 0; i < args->size(); ++i) {
    const std::string& a = (*args)[i];
    if (a.rfind(name + "=", 0) == 0) {
      *present = true;
      values.push_back(a.substr(name.size() + 1));
    } else if (a == name) {
      *present = true;
      while (i + 1 < args->size() && ((*args)[i + 1].empty() || (*args)[i + 1][0] != '-' || (*args)[i + 1] == "-"))
        values.push_back((*args)[++i]);
    } else {
      rest.push_back(a);
    }
  }
  *args = std::move(rest);
  return values;
}

}  // namespace nianbao::cli
