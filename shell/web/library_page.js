// library_page.js — page-level glue: frame scheduler, canvas size, window.nianbao, drops.
//
// Frames are drawn on demand: NB.wake(n) asks for n animation frames (input, a changed state), NB.after(ms)
// for one later (caret blink, autosave, tooltips). With nothing to do, no frame is drawn at all.
//
// Index
//   $NB .................. scheduler, string helpers, file opening
//   nb_js_init ........... listeners for resize/focus/drop and window.nianbao
//   nb_js_canvas_size .... CSS size × devicePixelRatio backing store
mergeInto(LibraryManager.library, {
  $NB__deps: ['malloc', 'free'],
  $NB: {
    rafPending: false,
    countdown: 0,   // animation frames still wanted after the current one
    timer: 0,
    timerDue: 0,    // when the pending timer fires (performance.now() ms); 0: none. (Library objects are
                    // serialized as JSON by Emscripten: Infinity would become null.)
    useWorkbench: 3,  // platform::FileUse::Workbench: several files, or a folder's

    started: false,  // main() has set up the editor (nb_js_init): frames can be drawn

    /** Draws the next `frames` animation frames (at least one). */
    wake: function(frames) {
      NB.countdown = Math.max(NB.countdown, frames || 1);
      if (!NB.rafPending) {
        NB.rafPending = true;
        requestAnimationFrame(NB.tick);
      }
    },

    /** wake() for callbacks that may come before the editor exists (the crash store's start). */
    wakeIfStarted: function(frames) {
      if (NB.started) NB.wake(frames);
    },

    tick: function() {
      NB.rafPending = false;
      NB.countdown--;
      _nb_frame();
      if (NB.countdown > 0) NB.wake(NB.countdown);
    },

    /** One frame after `ms` milliseconds, unless an earlier one is already due. */
    after: function(ms) {
      var due = performance.now() + ms;
      if (NB.timerDue && due >= NB.timerDue) return;
      clearTimeout(NB.timer);
      NB.timerDue = due;
      NB.timer = setTimeout(function() { NB.timerDue = 0; NB.wake(2); }, ms);
    },

    /** Calls f with a malloc'd UTF-8 copy of s, then frees it. */
    withString: function(s, f) {
      var size = lengthBytesUTF8(s) + 1;
      var p = _malloc(size);
      stringToUTF8(s, p, size);
      try { return f(p); } finally { _free(p); }
    },

    /** A malloc'd UTF-8 copy of s (the C side frees it). */
    newString: function(s) {
      var size = lengthBytesUTF8(s) + 1;
      var p = _malloc(size);
      stringToUTF8(s, p, size);
      return p;
    },

    /** Hands a picked or dropped File to the editor (`use`: platform::FileUse, 0 = open it); an error is
        shown by the editor itself. */
    openFile: function(file, use, name) {
      return file.arrayBuffer().catch(function(error) {
        console.error('nianbao: cannot read ' + file.name + ': ' + error);
        return null;
      }).then(function(buffer) {
        if (buffer) NB.deliver(name || file.name, buffer, use);
      });
    },

    /** Copies a file's bytes (an ArrayBuffer, or null: unreadable, given as empty) into the editor. */
    deliver: function(name, buffer, use) {
      var bytes = new Uint8Array(buffer || new ArrayBuffer(0));
      var p = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, p);
      try {
        NB.withString(name, function(namePtr) {
          if (use) _nb_open_file_as(use, namePtr, p, bytes.length); else _nb_open_file(namePtr, p, bytes.length);
        });
      } finally {
        _free(p);
      }
    },

    /** Hands files ({file, name}: `name` keeps a dropped folder's path) to the editor in order, after announcing
        how many come. They are read in parallel a batch at a time and given to the editor together (a copy into
        its queue each), so that thousands arrive in a few frames; the editor reads and checks them over the
        frames that follow. */
    openFiles: function(list, use) {
      _nb_files_coming(use, list.length);
      var batch = 64, at = 0;
      var next = function() {
        if (at >= list.length) return;
        var part = list.slice(at, at + batch);
        at += batch;
        Promise.all(part.map(function(item) {
          return item.file.arrayBuffer().catch(function(error) {
            console.error('nianbao: cannot read ' + item.name + ': ' + error);
            return null;  // still given to the workbench (it waits for every file announced), as unreadable
          });
        })).then(function(buffers) {
          buffers.forEach(function(buffer, i) { NB.deliver(part[i].name, buffer, use); });
          next();
        });
      };
      next();
    },

    /** Files under the dropped entries (folders walked; report files only, not hidden or Office lock files). */
    collectEntries: function(entries, done) {
      var found = [], pending = 0;
      var wanted = /\.(json|html?|txt|docx|doc|wps)$/i;
      var finish = function() { if (--pending === 0) done(found); };
      var visit = function(entry) {
        pending++;
        if (entry.isFile) {
          var base = entry.name;
          if (!wanted.test(base) || base[0] === '.' || base.indexOf('~$') === 0) { finish(); return; }
          entry.file(function(f) { found.push({file: f, name: entry.fullPath.replace(/^\//, '')}); finish(); }, finish);
        } else if (entry.isDirectory) {
          var reader = entry.createReader();
          var more = function() {  // readEntries gives at most 100 at a time
            reader.readEntries(function(batch) {
              if (batch.length === 0) { finish(); return; }
              batch.forEach(visit);
              more();
            }, finish);
          };
          more();
        } else {
          finish();
        }
      };
      pending++;
      entries.forEach(visit);
      finish();
    },

    isTextArea: function(el) {
      return !!(el && el.classList && el.classList.contains('nb-text'));
    },
  },

  nb_js_init__deps: ['$NB', '$NBInput'],
  nb_js_init: function() {
    NB.started = true;  // main() runs to its end before any callback can ask for a frame
    NBInput.install();
    window.addEventListener('resize', function() { NB.wake(2); });
    // Files dropped anywhere open as a report; dragged text still drops natively into a DOM text area.
    var carriesFiles = function(e) {
      return !!(e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types || [], 'Files') >= 0);
    };
    window.addEventListener('dragover', function(e) {
      if (!carriesFiles(e) && NB.isTextArea(e.target)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    });
    window.addEventListener('drop', function(e) {
      if (!carriesFiles(e) && NB.isTextArea(e.target)) return;
      e.preventDefault();
      // One file opens as the report (or joins the workbench when it is shown); several files or a folder go
      // to the 汇总/审核 workbench.
      var items = Array.prototype.slice.call((e.dataTransfer && e.dataTransfer.items) || []);
      var entries = items.map(function(it) { return it.webkitGetAsEntry ? it.webkitGetAsEntry() : null; })
                         .filter(function(en) { return !!en; });
      var files = Array.prototype.slice.call((e.dataTransfer && e.dataTransfer.files) || []);
      var folder = entries.some(function(en) { return en.isDirectory; });
      if (files.length === 1 && !folder) { NB.openFile(files[0]); return; }
      if (folder) {
        NB.collectEntries(entries, function(found) {
          found.sort(function(a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; });
          NB.openFiles(found, NB.useWorkbench);
        });
      } else if (files.length > 1) {
        NB.openFiles(files.map(function(f) { return {file: f, name: f.name}; }), NB.useWorkbench);
      }
    });
    window.nianbao = {
      /** The report as JSON text (data contract §2). */
      getReport: function() { return UTF8ToString(_nb_get_report()); },
      /** Loads report JSON; returns "" or the Chinese error (the open report is then unchanged). */
      loadReport: function(json) {
        return NB.withString(json, function(p) { return UTF8ToString(_nb_load_report(p)); });
      },
      /** Attaches last year's report JSON (CY rules, 比对); returns "" or the Chinese error. */
      loadPrevious: function(json) {
        return NB.withString(json, function(p) { return UTF8ToString(_nb_load_previous(p)); });
      },
      /** Findings of the open report as JSON text. */
      getFindings: function() { return UTF8ToString(_nb_get_findings()); },
      /** The 汇总/审核 workbench's state as JSON text (units as `nianbao batch --json`, order, selection). */
      workbench: function() { return UTF8ToString(_nb_workbench()); },
      /** The status line's message: the result of the last action, in Chinese. */
      status: function() { return UTF8ToString(_nb_status_line()); },
      /** Frames drawn since start. */
      frameCount: function() { return _nb_frame_count(); },
      /** Where `target` was drawn in the last frame: JSON {"x","y","w","h"} in CSS pixels, or "". */
      locate: function(target) {
        return NB.withString(target, function(p) { return UTF8ToString(_nb_locate(p)); });
      },
    };
  },

  nb_js_canvas_size__deps: ['$NB'],
  nb_js_canvas_size: function(widthPtr, heightPtr, ratioPtr) {
    var canvas = document.getElementById('canvas');
    var ratio = window.devicePixelRatio || 1;
    var w = canvas.clientWidth, h = canvas.clientHeight;
    var pw = Math.max(1, Math.round(w * ratio)), ph = Math.max(1, Math.round(h * ratio));
    if (canvas.width !== pw) canvas.width = pw;
    if (canvas.height !== ph) canvas.height = ph;
    HEAPF32[widthPtr >> 2] = w;
    HEAPF32[heightPtr >> 2] = h;
    HEAPF32[ratioPtr >> 2] = ratio;
  },

  nb_js_frame_after__deps: ['$NB'],
  nb_js_frame_after: function(ms) {
    if (ms <= 0) NB.wake(4); else NB.after(ms);  // ImGui spreads a click over frames (down, up, focus)
  },

  nb_js_now_ms: function() { return performance.now(); },

  nb_js_location_hash__deps: ['$NB'],
  nb_js_location_hash: function() {
    var hash = location.hash.replace(/^#/, '');
    try { hash = decodeURIComponent(hash); } catch (e) { /* malformed escapes: keep it as typed */ }
    return NB.newString(hash);
  },
});
