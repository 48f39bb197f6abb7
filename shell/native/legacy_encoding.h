// legacy_encoding.h — GB18030 (a superset of GBK and GB2312) to UTF-8 with the C library's iconv, for the
// native shells: the CLI's import and the native platform's decode_gbk. The core reads UTF-8 only.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nianbao::native {

/// UTF-8 text of GB18030 bytes; nullopt when the bytes are not GB18030 either (or iconv lacks the table).
std::optional<std::string> gb18030_to_utf8(std::string_view in);

}  // namespace nianbao::native
