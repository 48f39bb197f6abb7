// file_io.cpp — reading inputs and writing outputs atomically.
#include "file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

namespace nianbao::cli {

std::optional<std::string> read_file(const std::string& path, std::string* error, size_t max_bytes) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) {
    *error = path + "：无法读取（" + std::strerror(errno) + "）";
    return std::nullopt;
  }
  if (S_ISDIR(st.st_mode)) {
    *error = path + "：是文件夹，不是文件";
    return std::nullopt;
  }
  if (static_cast<size_t>(st.st_size) > max_bytes) {
    *error = path + "：文件过大（" + std::to_string(st.st_size >> 20) + " MB）";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + "：无法打开（" + std::strerror(errno) + "）";
    return std::nullopt;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    *error = path + "：读取失败";
    return std::nullopt;
  }
  return bytes;
}

std::string write_file_atomic(const std::string& path, const std::string& bytes) {
  if (path == "-") {
    std::cout << bytes;
    std::cout.flush();
    return std::cout ? std::string() : std::string("写入标准输出失败");
  }
  const std::string tmp = path + ".tmp-" + std::to_string(getpid());
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return path + "：无法写入（" + std::strerror(errno) + "）";
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = (std::fflush(f) == 0) && ok;
  ok = (fsync(fileno(f)) == 0) && ok;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::string msg = path + "：写入失败（" + std::strerror(errno) + "），原文件未改动";
    std::remove(tmp.c_str());
    return msg;
  }
  return {};
}

}  // namespace nianbao::cli
