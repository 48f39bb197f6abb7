// font_web.cpp — ImGui's glyph loader in the browser: every glyph is drawn by the browser with the computer's
// own fonts (library_glyphs.js, Canvas 2D) instead of a font embedded in the page.
//
// ImGui 1.92 asks for a glyph the first time it is drawn at a size and raster density, so a new
// devicePixelRatio (browser zoom, another monitor) gets freshly drawn, sharp glyphs by itself.
//
// Index
//   proportions ...... em size and baseline within ImGui's line height
//   loader ........... ImFontLoader callbacks: baked metrics, glyph advance, glyph bitmap
//   setup_fonts ...... the one font, and the check for Chinese fonts on this computer
#include <cstdlib>

#include "imgui.h"
#include "imgui_internal.h"
#include "js_bridge.h"
#include "shell.h"

namespace nianbao::web {
namespace {

// --- proportions
// ImGui's font size is the line height. The editor's layout was made with WenQuanYi Micro Hei under
// stb_truetype, whose em is 2048/2401 of the line and whose baseline is 1918/2401 below the line top; the
// browser's fonts keep those proportions, whichever font the computer has, so layouts do not move.
constexpr float kEmPerLine = 2048.0f / 2401.0f;
constexpr float kAscentPerLine = 1918.0f / 2401.0f;
constexpr float kDescentPerLine = 483.0f / 2401.0f;

// --- loader
float raster_density(const ImFontConfig* src, const ImFontBaked* baked) {
  return src->RasterizerDensity * baked->RasterizerDensity;
}

bool contains_glyph(ImFontAtlas*, ImFontConfig*, ImWchar) {
  return true;  // the browser draws every character: with a font that has it, or as the replacement box
}

bool baked_init(ImFontAtlas*, ImFontConfig*, ImFontBaked* baked, void*) {
  baked->Ascent = ImCeil(baked->Size * kAscentPerLine);
  baked->Descent = ImFloor(-baked->Size * kDescentPerLine);
  return true;
}

bool load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
                ImFontGlyph* out_glyph, float* out_advance_x) {
  const float density = raster_density(src, baked);
  const float em_px = baked->Size * kEmPerLine * density;
  const auto cp = static_cast<unsigned>(codepoint);
  if (out_advance_x) {  // metrics only
    *out_advance_x = nb_js_glyph_advance(cp, em_px) / density;
    return true;
  }
  float m[5] = {};  // advance, x0, y0 (from the baseline), width, height: raster pixels
  unsigned char* alpha = nb_js_glyph_draw(cp, em_px, m);
  out_glyph->Codepoint = codepoint;
  out_glyph->AdvanceX = m[0] / density;
  if (!alpha) return true;  // blank (a space)

  const int w = static_cast<int>(m[3]);
  const int h = static_cast<int>(m[4]);
  const ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, w, h);
  if (pack_id == ImFontAtlasRectId_Invalid) {  // the atlas reached its maximum size
    std::free(alpha);
    return false;
  }
  ImTextureRect* r = ImFontAtlasPackGetRect(atlas, pack_id);
  const float top = IM_ROUND(baked->Ascent);
  out_glyph->X0 = m[1] / density;
  out_glyph->Y0 = m[2] / density + top;
  out_glyph->X1 = (m[1] + m[3]) / density;
  out_glyph->Y1 = (m[2] + m[4]) / density + top;
  out_glyph->Visible = true;
  out_glyph->PackId = pack_id;
  ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, r, alpha, ImTextureFormat_Alpha8, w);
  std::free(alpha);
  return true;
}

const ImFontLoader* browser_loader() {
  static ImFontLoader loader;
  loader.Name = "browser";
  loader.FontSrcContainsGlyph = contains_glyph;
  loader.FontBakedInit = baked_init;
  loader.FontBakedLoadGlyph = load_glyph;
  return &loader;
}

}  // namespace

// --- setup_fonts
void setup_fonts() {
  ImFontConfig cfg;
  cfg.FontLoader = browser_loader();  // no font data: the loader draws every glyph
  ImFormatString(cfg.Name, IM_ARRAYSIZE(cfg.Name), "computer fonts (--nb-fonts)");
  ImGui::GetIO().Fonts->AddFont(&cfg);
  nb_js_fonts_check();
}

}  // namespace nianbao::web
