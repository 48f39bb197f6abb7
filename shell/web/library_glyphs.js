// library_glyphs.js — glyphs drawn by the browser with the computer's own fonts (Canvas 2D), for the glyph
// loader of font_web.cpp, and the page's notice when the computer lacks a character or Chinese fonts.
//
// The font list is the page's CSS custom property --nb-fonts (web/page.html), the same the DOM text areas
// use, so ImGui text and the text areas show the same faces. A character no listed font has is drawn by the
// browser's own fallback; when no font on the computer has it, the browser draws its "tofu" (.notdef):
// that is detected by comparing with the tofu of a character no font has; such a character is drawn as a
// box with a question mark instead, and the notice names it.
//
// Glyphs are batched per frame: each new glyph is measured at once (ImGui needs its size) and given a slot
// in a staging canvas; when the frame is done (nb_js_glyph_flush) they are drawn there, a run of ideographs
// with one call, and the staging canvas is read back once: reading pixels back is the expensive step. Pixels
// stay RGBA (as getImageData gives them) up to the wasm, which takes the alpha of the glyphs' own pixels only.
//
// Until the first frame is on screen, glyphs are not compared with the tofu: drawing the tofu makes the
// browser search every font of the computer (~30 ms, then a few ms for each new size), which would hold up
// the first frame. Right after it, the font check runs and the glyphs drawn so far are compared; any that
// showed the tofu are drawn again as the replacement box (nb_js_glyphs_take_rebake), a frame later.
//
// Index
//   $NBGlyphs ............. canvases, font list, staging shelf, tofu detection, replacement box, font check,
//                           notice
//   nb_js_glyph_advance ... advance only (ImGui's metrics-only requests)
//   nb_js_glyph_queue ..... one glyph: metrics now, a slot in the staging canvas
//   nb_js_glyph_flush ..... the frame's glyphs drawn, the staging canvas read once (malloc'd RGBA)
//   nb_js_fonts_check_soon  at start: the font check and tofu comparison, once the first frame is shown
//   nb_js_glyphs_take_rebake  whether glyphs found to be the tofu are to be drawn again
mergeInto(LibraryManager.library, {
  $NBGlyphs__deps: ['malloc', '$NB'],
  $NBGlyphs: {
    family: '',
    measure: null,   // small canvas: measuring, and the tofu references
    stage: null,     // staging canvas: the glyphs queued in this frame
    fonts: {},       // canvas → the size its font is set to
    shelf: {x: 0, y: 0, h: 0},
    queued: [],      // {cp, px, ideograph, advance, x0, y0, w, h, x, y}: the glyphs due in the staging canvas
    tofu: {},        // em size → how a character no font has is drawn (tofuAt)
    ideograph: {},   // em size → the glyph box of CJK ideographs
    missing: [],     // code points drawn as the replacement box, in order of appearance
    noChineseFont: false,
    deferring: true,  // the first frame is not yet on screen: glyphs are compared with the tofu later
    deferred: [],     // {g, rgba}: glyphs drawn meanwhile, with their own pixels
    rebake: false,    // some of them showed the tofu: the editor draws them again
    STAGE_W: 1024,
    STAGE_H: 512,
    // A code point of plane 16's private use area: no font of an office computer draws it.
    NO_FONT_HAS: 0x10FFFD,

    canvas: function(w, h) {
      var c = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(w, h) : document.createElement('canvas');
      c.width = w;
      c.height = h;
      // CPU-backed: read back every frame that drew new glyphs, which is cheap on a software canvas.
      return c.getContext('2d', {willReadFrequently: true});
    },

    init: function() {
      if (NBGlyphs.measure) return;
      var list = getComputedStyle(document.documentElement).getPropertyValue('--nb-fonts').trim();
      NBGlyphs.family = list || 'sans-serif';
      NBGlyphs.measure = NBGlyphs.canvas(64, 64);
      NBGlyphs.stage = NBGlyphs.canvas(NBGlyphs.STAGE_W, NBGlyphs.STAGE_H);
    },

    setSize: function(ctx, px) {
      if (ctx.nbPx === px) return;
      ctx.nbPx = px;
      ctx.font = px + 'px ' + NBGlyphs.family;
      ctx.fillStyle = '#fff';
      ctx.textBaseline = 'alphabetic';
    },

    /** Where `text` draws at em size `px`: {advance, x0, y0 (from pen and baseline, raster px), w, h}. */
    box: function(text, px) {
      var ctx = NBGlyphs.measure;
      NBGlyphs.setSize(ctx, px);
      var m = ctx.measureText(text);
      if (!(m.actualBoundingBoxLeft + m.actualBoundingBoxRight > 0) ||
          !(m.actualBoundingBoxAscent + m.actualBoundingBoxDescent > 0)) {
        return {advance: m.width, x0: 0, y0: 0, w: 0, h: 0};  // nothing to draw (a space)
      }
      var x0 = Math.floor(-m.actualBoundingBoxLeft) - 1, y0 = Math.floor(-m.actualBoundingBoxAscent) - 1;
      return {advance: m.width, x0: x0, y0: y0, w: Math.ceil(m.actualBoundingBoxRight) + 1 - x0,
              h: Math.ceil(m.actualBoundingBoxDescent) + 1 - y0};
    },

    /**
     * How the browser draws a character no font has at em size `px`: its RGBA around the pen, drawn once per
     * size ({rgba, size, origin: the pen's x and baseline's y in it, ink: pixels drawn, firstInk: index of the
     * first pixel drawn, -1 if none}).
     */
    tofuAt: function(px) {
      var ref = NBGlyphs.tofu[px];
      if (ref) return ref;
      var origin = Math.ceil(px), size = 3 * origin;  // the tofu box lies within an em of the pen
      var ctx = NBGlyphs.measure;
      if (ctx.canvas.width < size || ctx.canvas.height < size) {
        ctx.canvas.width = Math.max(ctx.canvas.width, size);
        ctx.canvas.height = Math.max(ctx.canvas.height, size);
        ctx.nbPx = 0;  // resizing resets the context
      }
      NBGlyphs.setSize(ctx, px);
      ctx.clearRect(0, 0, size, size);
      ctx.fillText(String.fromCodePoint(NBGlyphs.NO_FONT_HAS), origin, origin);
      var rgba = ctx.getImageData(0, 0, size, size).data, ink = 0, firstInk = -1;
      for (var i = 0; i < size * size; i++) {
        if (!rgba[i * 4 + 3]) continue;
        if (firstInk < 0) firstInk = i;
        ink++;
      }
      return NBGlyphs.tofu[px] = {rgba: rgba, size: size, origin: origin, ink: ink, firstInk: firstInk};
    },

    /**
     * Whether glyph `g` (box relative to pen and baseline; its pixels from pixel `offset` of `rgba`, `pitch`
     * pixels a row) shows the tofu: the same pixels where the tofu is drawn, all of its ink inside the box.
     * Pens are on whole pixels everywhere, so the same character draws the same pixels. The tofu's first
     * inked pixel is compared first: nearly every glyph differs there, which spares the whole comparison.
     */
    isTofu: function(g, px, rgba, offset, pitch) {
      var t = NBGlyphs.tofuAt(px), ink = 0;
      if (t.firstInk >= 0) {
        var fx = t.firstInk % t.size - t.origin - g.x0, fy = Math.floor(t.firstInk / t.size) - t.origin - g.y0;
        if (fx < 0 || fy < 0 || fx >= g.w || fy >= g.h) return false;  // tofu ink outside the box
        if (rgba[(offset + fy * pitch + fx) * 4 + 3] !== t.rgba[t.firstInk * 4 + 3]) return false;
      }
      for (var y = 0; y < g.h; y++) {
        var ty = t.origin + g.y0 + y;
        for (var x = 0; x < g.w; x++) {
          var tx = t.origin + g.x0 + x;
          var ref = tx >= 0 && ty >= 0 && tx < t.size && ty < t.size ? t.rgba[(ty * t.size + tx) * 4 + 3] : 0;
          if (rgba[(offset + y * pitch + x) * 4 + 3] !== ref) return false;
          if (ref) ink++;
        }
      }
      return ink === t.ink;
    },

    /**
     * CJK ideographs (most of a Chinese page) skip measureText, the costly step: every CJK font draws them
     * one em wide inside the em box, so 中's box with a margin of 0.1 em holds any of them.
     */
    isIdeograph: function(cp) {
      return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
             (cp >= 0x20000 && cp <= 0x3FFFF);
    },

    ideographBox: function(px) {
      var box = NBGlyphs.ideograph[px];
      if (box) return box;
      var b = NBGlyphs.box('中', px), margin = Math.ceil(px * 0.1);
      return NBGlyphs.ideograph[px] = {advance: b.advance, x0: b.x0 - margin, y0: b.y0 - margin,
                                       w: b.w + 2 * margin, h: b.h + 2 * margin};
    },

    /** A box with a question mark drawn over the staging rectangle (x, y, w, h) of a character no font has. */
    drawReplacement: function(x, y, w, h) {
      var ctx = NBGlyphs.stage;
      ctx.clearRect(x, y, w, h);
      var line = Math.max(1, Math.round(Math.min(w, h) / 14));
      var bw = Math.max(3, w - 2), bh = Math.max(3, h - 2);
      ctx.save();
      ctx.strokeStyle = ctx.fillStyle = '#fff';
      ctx.lineWidth = line;
      ctx.strokeRect(x + 1 + line / 2, y + 1 + line / 2, bw - line, bh - line);
      ctx.font = Math.max(5, Math.round(bh * 0.7)) + 'px sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText('?', x + 1 + bw / 2, y + 1 + bh / 2 + line / 2);
      ctx.restore();
      ctx.nbPx = 0;
    },

    /**
     * Draws the queued glyphs into the staging canvas. Ideographs of one size lie side by side on the shelf,
     * all one em wide: a run of them is one fillText, letter-spaced onto their slots (pens stay on whole
     * pixels, so the pixels are those of single draws), which costs a fraction of one call per glyph.
     */
    drawQueued: function() {
      var ctx = NBGlyphs.stage, queued = NBGlyphs.queued, runs = 'letterSpacing' in ctx;
      for (var i = 0; i < queued.length;) {
        var g = queued[i], text = String.fromCodePoint(g.cp), j = i + 1;
        while (runs && g.ideograph && j < queued.length && queued[j].ideograph && queued[j].px === g.px &&
               queued[j].y === g.y && queued[j].x === queued[j - 1].x + g.w + 1) {
          text += String.fromCodePoint(queued[j++].cp);
        }
        NBGlyphs.setSize(ctx, g.px);
        if (runs) ctx.letterSpacing = (j - i > 1 ? g.w + 1 - g.advance : 0) + 'px';
        ctx.fillText(text, g.x - g.x0, g.y - g.y0);
        i = j;
      }
      if (runs) ctx.letterSpacing = '0px';  // for the replacement box's question mark
    },

    /** Whether the computer has a Chinese font: none has when 中 and 国 are drawn as the tofu. */
    checkFonts: function() {
      NBGlyphs.init();
      var px = 32, ctx = NBGlyphs.measure;
      NBGlyphs.tofuAt(px);  // (sizes the canvas)
      NBGlyphs.noChineseFont = ['中', '国'].every(function(c) {
        var g = NBGlyphs.ideographBox(px);
        NBGlyphs.setSize(ctx, px);
        ctx.clearRect(0, 0, g.w, g.h);
        ctx.fillText(c, -g.x0, -g.y0);
        return NBGlyphs.isTofu(g, px, ctx.getImageData(0, 0, g.w, g.h).data, 0, g.w);
      });
    },

    /** The pixels of glyph `g` out of the staging canvas's `rgba` (`pitch` pixels a row), as its own RGBA. */
    cut: function(rgba, g, pitch) {
      var out = new Uint8ClampedArray(g.w * g.h * 4);
      for (var y = 0; y < g.h; y++) {
        var from = ((g.y + y) * pitch + g.x) * 4;
        out.set(rgba.subarray(from, from + g.w * 4), y * g.w * 4);
      }
      return out;
    },

    /** Once the first frame is on screen: the font check, and the glyphs drawn until then compared. */
    verifyDeferred: function() {
      NBGlyphs.deferring = false;
      NBGlyphs.checkFonts();
      if (NBGlyphs.noChineseFont) NBGlyphs.showNotice();
      NBGlyphs.deferred.forEach(function(d) {
        if (!NBGlyphs.isTofu(d.g, d.g.px, d.rgba, 0, d.g.w)) return;
        NBGlyphs.noteMissing(d.g.cp);
        NBGlyphs.rebake = true;
      });
      NBGlyphs.deferred = [];
      if (NBGlyphs.rebake) NB.wakeIfStarted(2);
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

    /** The notice above the status line: no Chinese font at all, or which characters are drawn as boxes. */
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
        message = '这台电脑的字体缺少以下字符，编辑器以带问号的方框代替显示：' + shown +
                  '。文字本身完整保留，保存、导出都不受影响；在装有相应字体的电脑上即可正常显示。';
      }
      notice.firstChild.textContent = message;
      notice.hidden = false;
    },
  },

  nb_js_glyph_advance__deps: ['$NBGlyphs'],
  nb_js_glyph_advance: function(cp, px) {
    NBGlyphs.init();
    if (NBGlyphs.isIdeograph(cp)) return NBGlyphs.ideographBox(px).advance;
    NBGlyphs.setSize(NBGlyphs.measure, px);
    return NBGlyphs.measure.measureText(String.fromCodePoint(cp)).width;
  },

  nb_js_glyph_queue__deps: ['$NBGlyphs'],
  nb_js_glyph_queue: function(cp, px, metricsPtr) {
    NBGlyphs.init();
    var g = NBGlyphs.isIdeograph(cp) ? Object.assign({}, NBGlyphs.ideographBox(px))
                                     : NBGlyphs.box(String.fromCodePoint(cp), px);
    var m = metricsPtr >> 2;
    HEAPF32[m] = g.advance;
    HEAPF32[m + 1] = g.x0;
    HEAPF32[m + 2] = g.y0;
    HEAPF32[m + 3] = g.w;
    HEAPF32[m + 4] = g.h;
    if (!g.w) return -1;
    var shelf = NBGlyphs.shelf;
    if (g.w + 1 > NBGlyphs.STAGE_W || g.h + 1 > NBGlyphs.STAGE_H) return -3;  // larger than the stage
    if (shelf.x + g.w + 1 > NBGlyphs.STAGE_W) {  // next row
      shelf.y += shelf.h;
      shelf.x = shelf.h = 0;
    }
    if (shelf.y + g.h + 1 > NBGlyphs.STAGE_H) return -2;  // full: flush first
    g.cp = cp;
    g.px = px;
    g.ideograph = NBGlyphs.isIdeograph(cp);
    g.x = shelf.x;
    g.y = shelf.y;
    shelf.x += g.w + 1;
    shelf.h = Math.max(shelf.h, g.h + 1);
    HEAPF32[m + 5] = g.x;
    HEAPF32[m + 6] = g.y;
    NBGlyphs.queued.push(g);
    return NBGlyphs.queued.length - 1;
  },

  nb_js_glyph_flush__deps: ['$NBGlyphs', 'malloc'],
  nb_js_glyph_flush: function(pitchPtr) {
    var queued = NBGlyphs.queued;
    if (!queued.length) return 0;
    var ctx = NBGlyphs.stage, shelf = NBGlyphs.shelf;
    var w = NBGlyphs.STAGE_W, h = Math.min(NBGlyphs.STAGE_H, shelf.y + shelf.h);
    NBGlyphs.drawQueued();
    var rgba = ctx.getImageData(0, 0, w, h).data;
    var replaced = false;
    queued.forEach(function(g) {
      if (NBGlyphs.isBlank(g.cp)) return;
      if (NBGlyphs.deferring) {
        NBGlyphs.deferred.push({g: g, rgba: NBGlyphs.cut(rgba, g, w)});
        return;
      }
      if (NBGlyphs.missing.indexOf(g.cp) < 0 && !NBGlyphs.isTofu(g, g.px, rgba, g.y * w + g.x, w)) return;
      NBGlyphs.drawReplacement(g.x, g.y, g.w, g.h);
      NBGlyphs.noteMissing(g.cp);
      replaced = true;
    });
    if (replaced) rgba = ctx.getImageData(0, 0, w, h).data;
    var p = _malloc(rgba.length);
    HEAPU8.set(rgba, p);
    HEAP32[pitchPtr >> 2] = w * 4;
    ctx.clearRect(0, 0, w, h);
    NBGlyphs.queued = [];
    NBGlyphs.shelf = {x: 0, y: 0, h: 0};
    return p;
  },

  nb_js_fonts_check_soon__deps: ['$NBGlyphs'],
  nb_js_fonts_check_soon: function() {
    // The animation frame is the one that shows the first frame; the timeout runs after it is painted.
    requestAnimationFrame(function() { setTimeout(NBGlyphs.verifyDeferred, 0); });
  },

  nb_js_glyphs_take_rebake__deps: ['$NBGlyphs'],
  nb_js_glyphs_take_rebake: function() {
    var rebake = NBGlyphs.rebake;
    NBGlyphs.rebake = false;
    return rebake ? 1 : 0;
  },
});
