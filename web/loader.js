// loader.js — starts the editor inside the single nianbao.html: inflates the gzip'd wasm stored in the page
// (DecompressionStream; no request of any kind), compiling it as it comes, and hands the module to the
// Emscripten runtime. The editor draws with the computer's own fonts (shell/web/library_glyphs.js); the only
// embedded font has the characters of the font notices, so that a computer without Chinese fonts can read
// that it has none (web/notice_font.py).
(function () {
  'use strict';
  var status = document.getElementById('nb-status');

  function fail(message) {
    status.textContent = message;
    status.className = 'error';
  }

  /** The bytes of base64 text: natively where the browser can (the loop took ~30 ms of the editor's start). */
  function fromBase64(text) {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  /** The base64 text of gzip'd data, as a stream of its inflated bytes. */
  function gunzip(text) {
    return new Blob([fromBase64(text)]).stream().pipeThrough(new DecompressionStream('gzip'));
  }

  function inflate(id) {
    return new Response(gunzip(document.getElementById(id).textContent)).arrayBuffer();
  }

  /**
   * The wasm module, compiled while it is inflated where the browser can. In the page: the browser compiles
   * on its own threads, and a worker's start cost more than it spared (measured: the module came ~200 ms
   * later).
   */
  function compileWasm() {
    var text = document.getElementById('nb-wasm').textContent;
    if (WebAssembly.compileStreaming) {
      return WebAssembly.compileStreaming(new Response(gunzip(text), {headers: {'Content-Type': 'application/wasm'}}));
    }
    return new Response(gunzip(text)).arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
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
