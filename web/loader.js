// loader.js — starts the editor inside the single nianbao.html: inflates the gzip'd wasm stored in the page
// (DecompressionStream; no request of any kind), compiling it as it comes, and hands the module to the
// Emscripten runtime. For a large wasm (the editor's) a worker does the decoding, inflating and compiling, so
// that the page's main thread, on which everything else of the start runs, is spared them. The editor draws with the computer's own fonts (shell/web/library_glyphs.js); the only
// embedded font has the characters of the font notices, so that a computer without Chinese fonts can read
// that it has none (web/notice_font.py).
(function () {
  'use strict';
  var status = document.getElementById('nb-status');

  function fail(message) {
    status.textContent = message;
    status.className = 'error';
  }

  // --- run in the page, and in the worker (as their source text)
  /** The base64 text of gzip'd data, as a stream of its inflated bytes. */
  function gunzip(text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  }

  /** A wasm module from its gzip'd base64, compiled while it is inflated where the browser can. */
  function compileGzipped(text) {
    if (WebAssembly.compileStreaming) {
      return WebAssembly.compileStreaming(new Response(gunzip(text), {headers: {'Content-Type': 'application/wasm'}}));
    }
    return new Response(gunzip(text)).arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
  }

  /** The worker: compiles the text it is sent and posts back {module} or {error}. */
  function compileOnMessage(event) {
    compileGzipped(event.data).then(function (module) {
      postMessage({module: module});
    }).catch(function (error) {
      postMessage({error: String(error)});
    });
  }
  // ---

  function inflate(id) {
    return new Response(gunzip(document.getElementById(id).textContent)).arrayBuffer();
  }

  // Base64 characters from which a worker repays its start (a JS engine of its own). Measured on a busy
  // 2-core machine: with the bare benchmark page's 0.16 MB the first frame came 150 ms later; with the
  // editor's 0.65 MB its main thread spent 45 ms less, the first frame within the noise.
  var WORKER_FROM = 400000;

  /**
   * The wasm, a large one compiled in a worker; in the page itself when small, where no worker starts or it
   * cannot hand the module over (the page then only loses the time the worker took).
   */
  function compileWasm() {
    var text = document.getElementById('nb-wasm').textContent;
    if (text.length < WORKER_FROM) return compileGzipped(text);
    var source = [gunzip, compileGzipped, compileOnMessage].join('\n') + '\nonmessage = compileOnMessage;';
    var worker;
    try {
      worker = new Worker(URL.createObjectURL(new Blob([source], {type: 'text/javascript'})));
    } catch (error) {
      return compileGzipped(text);
    }
    return new Promise(function (resolve) {
      function inPage() {
        worker.terminate();
        resolve(compileGzipped(text));
      }
      worker.onerror = worker.onmessageerror = inPage;
      worker.onmessage = function (event) {
        if (!event.data.module) return inPage();
        worker.terminate();
        resolve(event.data.module);
      };
      worker.postMessage(text);
    });
  }

  if (typeof DecompressionStream === 'undefined' || typeof WebAssembly === 'undefined' ||
      !document.createElement('canvas').getContext('webgl2')) {
    fail('此浏览器版本过旧，无法运行编辑器。请使用新版 Chrome、Edge、Firefox，或 360/QQ 浏览器的“极速模式”打开本文件。');
    return;
  }

  var wasm = compileWasm();
  var noticeFont = inflate('nb-notice-font').then(function (font) {
    if (window.FontFace && document.fonts) document.fonts.add(new FontFace('NianbaoNotice', font));
  });
  // The runtime is created at once (its JS libraries start loading the computer's fonts meanwhile,
  // library_glyphs.js) and instantiates the wasm when it is compiled.
  var started = createNianbao({
    instantiateWasm: function (imports, receive) {
      wasm.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) { receive(instance, module); });
      }).catch(function (error) { fail('编辑器未能启动：' + error); });
      return {};  // the exports come later, through receive
    },
    canvas: document.getElementById('canvas'),
    printErr: function (text) { console.error(text); },
    onAbort: function (what) { fail('编辑器出错停止：' + what + '。请刷新页面（已自动保存的内容会恢复）。'); },
  });
  Promise.all([started, noticeFont]).then(function () {
    status.remove();
  }, function (error) {
    fail('编辑器未能启动：' + error);
  });
})();
