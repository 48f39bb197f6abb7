// library_autosave.js — the crash-buffer store of ui/platform.h in the browser.
//
// Why IndexedDB: Chromium keeps localStorage in memory and writes it to disk lazily, so when the whole browser
// is killed it gives back a buffer up to half a minute old. An IndexedDB transaction with
// {durability: 'strict'} completes only after its data is flushed to disk.
//
// Slots: one record per editor page, {slot, json, savedAt}, keyed by a random slot id made at start. A page
// holds the Web Lock "nianbao.slot.<id>" for its own slot while it lives: the browser drops it when the page
// closes, crashes or the browser dies. A starting page reads every record while the wasm compiles and the
// editor draws its first frame (not as a run dependency: opening a new database took ~100 ms more than the
// compile, and the first frame waited for it), and claims each record whose lock is free by taking that
// lock itself; those are its orphans. The editor offers them once the store is ready (nb_js_crash_ready);
// writes made before then wait in the queue. So a buffer is offered by one page at a time, and never while
// its own page is still open.
//
// Index
//   $NBStore ............... state, start (open, read, claim), the write queue
//   nb_js_crash_* .......... the C entry points (shell/web/autosave_web.cpp)
mergeInto(LibraryManager.library, {
  $NBStore__deps: ['$NB'],
  // At once, while the wasm is inflated and compiled.
  $NBStore__postset: 'NBStore.start();',
  $NBStore: {
    db: null,
    ready: false,    // the start has finished: orphans read and claimed (or no store to be had)
    slot: '',
    state: 0,        // of this page's writes: 0 none, 1 pending, 2 committed, 3 failed
    orphans: [],     // [{slot, json, savedAt}] claimed at start, not yet handed to the editor
    releases: {},    // slot -> function that drops this page's lock on it
    queue: [],       // operations waiting for the previous one: {put: record} or {del: slot}
    busy: false,
    failed: false,   // a write of this page failed since the last clear: deletes of orphans are skipped
    legacyKey: 'nianbao:nianbao.autosave.report',  // where the editor kept its one buffer before slots
    legacySavedKey: 'nianbao:nianbao.autosave.saved',

    lockName: function(slot) { return 'nianbao.slot.' + slot; },

    /** Takes the lock of `slot` if nobody holds it: calls done(true) holding it, done(false) otherwise. */
    claim: function(slot, wait, done) {
      navigator.locks.request(NBStore.lockName(slot), {ifAvailable: !wait}, function(lock) {
        if (!lock) {
          done(false);
          return null;
        }
        return new Promise(function(resolve) {
          NBStore.releases[slot] = resolve;
          done(true);
        });
      }).catch(function() { done(false); });
    },

    release: function(slot) {
      var release = NBStore.releases[slot];
      delete NBStore.releases[slot];
      if (release) release();
    },

    /** Opens the database, takes this page's own lock, reads and claims the orphans; then tells the editor. */
    start: function() {
      var finish = function() {
        if (NBStore.ready) return;
        NBStore.ready = true;
        if (!NBStore.db) NBStore.failQueuedWrites();
        NBStore.pump();
        NB.wakeIfStarted(2);  // the editor takes the orphans in its next frame
      };
      setTimeout(finish, 5000);  // a store that never answers must not keep the editor waiting for it
      var bytes = new Uint8Array(12);
      crypto.getRandomValues(bytes);
      NBStore.slot = Array.prototype.map.call(bytes, function(b) { return (b + 256).toString(16).slice(1); }).join('');
      if (!window.indexedDB || !navigator.locks) {
        console.error('nianbao: IndexedDB or Web Locks unavailable: no crash buffer');
        finish();
        return;
      }
      NBStore.claim(NBStore.slot, true, function() {});
      var request;
      try {
        request = indexedDB.open('nianbao', 1);
      } catch (e) {
        finish();
        return;
      }
      request.onupgradeneeded = function() { request.result.createObjectStore('buffers', {keyPath: 'slot'}); };
      request.onerror = function() {
        console.error('nianbao: cannot open IndexedDB: ' + request.error);
        finish();
      };
      request.onsuccess = function() {
        NBStore.db = request.result;
        var read = NBStore.db.transaction('buffers', 'readonly').objectStore('buffers').getAll();
        read.onerror = finish;
        read.onsuccess = function() {
          var records = read.result.slice();
          var legacy = NBStore.legacyBuffer();
          if (legacy) records.push(legacy);
          var left = records.length;
          if (!left) finish();
          records.forEach(function(record) {
            NBStore.claim(record.slot, false, function(claimed) {
              if (claimed) NBStore.orphans.push(record);
              if (--left === 0) finish();
            });
          });
        };
      };
    },

    /** The single buffer of earlier versions (localStorage), offered once like an orphan. */
    legacyBuffer: function() {
      try {
        var json = localStorage.getItem(NBStore.legacyKey);
        if (json === null) return null;
        if (localStorage.getItem(NBStore.legacySavedKey) !== null) {  // it was saved as a file
          localStorage.removeItem(NBStore.legacyKey);
          localStorage.removeItem(NBStore.legacySavedKey);
          return null;
        }
        return {slot: 'localStorage', json: json, savedAt: 0};
      } catch (e) {
        return null;
      }
    },

    /** No store after all: the writes that waited for it are reported failed (the status line says so). */
    failQueuedWrites: function() {
      if (!NBStore.queue.some(function(op) { return op.put; })) return;
      NBStore.queue = NBStore.queue.filter(function(op) { return !op.put; });
      NBStore.state = 3;
      NB.wakeIfStarted(1);
    },

    /** Runs queued operations one transaction at a time, in order (the newest write of a run wins). */
    pump: function() {
      if (NBStore.busy || !NBStore.queue.length || !NBStore.db) return;
      var op = NBStore.queue.shift();
      if (op.put) {  // only the newest of consecutive writes matters
        while (NBStore.queue.length && NBStore.queue[0].put) op = NBStore.queue.shift();
      }
      if (op.del && NBStore.failed && op.del !== NBStore.slot) {
        NBStore.release(op.del);  // keep the orphan: the work restored from it is not safely stored here
        NBStore.pump();
        return;
      }
      if (op.del === 'localStorage') {
        try {
          localStorage.removeItem(NBStore.legacyKey);
          localStorage.removeItem(NBStore.legacySavedKey);
        } catch (e) { /* nothing stored */ }
        NBStore.release(op.del);
        NBStore.pump();
        return;
      }
      var tx;
      try {
        tx = NBStore.db.transaction('buffers', 'readwrite', {durability: 'strict'});
        var store = tx.objectStore('buffers');
        if (op.put) store.put(op.put); else store.delete(op.del);
      } catch (e) {
        NBStore.done(op, false);
        return;
      }
      NBStore.busy = true;
      tx.oncomplete = function() { NBStore.done(op, true); };
      tx.onabort = tx.onerror = function() { NBStore.done(op, false); };
    },

    done: function(op, ok) {
      if (op.reported) return;  // onerror is followed by onabort: one report
      op.reported = true;
      NBStore.busy = false;
      if (op.put) {
        var last = !NBStore.queue.some(function(o) { return o.put; });
        if (!ok) {
          NBStore.failed = true;
          NBStore.state = 3;
        } else if (last && NBStore.state !== 3) {
          NBStore.state = 2;
        }
        NB.wake(1);  // the status line shows the new state
      } else if (op.del !== NBStore.slot) {
        NBStore.release(op.del);
      }
      NBStore.pump();
    },
  },

  nb_js_crash_write__deps: ['$NBStore'],
  nb_js_crash_write: function(jsonPtr) {
    if (NBStore.ready && !NBStore.db) {
      NBStore.state = 3;
      return;
    }
    NBStore.state = 1;
    NBStore.failed = false;
    NBStore.queue.push({put: {slot: NBStore.slot, json: UTF8ToString(jsonPtr), savedAt: Date.now()}});
    NBStore.pump();
  },

  nb_js_crash_ready__deps: ['$NBStore'],
  nb_js_crash_ready: function() { return NBStore.ready ? 1 : 0; },

  nb_js_crash_state__deps: ['$NBStore'],
  nb_js_crash_state: function() { return NBStore.state; },

  nb_js_crash_clear__deps: ['$NBStore'],
  nb_js_crash_clear: function() {
    NBStore.queue = NBStore.queue.filter(function(op) { return !op.put; });
    NBStore.queue.push({del: NBStore.slot});
    NBStore.state = 0;
    NBStore.failed = false;
    NBStore.pump();
  },

  nb_js_crash_orphan_count__deps: ['$NBStore'],
  nb_js_crash_orphan_count: function() { return NBStore.orphans.length; },

  /** Orphan `index`: its slot, JSON and time (malloc'd strings), or 0 past the end. */
  nb_js_crash_orphan__deps: ['$NBStore', '$NB'],
  nb_js_crash_orphan: function(index, slotOut, jsonOut, savedAtOut) {
    var o = NBStore.orphans[index];
    if (!o) return 0;
    HEAPU32[slotOut >> 2] = NB.newString(String(o.slot));
    HEAPU32[jsonOut >> 2] = NB.newString(String(o.json));
    HEAPF64[savedAtOut >> 3] = Number(o.savedAt) || 0;
    return 1;
  },

  nb_js_crash_delete__deps: ['$NBStore'],
  nb_js_crash_delete: function(slotPtr) {
    NBStore.queue.push({del: UTF8ToString(slotPtr)});
    NBStore.pump();
  },

  nb_js_crash_release__deps: ['$NBStore'],
  nb_js_crash_release: function(slotPtr) { NBStore.release(UTF8ToString(slotPtr)); },

  nb_js_wall_clock_ms: function() { return Date.now(); },
});
