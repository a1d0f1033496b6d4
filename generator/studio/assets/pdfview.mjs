/* The PDF tab: the preview's PDF drawn by pdf.js, page by page, into canvases (with a text
   layer, so its text can be selected and found). A new version replaces the pages in place:
   the scroll position stays, the pages in view are drawn first (each swapped in whole, never
   blanked), then their text layers and the pages next to them, the others when they are
   scrolled to. Nothing is drawn while the tab is hidden; showing it draws the latest
   version. pdf.js runs without eval (the page's policy allows none) in one worker kept for
   the session. */
import * as pdfjs from "./vendor/pdfjs/pdf.min.mjs";

pdfjs.GlobalWorkerOptions.workerSrc = "/assets/vendor/pdfjs/pdf.worker.min.mjs";

var worker = null;
var shown = { url: null, version: 0, doc: null, sizes: [] };
var wanted = { url: null, version: 0 };
var texts = Promise.resolve();

function view() { return document.getElementById("pdf-view"); }
function visible() { var v = view(); return !!v && v.offsetParent !== null; }

/* The pages of ``doc`` sized to the view's width: one box per page, kept across versions. */
function layOut(doc, sizes) {
  var box = view(), width = Math.max(200, box.clientWidth - 24);
  while (box.children.length > doc.numPages) box.lastChild.remove();
  while (box.children.length < doc.numPages) {
    var page = document.createElement("div");
    page.className = "pdf-page";
    page.dataset.page = String(box.children.length + 1);
    box.appendChild(page);
  }
  Array.prototype.forEach.call(box.children, function (page, i) {
    var scale = width / sizes[i][0];
    page.style.width = Math.floor(sizes[i][0] * scale) + "px";
    page.style.height = Math.floor(sizes[i][1] * scale) + "px";
    page.style.setProperty("--total-scale-factor", String(scale));
    page.dataset.scale = String(scale);
    page.dataset.drawn = "";
  });
}

/* Draw one page of the shown version into a new canvas, then swap it in. */
function draw(box) {
  var doc = shown.doc, version = shown.version, number = Number(box.dataset.page);
  if (!doc || box.dataset.drawn === String(version) || box.dataset.drawing === String(version)) return Promise.resolve();
  box.dataset.drawing = String(version);
  return doc.getPage(number).then(function (page) {
    var viewport = page.getViewport({ scale: Number(box.dataset.scale) });
    var ratio = window.devicePixelRatio || 1;
    var canvas = document.createElement("canvas");
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = box.style.width;
    canvas.style.height = box.style.height;
    var task = page.render({ canvasContext: canvas.getContext("2d"), viewport: viewport, transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0] });
    return task.promise.then(function () {
      if (shown.version !== version) return;
      var text = document.createElement("div");
      text.className = "textLayer";
      box.replaceChildren(canvas, text);
      box.dataset.drawn = String(version);
      /* The text layer after the pages in view are shown: it is for selecting, not seeing. */
      texts = texts.then(function () {
        if (shown.version !== version) return;
        return new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport: viewport }).render();
      }).catch(function () { /* a newer version came */ });
    });
  }).catch(function () { /* a newer version replaced this one meanwhile */ }).finally(function () {
    if (box.dataset.drawing === String(version)) box.dataset.drawing = "";
  });
}

/* Whether ``box`` is within ``margin`` pixels of the view. */
function near(margin) {
  var area = view().getBoundingClientRect();
  return function (box) {
    var at = box.getBoundingClientRect();
    return at.bottom > area.top - margin && at.top < area.bottom + margin;
  };
}

/* Draw, one after the other, the pages of the shown version in or near the view. */
var drawing = Promise.resolve();
function drawNear() {
  var boxes = Array.prototype.filter.call(view().children, near(400));
  drawing = boxes.reduce(function (chain, box) { return chain.then(function () { return draw(box); }); }, drawing);
  return drawing;
}

/* Load ``wanted`` unless it is shown or being loaded, lay it out, draw the pages in view;
   the version shown stays until then (a load it supersedes is dropped). */
var loading = null;
function update() {
  if (!visible() || !wanted.url || wanted.url === shown.url || (loading && loading.url === wanted.url)) return;
  var url = wanted.url, version = wanted.version;
  if (loading) loading.task.destroy();
  worker = worker || new pdfjs.PDFWorker();
  var task = pdfjs.getDocument({ url: url, worker: worker, isEvalSupported: false, enableXfa: false, disableRange: true });
  var mine = loading = { url: url, task: task };
  task.promise.then(function (doc) {
    var numbers = [];
    for (var i = 1; i <= doc.numPages; i += 1) numbers.push(i);
    return Promise.all(numbers.map(function (n) {
      return doc.getPage(n).then(function (page) { var v = page.getViewport({ scale: 1 }); return [v.width, v.height]; });
    })).then(function (sizes) {
      if (loading !== mine) return;
      loading = null;
      var old = shown.doc;
      shown = { url: url, version: version, doc: doc, sizes: sizes };
      layOut(doc, sizes);
      var first = Array.prototype.filter.call(view().children, near(0));
      return Promise.all(first.map(draw)).then(function () {
        if (old) old.destroy();
        if (shown.version !== version) return;
        var box = view();
        box.dataset.version = String(version);
        box.dataset.pages = String(doc.numPages);
        document.getElementById("pdf-state").textContent = window.T("pdf.state", { version: version, pages: doc.numPages });
        drawNear();
        update();  // a version that arrived meanwhile
      });
    });
  }).catch(function (error) {
    if (loading !== mine) return;  // dropped for a newer version
    loading = null;
    document.getElementById("pdf-state").textContent = window.T("pdf.failed", { error: error.message });
  });
}

window.StudioPdf = {
  /* A new version of the PDF at ``url``: drawn now if the tab is open, else when it opens. */
  show: function (url, version) { wanted = { url: url, version: version }; update(); },
  update: update,
};

document.addEventListener("DOMContentLoaded", function () {
  /* Another width (the window resized, a tablet turned): the pages laid out again to fit it. */
  var width = 0, resized = null;
  new ResizeObserver(function () {
    var now = view().clientWidth;
    if (!now || Math.abs(now - width) < 8) return;
    width = now;
    clearTimeout(resized);
    resized = setTimeout(function () {
      if (!shown.doc) return;
      var box = view(), at = box.scrollTop / (box.scrollHeight || 1);  // the same place, at the new size
      layOut(shown.doc, shown.sizes);
      box.scrollTop = at * box.scrollHeight;
      drawNear();
    }, 100);
  }).observe(view());
  var asked = false;
  view().addEventListener("scroll", function () {
    if (asked) return;
    asked = true;
    requestAnimationFrame(function () { asked = false; drawNear(); });
  }, { passive: true });
});
