// loader.js — starts the editor inside the single nianbao.html: inflates the gzip'd wasm stored in the page
// (DecompressionStream; no request of any kind) and hands it to the Emscripten runtime. The editor draws with
// the computer's own fonts (shell/web/library_glyphs.js); the only embedded font has the characters of the
// font notices, so that a computer without Chinese fonts can read that it has none (web/notice_font.py).
(function () {
  'use strict';
  var status = document.getElementById('nb-status');

  function fail(message) {
    status.textContent = message;
    status.className = 'error';
  }

  /** Bytes of the base64 gzip stored in <script id=…>, inflated. */
  function inflate(id) {
    var text = document.getElementById(id).textContent;
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
  }

  if (typeof DecompressionStream === 'undefined' || typeof WebAssembly === 'undefined' ||
      !document.createElement('canvas').getContext('webgl2')) {
    fail('此浏览器版本过旧，无法运行编辑器。请使用新版 Chrome、Edge、Firefox，或 360/QQ 浏览器的“极速模式”打开本文件。');
    return;
  }

  Promise.all([inflate('nb-wasm'), inflate('nb-notice-font')]).then(function (parts) {
    if (window.FontFace && document.fonts) document.fonts.add(new FontFace('NianbaoNotice', parts[1]));
    return createNianbao({
      wasmBinary: parts[0],
      canvas: document.getElementById('canvas'),
      printErr: function (text) { console.error(text); },
      onAbort: function (what) { fail('编辑器出错停止：' + what + '。请刷新页面（已自动保存的内容会恢复）。'); },
    });
  }).then(function () {
    status.remove();
  }, function (error) {
    fail('编辑器未能启动：' + error);
  });
})();
