// library_text_area.js — the DOM <textarea> elements behind platform::text_area.
//
// One element per area id, created on first use, positioned (position:fixed) over the rectangle the editor
// reserved in the ImGui layout and clipped to the visible part of its ImGui window. Styles are written only
// when the rectangle changed. Elements not placed during a frame are hidden at its end.
// Tab and Shift+Tab leave an area for the editor's next or previous stop (nb_js_text_area_take_tab); keys typed
// until the editor has moved the focus are held by NBInput and delivered there.
mergeInto(LibraryManager.library, {
  $NBText__deps: ['$NB', '$NBInput'],
  $NBText: {
    areas: {},
    tab: null,          // {id, dir}: Tab (dir 1) or Shift+Tab (-1) left area id; the editor has not taken it yet
    expecting: false,   // the editor will focus an area (nb_js_text_area_select): held keys go there

    /** The area `id`, created on first use. */
    get: function(id) {
      var area = NBText.areas[id];
      if (area) return area;
      var el = document.createElement('textarea');
      el.className = 'nb-text';
      el.dataset.area = id;
      el.setAttribute('spellcheck', 'false');
      el.style.display = 'none';
      area = {el: el, placed: false, shown: false, dirty: false, geometry: ''};
      // Mid-composition text is the IME's, not the user's: sync when it is committed.
      el.addEventListener('input', function(e) {
        if (e.isComposing) return;
        area.dirty = true;
        NB.wake(2);
      });
      el.addEventListener('compositionend', function() { area.dirty = true; NB.wake(2); });
      el.addEventListener('keydown', function(e) {
        if (e.key !== 'Tab' || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
        e.preventDefault();
        NBText.tab = {id: id, dir: e.shiftKey ? -1 : 1};
        NBText.expecting = false;
        NBInput.hold();
        el.blur();
        NB.wake(2);
      });
      document.body.appendChild(el);
      NBText.areas[id] = area;
      return area;
    },
  },

  nb_js_text_area_place__deps: ['$NBText'],
  nb_js_text_area_place: function(idPtr, x, y, w, h, cx0, cy0, cx1, cy1, fontPx, placeholderPtr) {
    var area = NBText.get(UTF8ToString(idPtr));
    area.placed = true;
    var geometry = [x, y, w, h, cx0, cy0, cx1, cy1, fontPx].join(',');
    if (geometry !== area.geometry || !area.shown) {
      var s = area.el.style;
      s.left = x + 'px';
      s.top = y + 'px';
      s.width = w + 'px';
      s.height = h + 'px';
      s.fontSize = fontPx + 'px';
      s.clipPath = 'inset(' + (cy0 - y) + 'px ' + (x + w - cx1) + 'px ' + (y + h - cy1) + 'px ' + (cx0 - x) + 'px)';
      s.display = '';
      area.geometry = geometry;
      area.shown = true;
    }
    var placeholder = UTF8ToString(placeholderPtr);
    if (area.el.placeholder !== placeholder) area.el.placeholder = placeholder;
  },

  nb_js_text_area_set__deps: ['$NBText'],
  nb_js_text_area_set: function(idPtr, textPtr) {
    var area = NBText.get(UTF8ToString(idPtr));
    area.el.value = UTF8ToString(textPtr);
    area.dirty = false;
  },

  nb_js_text_area_take__deps: ['$NBText', '$NB'],
  nb_js_text_area_take: function(idPtr) {
    var area = NBText.areas[UTF8ToString(idPtr)];
    if (!area || !area.dirty) return 0;
    area.dirty = false;
    return NB.newString(area.el.value);
  },

  nb_js_text_area_take_tab__deps: ['$NBText'],
  nb_js_text_area_take_tab: function(idPtr) {
    var tab = NBText.tab;
    if (!tab || tab.id !== UTF8ToString(idPtr)) return 0;
    NBText.tab = null;
    return tab.dir;
  },

  nb_js_text_area_expect__deps: ['$NBText', '$NBInput'],
  nb_js_text_area_expect: function() {
    NBText.expecting = true;
    NBInput.hold();
  },

  nb_js_canvas_takes_keys__deps: ['$NB'],
  nb_js_canvas_takes_keys: function() {
    if (NB.isTextArea(document.activeElement)) document.activeElement.blur();
  },

  nb_js_text_area_select__deps: ['$NBText', '$NBInput'],
  nb_js_text_area_select: function(idPtr, begin, end) {
    var el = NBText.get(UTF8ToString(idPtr)).el;
    // Scroll so the selection's line sits near the top third, then select (focus keeps the scroll).
    var lines = el.value.slice(0, begin).split('\n').length - 1;
    var lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
    el.focus({preventScroll: true});
    el.setSelectionRange(begin, end);
    el.scrollTop = Math.max(0, lines * lineHeight - el.clientHeight / 3);
    NBText.expecting = false;
    NBInput.release(el);
  },

  nb_js_text_areas_end_frame__deps: ['$NBText', '$NBInput'],
  nb_js_text_areas_end_frame: function() {
    // The frame has moved the keyboard (or nothing asked for a hand-over): held keys go where the focus is now.
    if (!NBText.tab && !NBText.expecting) NBInput.release(null);
    for (var id in NBText.areas) {
      var area = NBText.areas[id];
      if (!area.placed && area.shown) {
        if (document.activeElement === area.el) area.el.blur();
        area.el.style.display = 'none';
        area.shown = false;
      }
      area.placed = false;
    }
  },
});
