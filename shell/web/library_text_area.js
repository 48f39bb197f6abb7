// library_text_area.js — the DOM <textarea> elements behind platform::text_area.
//
// One element per area id, created on first use, positioned (position:fixed) over the rectangle the editor
// reserved in the ImGui layout and clipped to the visible part of its ImGui window. Styles are written only
// when the rectangle changed. Elements not placed during a frame are hidden at its end.
// Ctrl+Z / Ctrl+Y are the editor's (nb_js_text_area_take_history): one undo history for prose and cells.
// Tab and Shift+Tab leave an area for the editor's next or previous stop (nb_js_text_area_take_tab); keys typed
// until the editor has moved the focus are held by NBInput and delivered there.
mergeInto(LibraryManager.library, {
  $NBText__deps: ['$NB', '$NBInput'],
  $NBText: {
    areas: {},
    tab: null,          // {id, dir}: Tab (dir 1) or Shift+Tab (-1) left area id; the editor has not taken it yet
    history: null,      // {id, dir}: Ctrl+Z (dir -1) or Ctrl+Y / Ctrl+Shift+Z (1) in area id, not yet taken
    expecting: false,   // the editor will focus an area (nb_js_text_area_select): held keys go there

    /** The direction of NBText[slot] ('tab' or 'history') when it is area `id`'s, cleared; else 0. */
    takeDirection: function(slot, id) {
      var pending = NBText[slot];
      if (!pending || pending.id !== id) return 0;
      NBText[slot] = null;
      return pending.dir;
    },

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
        var key = e.key.toLowerCase();
        if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.isComposing && (key === 'z' || key === 'y')) {
          e.preventDefault();  // the textarea's own history would diverge from the editor's
          NBText.history = {id: id, dir: key === 'y' || e.shiftKey ? 1 : -1};
          NB.wake(2);
          return;
        }
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
    var before = area.el.value, after = UTF8ToString(textPtr);
    area.el.value = after;
    area.dirty = false;
    if (document.activeElement !== area.el) return;
    // An undo or redo under the caret: the caret goes to the end of what changed, as in Word.
    var head = 0, tail = 0;
    while (head < before.length && head < after.length && before[head] === after[head]) ++head;
    while (tail < before.length - head && tail < after.length - head &&
           before[before.length - 1 - tail] === after[after.length - 1 - tail]) ++tail;
    area.el.setSelectionRange(after.length - tail, after.length - tail);
  },

  nb_js_text_area_take__deps: ['$NBText', '$NB'],
  nb_js_text_area_take: function(idPtr) {
    var area = NBText.areas[UTF8ToString(idPtr)];
    if (!area || !area.dirty) return 0;
    area.dirty = false;
    return NB.newString(area.el.value);
  },

  nb_js_text_area_take_tab__deps: ['$NBText'],
  nb_js_text_area_take_tab: function(idPtr) { return NBText.takeDirection('tab', UTF8ToString(idPtr)); },

  nb_js_text_area_take_history__deps: ['$NBText'],
  nb_js_text_area_take_history: function(idPtr) { return NBText.takeDirection('history', UTF8ToString(idPtr)); },

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
  nb_js_text_areas_end_frame: function(keyboardSettled) {
    // The frame has moved the keyboard (or nothing asked for a hand-over): held keys go where the focus is now.
    if (keyboardSettled && !NBText.tab && !NBText.expecting) NBInput.release(null);
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
