// library_glyphs.js — glyphs drawn by the browser with the computer's own fonts (Canvas 2D), for the glyph
// loader of font_web.cpp, and the page's notice when the computer lacks a character or Chinese fonts.
//
// The font list is the page's CSS custom property --nb-fonts (web/page.html), the same the DOM text areas
// use, so ImGui text and the text areas show the same faces. A character no listed font has is drawn by the
// browser's own fallback; when no font on the computer has it, the browser draws its "tofu" (.notdef):
// that is detected by comparing with the tofu of a character no font has, and drawn as a visible
// replacement box instead, and the notice names the character.
//
// Index
//   $NBGlyphs ............. canvas, font list, tofu detection, replacement box, notice
//   nb_js_glyph_advance ... advance only (ImGui's metrics-only requests)
//   nb_js_glyph_draw ...... one glyph: metrics and alpha bitmap (malloc'd)
//   nb_js_fonts_check ..... at start: says so when the computer has no Chinese font
mergeInto(LibraryManager.library, {
  $NBGlyphs__deps: ['malloc'],
  $NBGlyphs: {
    ctx: null,
    fontPx: 0,       // the size ctx.font is set to
    tofu: {},        // em size → {width, key}: how a character no font has looks at that size
    missing: [],     // code points drawn as the replacement box, in order of appearance
    noChineseFont: false,
    // A code point of plane 16's private use area: no font of an office computer draws it.
    NO_FONT_HAS: 0x10FFFD,

    families: function() {
      var list = getComputedStyle(document.documentElement).getPropertyValue('--nb-fonts').trim();
      return list || 'sans-serif';
    },

    context: function() {
      if (!NBGlyphs.ctx) {
        var canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(64, 64)
                                                             : document.createElement('canvas');
        // CPU-backed: every glyph is read back once, which is cheap on a software canvas.
        NBGlyphs.ctx = canvas.getContext('2d', {willReadFrequently: true});
        NBGlyphs.family = NBGlyphs.families();
      }
      return NBGlyphs.ctx;
    },

    setSize: function(ctx, px) {
      if (NBGlyphs.fontPx === px) return;
      NBGlyphs.fontPx = px;
      ctx.font = px + 'px ' + NBGlyphs.family;
    },

    /** Draws `text` at em size `px`: {advance, x0, y0 (baseline-relative, raster px), w, h, alpha (Uint8Array)}. */
    raster: function(text, px) {
      var ctx = NBGlyphs.context();
      NBGlyphs.setSize(ctx, px);
      var m = ctx.measureText(text);
      var x0 = Math.floor(-m.actualBoundingBoxLeft) - 1, x1 = Math.ceil(m.actualBoundingBoxRight) + 1;
      var y0 = Math.floor(-m.actualBoundingBoxAscent) - 1, y1 = Math.ceil(m.actualBoundingBoxDescent) + 1;
      var glyph = {advance: m.width, x0: x0, y0: y0, w: x1 - x0, h: y1 - y0, alpha: null};
      if (!(m.actualBoundingBoxLeft + m.actualBoundingBoxRight > 0) ||
          !(m.actualBoundingBoxAscent + m.actualBoundingBoxDescent > 0)) {
        glyph.w = glyph.h = 0;  // nothing to draw (a space)
        return glyph;
      }
      var canvas = ctx.canvas;
      if (canvas.width < glyph.w || canvas.height < glyph.h) {
        canvas.width = Math.max(canvas.width, glyph.w);
        canvas.height = Math.max(canvas.height, glyph.h);
        NBGlyphs.fontPx = 0;  // resizing resets the context's state
        NBGlyphs.setSize(ctx, px);
      }
      ctx.clearRect(0, 0, glyph.w, glyph.h);
      ctx.fillStyle = '#fff';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(text, -x0, -y0);
      var rgba = ctx.getImageData(0, 0, glyph.w, glyph.h).data;
      var alpha = new Uint8Array(glyph.w * glyph.h);
      for (var i = 0, n = alpha.length; i < n; i++) alpha[i] = rgba[i * 4 + 3];
      glyph.alpha = alpha;
      return glyph;
    },

    /** A cheap fingerprint of a drawn glyph (size and pixels). */
    key: function(g) {
      var h = 0;
      if (g.alpha) for (var i = 0; i < g.alpha.length; i++) h = (Math.imul(h, 31) + g.alpha[i]) | 0;
      return g.advance + ':' + g.w + 'x' + g.h + ':' + g.x0 + ',' + g.y0 + ':' + h;
    },

    /** Whether the browser drew its tofu for `g` (no font on this computer has the character). */
    isTofu: function(g, px) {
      var ref = NBGlyphs.tofu[px];
      if (!ref) {
        var t = NBGlyphs.raster(String.fromCodePoint(NBGlyphs.NO_FONT_HAS), px);
        ref = NBGlyphs.tofu[px] = {advance: t.advance, key: NBGlyphs.key(t)};
      }
      return g.advance === ref.advance && NBGlyphs.key(g) === ref.key;
    },

    /** The replacement for a character no font has: a dashed box with a question mark, one em wide. */
    replacement: function(px) {
      var ctx = NBGlyphs.context();
      var w = Math.max(4, Math.round(px * 0.9)), h = Math.max(6, Math.round(px * 1.0));
      var canvas = ctx.canvas;
      if (canvas.width < w || canvas.height < h) {
        canvas.width = Math.max(canvas.width, w);
        canvas.height = Math.max(canvas.height, h);
      }
      NBGlyphs.fontPx = 0;
      ctx.clearRect(0, 0, w, h);
      var line = Math.max(1, Math.round(px / 14));
      ctx.strokeStyle = ctx.fillStyle = '#fff';
      ctx.lineWidth = line;
      ctx.setLineDash([2 * line, line]);
      ctx.strokeRect(line / 2, line / 2, w - line, h - line);
      ctx.setLineDash([]);
      ctx.font = 'bold ' + Math.round(px * 0.6) + 'px sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText('?', w / 2, h / 2);
      ctx.textAlign = 'start';
      var rgba = ctx.getImageData(0, 0, w, h).data;
      var alpha = new Uint8Array(w * h);
      for (var i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3];
      // The box sits on the ideographic em box: from 0.88 em above the baseline to 0.12 em below.
      return {advance: px, x0: Math.round(px * 0.05), y0: -Math.round(px * 0.88), w: w, h: h, alpha: alpha};
    },

    isBlank: function(cp) {
      return cp <= 0x20 || (cp >= 0x7F && cp <= 0xA0) || /\s/.test(String.fromCodePoint(cp));
    },

    noteMissing: function(cp) {
      if (NBGlyphs.missing.indexOf(cp) >= 0) return;
      NBGlyphs.missing.push(cp);
      NBGlyphs.showNotice();
    },

    hex: function(cp) { return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0'); },

    /** The notice under the toolbar: no Chinese font at all, or which characters are drawn as boxes. */
    showNotice: function() {
      var notice = document.getElementById('nb-font-notice');
      if (!notice) {
        notice = document.createElement('div');
        notice.id = 'nb-font-notice';
        notice.setAttribute('role', 'status');
        var text = document.createElement('span');
        var close = document.createElement('button');
        close.type = 'button';
        close.textContent = '知道了';
        close.addEventListener('click', function() { notice.hidden = true; });
        notice.appendChild(text);
        notice.appendChild(close);
        document.body.appendChild(notice);
      }
      var message;
      if (NBGlyphs.noChineseFont) {
        notice.className = 'error';
        message = '这台电脑没有中文字体，汉字无法显示。输入和保存的文字不受影响。请安装中文字体' +
                  '（Windows 的“微软雅黑”或“宋体”，Linux 的 fonts-noto-cjk 或 fonts-wqy-microhei）后重新打开本页。';
      } else {
        var shown = NBGlyphs.missing.slice(0, 8).map(NBGlyphs.hex).join('、');
        if (NBGlyphs.missing.length > 8) shown += ' 等 ' + NBGlyphs.missing.length + ' 个';
        message = '这台电脑的字体缺少以下字符，编辑器以虚线方框“?”代替显示：' + shown +
                  '。文字本身完整保留，保存、导出都不受影响；在装有相应字体的电脑上即可正常显示。';
      }
      notice.firstChild.textContent = message;
      notice.hidden = false;
    },
  },

  nb_js_glyph_advance__deps: ['$NBGlyphs'],
  nb_js_glyph_advance: function(cp, px) {
    var ctx = NBGlyphs.context();
    NBGlyphs.setSize(ctx, px);
    return ctx.measureText(String.fromCodePoint(cp)).width;
  },

  nb_js_glyph_draw__deps: ['$NBGlyphs', 'malloc'],
  nb_js_glyph_draw: function(cp, px, metricsPtr) {
    var g = NBGlyphs.raster(String.fromCodePoint(cp), px);
    if (!NBGlyphs.isBlank(cp) && NBGlyphs.isTofu(g, px)) {
      g = NBGlyphs.replacement(px);
      NBGlyphs.noteMissing(cp);
    }
    var visible = 0;
    if (g.alpha) for (var i = 0; i < g.alpha.length && !visible; i++) visible = g.alpha[i];
    var m = metricsPtr >> 2;
    HEAPF32[m] = g.advance;
    HEAPF32[m + 1] = g.x0;
    HEAPF32[m + 2] = g.y0;
    HEAPF32[m + 3] = visible ? g.w : 0;
    HEAPF32[m + 4] = visible ? g.h : 0;
    if (!visible) return 0;
    var p = _malloc(g.alpha.length);
    HEAPU8.set(g.alpha, p);
    return p;
  },

  nb_js_fonts_check__deps: ['$NBGlyphs'],
  nb_js_fonts_check: function() {
    // 中 and 国 drawn as tofu: no font on this computer has Chinese characters.
    var px = 32;
    NBGlyphs.noChineseFont = ['中', '国'].every(function(c) {
      return NBGlyphs.isTofu(NBGlyphs.raster(c, px), px);
    });
    if (NBGlyphs.noChineseFont) NBGlyphs.showNotice();
    return NBGlyphs.noChineseFont ? 0 : 1;
  },
});
