// library_input.js — pointer, wheel, keys, IME text and clipboard between the page and ImGui.
//
// Text: a transparent, focusable <textarea id="nb-ime"> sits at ImGui's caret while an ImGui text field is
// active. Typed letters and IME results arrive there as `input`/`compositionend` events and go to ImGui as
// committed UTF-8 (nb_text); key events only carry keys (never characters), so nothing arrives twice.
// While composing, the textarea becomes visible so the user sees the pinyin being typed.
// Clipboard: ImGui's copy calls nb_js_set_clipboard (navigator.clipboard, execCommand fallback); paste comes
// from the DOM `paste` event, stored here and handed to ImGui's clipboard-get hook when it runs Ctrl+V.
// DOM text areas (library_text_area.js) keep their own native editing: only shortcuts reach ImGui from them.
// Hand-over: when the keyboard moves (Tab, F8, a jump to a sentence), the keys typed before the editor's
// frames have moved it are held here in typing order and delivered where it went (a text area, an ImGui field,
// a cell) once the editor says it has settled: a field ignores the characters of the frame that activates it,
// and characters typed before a field is active reach no field at all. A held Tab starts the next hand-over.
//
// Index
//   $NBInput ............. IME textarea, clipboard text, key routing, holding keys during a hand-over
//   nb_js_install_input .. (called from nb_js_init via NBInput.install)
//   nb_js_set_ime / nb_js_set_clipboard / nb_js_get_clipboard
mergeInto(LibraryManager.library, {
  $NBInput__deps: ['$NB'],
  $NBInput: {
    ime: null,
    clipboard: '',
    // Keys a DOM text area handles itself even with Ctrl/Cmd held.
    editingKeys: ['a', 'c', 'v', 'x', 'z', 'y', 'arrowleft', 'arrowright', 'arrowup', 'arrowdown', 'home', 'end',
                  'backspace', 'delete'],

    sendText: function(text) {
      if (text) NB.withString(text, function(p) { _nb_text(p); });
    },

    sendKey: function(e, down) {
      NB.withString(e.key || '', function(key) {
        NB.withString(e.code || '', function(code) {
          // A held key's repeats arrive as a release and a new press: ImGui would drop a second "down",
          // and its own time-based repeat would misfire when frames are slow.
          if (down && e.repeat) _nb_key(key, code, 0, e.ctrlKey, e.shiftKey, e.altKey, e.metaKey);
          _nb_key(key, code, down, e.ctrlKey, e.shiftKey, e.altKey, e.metaKey);
        });
      });
    },

    /** Whether a key event belongs to ImGui (true) or to the focused DOM text area / IME (false). */
    forImGui: function(e) {
      if (e.isComposing || e.keyCode === 229) return false;  // the input method is using it
      if (!NB.isTextArea(e.target)) return true;
      if (e.key === 'Escape' || /^F\d+$/.test(e.key)) return true;
      // Alt+letter: the editor's shortcuts (上年报告 Alt+P/R/B); a text area types nothing with them.
      if (e.altKey && !e.ctrlKey && !e.metaKey && /^[a-z]$/i.test(e.key)) return true;
      return (e.ctrlKey || e.metaKey) && NBInput.editingKeys.indexOf(e.key.toLowerCase()) < 0;
    },

    held: null,  // key events typed during a hand-over, or null
    heldTimer: 0,

    /** Holds key events until release() (`already`: events held before): the editor is moving the keyboard. */
    hold: function(already) {
      if (NBInput.held) return;
      NBInput.held = already || [];
      // The editor releases them within a frame or two; the timer only guards against a hand-over never done.
      NBInput.heldTimer = setTimeout(function() { NBInput.release(null); }, 1000);
    },

    /**
     * Whether key event `e` may move the keyboard to another field, cell, text area or dialog: Tab, F8 (the
     * next finding) and the editor's Alt+letter shortcuts (新建, a workbench field, …).
     */
    movesKeyboard: function(e) {
      if (e.down === 0 || e.ctrlKey || e.metaKey) return false;
      return e.altKey ? /^[a-z]$/i.test(e.key) : e.key === 'Tab' || e.key === 'F8';
    },

    /**
     * Delivers held keys to text area `el` (its characters, at the caret) or, without one, where the focus is:
     * up to a held Tab, which is delivered too and starts the next hand-over (the rest stays held), unless
     * `whole` (a click comes next: everything typed before it goes first).
     */
    release: function(el, whole) {
      var held = NBInput.held;
      if (!held) return;
      clearTimeout(NBInput.heldTimer);
      var tab = -1;
      for (var t = 0; t < held.length && tab < 0 && !whole; t++) {
        if (held[t].key !== undefined && NBInput.movesKeyboard(held[t])) tab = t;
      }
      NBInput.held = null;
      if (tab >= 0) NBInput.hold(held.slice(tab + 1));
      if (!el && NB.isTextArea(document.activeElement)) el = document.activeElement;
      var text = '', end = tab >= 0 ? tab + 1 : held.length;
      for (var i = 0; i < end; i++) {
        var h = held[i];
        if (h.key === undefined) {  // committed text (an input method's result)
          if (el) text += h.text; else NBInput.sendText(h.text);
          continue;
        }
        var printable = h.down && h.key.length === 1 && !h.ctrlKey && !h.metaKey && !h.altKey;
        if (el) {
          if (printable) text += h.key;
          else if (!h.down) NBInput.sendKey(h, 0);  // ImGui saw the key go down: it must see it come up
          continue;
        }
        NBInput.sendKey(h, h.down);
        if (printable) NBInput.sendText(h.key);
      }
      if (el && text) {
        el.setRangeText(text, el.selectionStart, el.selectionEnd, 'end');
        el.dispatchEvent(new Event('input'));
      }
      // A Tab typed into the text area during the hand-over leaves it, as a typed one does.
      if (el && tab >= 0) el.dispatchEvent(new KeyboardEvent('keydown', {key: 'Tab', shiftKey: held[tab].shiftKey}));
      NB.wake(2);
    },

    /** Records a key event while holding (true: it is held, nothing else may handle it). */
    holdKey: function(e, down) {
      if (!NBInput.held || NB.isTextArea(e.target)) return false;
      if (e.isComposing || e.keyCode === 229) return false;  // the input method's: its result is held (holdOrSendText)
      NBInput.held.push({key: e.key || '', code: e.code || '', down: down, repeat: e.repeat, ctrlKey: e.ctrlKey,
                         shiftKey: e.shiftKey, altKey: e.altKey, metaKey: e.metaKey});
      e.preventDefault();
      return true;
    },

    /** Committed text for ImGui: held during a hand-over, sent otherwise. */
    holdOrSendText: function(text) {
      if (NBInput.held && text) NBInput.held.push({text: text});
      else NBInput.sendText(text);
    },

    onKeyDown: function(e) {
      if (NBInput.holdKey(e, 1)) return;
      if (!NBInput.forImGui(e)) return;
      NBInput.sendKey(e, 1);
      // Tab moves the keyboard on the canvas in the editor's next frames: what follows waits for it. The IME
      // textarea takes the keyboard at once, so that an input method typing on has somewhere to compose.
      if (!NB.isTextArea(e.target) && !e.isComposing && NBInput.movesKeyboard(e)) {
        NBInput.hold();
        if (document.activeElement !== NBInput.ime) NBInput.ime.focus({preventScroll: true});
      }
      // F8 from a text area goes to a finding's cells or sentence: what follows is typed there. The area lets
      // go of the keyboard at once (as on Tab), or a key typed before the editor's next frame would land in it.
      if (e.key === 'F8' && NB.isTextArea(e.target)) {
        NBInput.hold();
        e.target.blur();
      }
      // A character typed before the IME textarea took the focus (the field activates a frame or two
      // after the click) would reach no text input at all: deliver it directly.
      if (document.activeElement !== NBInput.ime && !NB.isTextArea(e.target) && e.key.length === 1 &&
          !e.ctrlKey && !e.metaKey && !e.altKey) {
        NBInput.sendText(e.key);
        e.preventDefault();
      }
      var k = e.key.toLowerCase();
      var shortcut = (e.ctrlKey || e.metaKey) && (k === 's' || k === 'o' || k === 'p');  // not the browser's save/open/print
      if (shortcut || e.key === 'Tab') e.preventDefault();
    },

    onKeyUp: function(e) {
      if (NBInput.holdKey(e, 0)) return;
      NBInput.sendKey(e, 0);  // always: a key must never stay pressed in ImGui
    },

    pointerPos: function(e) {
      var rect = document.getElementById('canvas').getBoundingClientRect();
      _nb_pointer_move(e.clientX - rect.left, e.clientY - rect.top, e.pointerType === 'touch');
    },

    onWheel: function(e) {
      if (e.ctrlKey) return;  // Ctrl+wheel zooms the page, as everywhere in the browser
      var el = e.target;
      if (NB.isTextArea(el)) {  // let the text area scroll natively while it can
        var canDown = el.scrollTop + el.clientHeight < el.scrollHeight - 1, canUp = el.scrollTop > 0;
        if ((e.deltaY > 0 && canDown) || (e.deltaY < 0 && canUp)) return;
      }
      e.preventDefault();
      var scale = e.deltaMode === 1 ? 1 / 3 : e.deltaMode === 2 ? 5 : 1 / 100;  // lines / pages / pixels
      _nb_wheel(-e.deltaX * scale, -e.deltaY * scale);
    },

    /** Copies with execCommand when the async clipboard is unavailable (older browsers, no permission). */
    copyFallback: function(text) {
      var active = document.activeElement;
      var ta = document.createElement('textarea');
      ta.value = text;
      ta.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
      document.body.appendChild(ta);
      ta.select();
      try { document.execCommand('copy'); } catch (err) { /* the in-page clipboard still has it */ }
      ta.remove();
      if (active && active.focus) active.focus({preventScroll: true});
    },

    install: function() {
      var canvas = document.getElementById('canvas');
      var ime = document.createElement('textarea');
      ime.id = 'nb-ime';
      ime.setAttribute('autocomplete', 'off');
      ime.setAttribute('spellcheck', 'false');
      ime.setAttribute('aria-hidden', 'true');
      document.body.appendChild(ime);
      NBInput.ime = ime;
      ime.addEventListener('input', function(e) {
        if (e.isComposing || e.inputType === 'insertCompositionText') return;  // compositionend commits
        if (e.inputType !== 'insertFromPaste' && e.data) NBInput.holdOrSendText(e.data);  // paste: via Ctrl+V
        ime.value = '';
      });
      ime.addEventListener('compositionstart', function() { ime.classList.add('composing'); });
      ime.addEventListener('compositionend', function(e) {
        ime.classList.remove('composing');
        NBInput.holdOrSendText(e.data);
        ime.value = '';
      });

      canvas.addEventListener('pointerdown', function(e) {
        NBInput.release(null, true);
        if (NB.isTextArea(document.activeElement)) document.activeElement.blur();
        try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* synthetic events */ }
        NBInput.pointerPos(e);
        _nb_pointer_button(e.button, 1);
      });
      // Keeps the focus (and a running IME composition) in the IME textarea when clicking the canvas.
      canvas.addEventListener('mousedown', function(e) { e.preventDefault(); });
      canvas.addEventListener('contextmenu', function(e) { e.preventDefault(); });
      window.addEventListener('pointermove', NBInput.pointerPos);
      window.addEventListener('pointerup', function(e) {
        NBInput.pointerPos(e);
        _nb_pointer_button(e.button, 0);
      });
      document.documentElement.addEventListener('pointerleave', function() { _nb_pointer_move(-1, -1, 0); });
      window.addEventListener('wheel', NBInput.onWheel, {passive: false});
      window.addEventListener('keydown', NBInput.onKeyDown);
      window.addEventListener('keyup', NBInput.onKeyUp);
      window.addEventListener('blur', function() { _nb_focus(0); });
      window.addEventListener('focus', function() { _nb_focus(1); });
      document.addEventListener('paste', function(e) {
        if (NB.isTextArea(e.target)) return;  // native paste into the DOM text area
        NBInput.clipboard = (e.clipboardData && e.clipboardData.getData('text/plain')) || '';
        e.preventDefault();
        NB.wake(2);
      });
      // Tooltips appear after the pointer rests (ImGui's hover delays are 0.15 s and 0.40 s).
      var rest = 0;
      window.addEventListener('pointermove', function() {
        clearTimeout(rest);
        rest = setTimeout(function() { NB.wake(1); NB.after(300); }, 200);
      });
    },
  },

  nb_js_set_ime__deps: ['$NBInput'],
  nb_js_set_ime: function(want, x, y, lineHeight) {
    var ime = NBInput.ime;
    if (!ime) return;
    var active = document.activeElement;
    if (want) {
      ime.style.left = x + 'px';
      ime.style.top = y + 'px';
      ime.style.height = lineHeight + 'px';
      ime.style.fontSize = Math.max(8, lineHeight * 0.8) + 'px';
      if (active !== ime && !NB.isTextArea(active)) ime.focus({preventScroll: true});
    } else if (active === ime && !NBInput.held) {  // during a hand-over it keeps what is typed meanwhile
      ime.blur();
    }
  },

  nb_js_set_clipboard__deps: ['$NBInput'],
  nb_js_set_clipboard: function(textPtr) {
    var text = UTF8ToString(textPtr);
    NBInput.clipboard = text;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function() { NBInput.copyFallback(text); });
    } else {
      NBInput.copyFallback(text);
    }
  },

  nb_js_get_clipboard__deps: ['$NBInput', '$NB'],
  nb_js_get_clipboard: function() { return NB.newString(NBInput.clipboard); },
});
