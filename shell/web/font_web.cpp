// font_web.cpp — ImGui's glyph loader in the browser: every glyph is drawn by the browser with the computer's
// own fonts (library_glyphs.js, Canvas 2D) instead of a font embedded in the page.
//
// ImGui 1.92 asks for a glyph the first time it is drawn at a size and raster density, so a new
// devicePixelRatio (browser zoom, another monitor) gets freshly drawn, sharp glyphs by itself.
//
// Index
//   proportions ...... em size and baseline within ImGui's line height
//   loader ........... ImFontLoader callbacks: baked metrics, glyph advance, glyph queued for drawing
//   flush_glyphs ..... the frame's new glyphs, read back from the browser at once, into the atlas
//   setup_fonts ...... the one font, and the check for Chinese fonts on this computer
//   redraw_missing_glyphs  glyphs of the first frames that showed the tofu, drawn again
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

/// A glyph drawn into the staging canvas, its pixels due in the atlas at the end of the frame.
struct PendingGlyph {
  ImFontAtlas* atlas;
  ImFontAtlasRectId pack_id;
  int stage_x, stage_y, w, h;
};
ImVector<PendingGlyph> g_pending;
ImVector<unsigned char> g_glyph_alpha;  // one glyph's alpha, cut from the RGBA staging canvas

bool load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
                ImFontGlyph* out_glyph, float* out_advance_x) {
  const float density = raster_density(src, baked);
  const float em_px = baked->Size * kEmPerLine * density;
  const auto cp = static_cast<unsigned>(codepoint);
  if (out_advance_x) {  // metrics only
    *out_advance_x = nb_js_glyph_advance(cp, em_px) / density;
    return true;
  }
  float m[7] = {};  // advance, x0, y0 (from the baseline), width, height, staging x, y: raster pixels
  int slot = nb_js_glyph_queue(cp, em_px, m);
  if (slot == -2) {  // the staging canvas is full
    flush_glyphs();
    slot = nb_js_glyph_queue(cp, em_px, m);
  }
  out_glyph->Codepoint = codepoint;
  out_glyph->AdvanceX = m[0] / density;
  if (slot < 0) return true;  // blank (a space), or larger than any glyph of the editor: drawn empty

  const int w = static_cast<int>(m[3]);
  const int h = static_cast<int>(m[4]);
  const ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, w, h);
  if (pack_id == ImFontAtlasRectId_Invalid) return false;  // the atlas reached its maximum size
  g_pending.push_back({atlas, pack_id, static_cast<int>(m[5]), static_cast<int>(m[6]), w, h});
  const float top = IM_ROUND(baked->Ascent);
  out_glyph->X0 = m[1] / density;
  out_glyph->Y0 = m[2] / density + top;
  out_glyph->X1 = (m[1] + m[3]) / density;
  out_glyph->Y1 = (m[2] + m[4]) / density + top;
  out_glyph->Visible = true;
  out_glyph->PackId = pack_id;
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

// --- flush_glyphs
void flush_glyphs() {
  int pitch = 0;
  unsigned char* stage = nb_js_glyph_flush(&pitch);
  if (!stage) return;
  for (const PendingGlyph& g : g_pending) {
    // By id: the atlas may have grown and moved its rectangles since the glyph was queued.
    ImTextureRect* r = ImFontAtlasPackGetRectSafe(g.atlas, g.pack_id);
    ImTextureData* tex = g.atlas->TexData;
    if (!r || !tex || r->w != g.w || r->h != g.h) continue;  // discarded meanwhile
    g_glyph_alpha.resize(g.w * g.h);
    for (int y = 0; y < g.h; ++y) {
      const unsigned char* row = stage + (g.stage_y + y) * pitch + g.stage_x * 4 + 3;
      for (int x = 0; x < g.w; ++x) g_glyph_alpha[y * g.w + x] = row[x * 4];
    }
    ImFontAtlasTextureBlockConvert(g_glyph_alpha.Data, ImTextureFormat_Alpha8, g.w,
                                   static_cast<unsigned char*>(tex->GetPixelsAt(r->x, r->y)), tex->Format,
                                   tex->GetPitch(), g.w, g.h);
    ImFontAtlasTextureBlockQueueUpload(g.atlas, tex, r->x, r->y, g.w, g.h);
  }
  g_pending.clear();
  std::free(stage);
}

// --- setup_fonts
void setup_fonts() {
  // The first frame of a filled report fills a 512×512 atlas: starting there spares two repacks and the
  // upload of two textures that are dropped at once.
  ImGui::GetIO().Fonts->TexMinHeight = 512;
  ImFontConfig cfg;
  cfg.FontLoader = browser_loader();  // no font data: the loader draws every glyph
  ImFormatString(cfg.Name, IM_ARRAYSIZE(cfg.Name), "computer fonts (--nb-fonts)");
  ImGui::GetIO().Fonts->AddFont(&cfg);
  nb_js_fonts_check_soon();
}

// --- redraw_missing_glyphs
void redraw_missing_glyphs() {
  // Rare (a character no font has, among the first frame's): every glyph is drawn again, those among them
  // as the replacement box, rather than finding the few in each size.
  if (nb_js_glyphs_take_rebake()) ImFontAtlasBuildDiscardBakes(ImGui::GetIO().Fonts, 0);
}

}  // namespace nianbao::web
