// idle_test.cpp — an idle editor costs little: after the first frames, drawing allocates nothing on the
// C++ heap (ImGui's own buffers use ImGui's allocator and are reused), and it asks the shell for no frames.
#include <atomic>
#include <cstdlib>
#include <new>

#include <doctest/doctest.h>

#include "harness.h"

namespace {
std::atomic<long> g_news{0};
}  // namespace

// GCC pairs the replaced operator new/delete below with their standard forms and warns; they do match (malloc/free).
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"

// Counts every operator new of this test program (ImGui allocates with malloc, not operator new).
void* operator new(std::size_t n) {
  ++g_news;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

TEST_CASE("idle frames of a filled report allocate nothing") {
  for (const char* example : {"example.2021", "example.2019"}) {
    nianbao::test::Harness h;
    h.click(example);
    ImGui::GetIO().AddMousePosEvent(-1000, -1000);  // the pointer left the page: no hover, no tooltip
    h.frames(5);
    const long before = g_news.load();
    const long requests = nianbao::platform::native::frame_requests();
    h.frames(30);
    CHECK_MESSAGE(nianbao::platform::native::frame_requests() == requests, "an idle editor asks for no frames");
    CHECK_MESSAGE(g_news.load() - before == 0, std::string(example) << ": " << (g_news.load() - before) << " allocations in 30 idle frames");
  }
}
