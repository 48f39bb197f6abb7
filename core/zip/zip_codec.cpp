// zip_codec.cpp — deflate, inflate and CRC-32 from stb (Debian libstb-dev), the only translation unit
// that compiles stb's implementations. stb_image's zlib decoder writes into a fixed buffer and fails
// when the stream would overflow it, which is what caps an entry at its declared size; stb_image_write's
// zlib encoder and CRC-32 are the ones it uses for PNG.
#include "zip/zip.h"

#include <climits>
#include <cstdlib>

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wdouble-promotion"
#endif
// Only the zlib part of stb_image is used: no image format but PNG (which keeps zlib), no stdio.
#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#include <stb/stb_image.h>
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include <stb/stb_image_write.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace nianbao::zip::codec {

std::string deflate(std::string_view in) {
  if (in.size() > INT_MAX) return {};
  int len = 0;
  // quality 8: stb's default for PNG. The zlib wrapper (2-byte header, 4-byte Adler-32) is stripped:
  // ZIP stores raw deflate.
  unsigned char* z = stbi_zlib_compress(reinterpret_cast<unsigned char*>(const_cast<char*>(in.data())),
                                        static_cast<int>(in.size()), &len, 8);
  if (!z) return {};
  std::string out;
  if (len >= 6) out.assign(reinterpret_cast<const char*>(z) + 2, static_cast<size_t>(len) - 6);
  STBIW_FREE(z);
  return out;
}

long inflate(std::string_view in, std::string& out) {
  if (in.size() > INT_MAX - 8 || out.size() > INT_MAX) return -1;
  // stb_image 2.27 (bookworm) rejects a valid stream whose last code ends in the buffer's final bytes:
  // in PNG the 4-byte Adler-32 always follows. Padding stands in for it; a truncated stream still fails
  // the caller's size and CRC-32 checks.
  std::string padded(in);
  padded.append(8, '\0');
  return stbi_zlib_decode_noheader_buffer(out.data(), static_cast<int>(out.size()), padded.data(),
                                          static_cast<int>(padded.size()));
}

uint32_t crc32(std::string_view data) {
  if (data.size() > INT_MAX) return 0;
  return stbiw__crc32(reinterpret_cast<unsigned char*>(const_cast<char*>(data.data())), static_cast<int>(data.size()));
}

}  // namespace nianbao::zip::codec
