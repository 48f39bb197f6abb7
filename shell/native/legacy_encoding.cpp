// legacy_encoding.cpp — see legacy_encoding.h.
#include "legacy_encoding.h"

#include <iconv.h>

namespace nianbao::native {

std::optional<std::string> gb18030_to_utf8(std::string_view in) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(in.size() * 2 + 16, '\0');
  std::string copy(in);  // iconv's input is a non-const char*
  char* src = copy.data();
  size_t src_left = copy.size();
  char* dst = out.data();
  size_t dst_left = out.size();
  size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
  iconv_close(cd);
  if (rc == static_cast<size_t>(-1) || src_left != 0) return std::nullopt;
  out.resize(out.size() - dst_left);
  return out;
}

}  // namespace nianbao::native
