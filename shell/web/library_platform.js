// library_platform.js — downloads, the file picker, localStorage (settings) and the leave-page warning.
mergeInto(LibraryManager.library, {
  $NBPlatform__deps: ['$NB'],
  // The first use of localStorage loads the page's storage (~17 ms, measured in the first frame, where the
  // editor reads its settings): done while the wasm compiles.
  $NBPlatform__postset: 'setTimeout(function() { try { void localStorage.length; } catch (e) { /* none */ } }, 0);',
  $NBPlatform: {
    picker: null,
    pickerUse: 0,
    unsaved: false,
    // file:// pages share one localStorage per browser profile: every key gets this prefix.
    prefix: 'nianbao:',
  },

  nb_js_download__deps: ['$NBPlatform'],
  nb_js_download: function(namePtr, mimePtr, bytesPtr, size) {
    var blob = new Blob([HEAPU8.slice(bytesPtr, bytesPtr + size)], {type: UTF8ToString(mimePtr)});
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(namePtr);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function() { URL.revokeObjectURL(a.href); }, 60000);
  },

  // Prints the official page from a hidden frame (the canvas would print as one dark page). The page's
  // own CSP forbids scripts inside it; the editor calls print() from outside.
  nb_js_print: function(htmlPtr) {
    var frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0';
    frame.addEventListener('load', function() {
      frame.contentWindow.addEventListener('afterprint', function() { setTimeout(function() { frame.remove(); }, 0); });
      frame.contentWindow.focus();
      frame.contentWindow.print();
    });
    frame.srcdoc = UTF8ToString(htmlPtr);
    document.body.appendChild(frame);
  },

  nb_js_open_file_dialog__deps: ['$NBPlatform', '$NB'],
  nb_js_open_file_dialog: function(acceptPtr, use) {
    // Without a fresh key press or click the browser ignores click() silently; say so instead (1 = asked).
    if (navigator.userActivation && !navigator.userActivation.isActive) return 0;
    var picker = NBPlatform.picker;
    if (!picker) {
      picker = NBPlatform.picker = document.createElement('input');
      picker.type = 'file';
      picker.style.display = 'none';
      picker.addEventListener('change', function() {
        // The workbench takes every file picked, in order; any other use takes the first.
        var files = Array.prototype.slice.call(picker.files || []);
        if (NBPlatform.pickerUse !== NB.useWorkbench) files = files.slice(0, 1);
        NB.openFiles(files.map(function(f) { return {file: f, name: f.name}; }), NBPlatform.pickerUse);
        picker.value = '';
      });
      document.body.appendChild(picker);
    }
    picker.accept = UTF8ToString(acceptPtr);
    picker.multiple = use === NB.useWorkbench;
    NBPlatform.pickerUse = use;  // platform::FileUse: what the chosen file is for
    picker.click();
    return 1;
  },

  nb_js_storage_set__deps: ['$NBPlatform'],
  nb_js_storage_set: function(keyPtr, valuePtr) {
    try {
      localStorage.setItem(NBPlatform.prefix + UTF8ToString(keyPtr), UTF8ToString(valuePtr));
      return 1;
    } catch (e) {
      return 0;  // quota exceeded, storage disabled: the editor tells the user
    }
  },

  nb_js_storage_get__deps: ['$NBPlatform', '$NB'],
  nb_js_storage_get: function(keyPtr) {
    try {
      var value = localStorage.getItem(NBPlatform.prefix + UTF8ToString(keyPtr));
      return value === null ? 0 : NB.newString(value);
    } catch (e) {
      return 0;
    }
  },

  nb_js_decode_gbk__deps: ['$NB'],
  nb_js_decode_gbk: function(bytesPtr, size) {
    try {
      var text = new TextDecoder('gbk', {fatal: true}).decode(HEAPU8.subarray(bytesPtr, bytesPtr + size));
      return NB.newString(text);
    } catch (e) {
      return 0;  // not GBK either (or no decoder): the editor says the encoding is unknown
    }
  },

  nb_js_storage_remove__deps: ['$NBPlatform'],
  nb_js_storage_remove: function(keyPtr) {
    try { localStorage.removeItem(NBPlatform.prefix + UTF8ToString(keyPtr)); } catch (e) { /* nothing stored */ }
  },

  nb_js_set_unsaved__deps: ['$NBPlatform'],
  nb_js_set_unsaved: function(unsaved) {
    if (!NBPlatform.unsaved && unsaved) {
      window.addEventListener('beforeunload', NBPlatform.warn = function(e) {
        e.preventDefault();
        e.returnValue = '';
      });
    } else if (NBPlatform.unsaved && !unsaved) {
      window.removeEventListener('beforeunload', NBPlatform.warn);
    }
    NBPlatform.unsaved = !!unsaved;
  },
});
