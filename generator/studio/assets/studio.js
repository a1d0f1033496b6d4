/* The studio page: pages of forms over a guide's files, saving each change into the file
   (debounced; a journal in localStorage until the save lands), undo and redo, the preview
   and PDF beside the form, errors and preview places that lead to their field. */
"use strict";
(function () {
  var TOKEN = document.querySelector("meta[name=studio-token]").content;
  var READ_ONLY = document.querySelector("meta[name=studio-read-only]").content === "true";
  /* A change is saved once the typing pauses this long (a write is atomic and cheap, and the
     preview and PDF follow the save), and at the latest this long after the first change not
     yet saved, so that a crash loses less than a second of typing even while it never pauses. */
  var SAVE_AFTER_MS = 100, SAVE_AT_MOST_MS = 800;
  var S = { slug: null, files: {}, order: [], page: "guide.yaml", forms: null, undo: [], redo: [], status: null };
  var $ = function (id) { return document.getElementById(id); };
  var el = Forms.el;

  function call(method, url, body) {
    var options = { method: method, headers: { "X-Studio-Token": TOKEN, "Content-Type": "application/json" } };
    if (body !== undefined) options.body = typeof body === "string" || body instanceof Blob ? body : JSON.stringify(body);
    return fetch(url, options).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (a) { a.status = r.status; return a; });
    });
  }
  function say(text) { $("save-state").textContent = text; }

  /* ---- files, saving, the journal ---- */
  function withoutPlaces(key, value) { return key === "__i" ? undefined : value; }
  /* What the teacher wrote in a file (the places of its entries left out: they change with each save). */
  function snapshot(file) { return JSON.stringify({ data: file.data, body: file.body }, withoutPlaces); }
  function journalKey(path) { return "studio:" + S.slug + ":" + path; }

  function changed(path) {
    var file = S.files[path];
    var now = snapshot(file), last = S.undo[S.undo.length - 1];
    if (last && last.path === path && Date.now() - last.time < 1000) { last.after = now; last.time = Date.now(); }
    else S.undo.push({ path: path, before: file.saved, after: now, time: Date.now() });
    S.redo = [];
    file.saved = now;
    localStorage.setItem(journalKey(path), JSON.stringify({ base: file.hash, data: file.data, body: file.body }));
    schedule(path);
    history();
  }

  function schedule(path) {
    var file = S.files[path];
    if (READ_ONLY) { say(T("save.read_only")); return; }
    say(T("save.saving"));
    if (!file.pending || !file.since) file.since = Date.now();
    file.pending = true;
    clearTimeout(file.timer);
    var wait = Math.min(SAVE_AFTER_MS, Math.max(0, file.since + SAVE_AT_MOST_MS - Date.now()));
    file.timer = setTimeout(function () { file.since = 0; save(path); }, wait);
  }

  function save(path) {
    var file = S.files[path];
    if (file.busy) { file.again = true; return; }
    file.busy = true;
    var sent = snapshot(file);
    call("PUT", "/api/file/" + S.slug + "/" + path, { data: file.data, body: file.body, base: file.hash }).then(function (a) {
      file.busy = false;
      if (a.status === 200) {
        file.hash = a.hash; file.lines = a.lines;
        renumber(file.data);
        if (snapshot(file) === sent) { localStorage.removeItem(journalKey(path)); file.pending = false; }
        else localStorage.setItem(journalKey(path), JSON.stringify({ base: file.hash, data: file.data, body: file.body }));
        say(T("save.saved", { file: path }));
      } else if (a.status === 409) {
        conflict(path, a.disk);
      } else {
        say(T("save.not_saved", { reason: a.error || a.status }));
      }
      if (file.again) { file.again = false; save(path); }
    }, function () {
      file.busy = false;
      say(T("save.away"));
      setTimeout(function () { save(path); }, 1000);
    });
  }

  /* Each mapping in a list is written at its place: after a save that place is its index. */
  function renumber(node) {
    if (Array.isArray(node)) node.forEach(function (item, i) { if (item && typeof item === "object" && !Array.isArray(item)) item.__i = i; renumber(item); });
    else if (node && typeof node === "object") Object.keys(node).forEach(function (k) { renumber(node[k]); });
  }

  function conflict(path, disk) {
    var file = S.files[path];
    $("conflict-file").textContent = path;
    $("conflict-mine").textContent = show(file.data, file.body);
    $("conflict-disk").textContent = show(disk.data, disk.body);
    var dialog = $("conflict");
    $("keep-mine").onclick = function () { file.hash = disk.hash; dialog.close(); save(path); };
    $("keep-disk").onclick = function () {
      Object.assign(file, { data: disk.data, body: disk.body, hash: disk.hash, lines: disk.lines });
      file.saved = snapshot(file);
      localStorage.removeItem(journalKey(path));
      dialog.close(); draw();
    };
    if (!dialog.open) dialog.showModal();
    say(T("save.changed_on_disk", { file: path }));
  }
  /* A version of a file as a teacher reads it: keys and values, lists as dashes. */
  function yamlish(value, indent) {
    var pad = new Array(indent + 1).join("  ");
    if (Array.isArray(value)) return value.map(function (v) { return "\n" + pad + "- " + yamlish(v, indent + 1).replace(/^\n\s*/, ""); }).join("");
    if (value && typeof value === "object") {
      return Object.keys(value).filter(function (k) { return k !== "__i"; }).map(function (k) { return "\n" + pad + k + ": " + yamlish(value[k], indent + 1); }).join("");
    }
    return String(value);
  }
  function show(data, body) {
    var text = yamlish(data, 0).replace(/^\n/, "");
    return body === undefined || body === null ? text : text + "\n---\n" + body;
  }

  function history() { $("undo").disabled = !S.undo.length; $("redo").disabled = !S.redo.length; }
  function step(from, to, which) {
    var entry = from.pop();
    if (!entry) return;
    to.push(entry);
    var file = S.files[entry.path], state = JSON.parse(entry[which]);
    file.data = state.data; file.body = state.body; file.saved = entry[which];
    localStorage.setItem(journalKey(entry.path), JSON.stringify({ base: file.hash, data: file.data, body: file.body }));
    schedule(entry.path); history(); draw();
  }

  /* ---- loading a guide ---- */
  function load(slug) {
    return call("GET", "/api/guide/" + slug).then(function (g) {
      S.slug = slug; S.files = {}; S.order = [];
      g.files.forEach(function (f) {
        if (f.data === null && !f.error) f.data = f.path === "guide.yaml" ? {} : [];
        f.saved = snapshot(f);
        S.files[f.path] = f; S.order.push(f.path);
      });
      replayJournal();
      return speak(S.files["guide.yaml"].data.language).then(function () { nav(); draw(); listen(); });
    });
  }

  /* The page speaks the guide's language: its words, and the forms' labels. */
  function speak(lang) {
    Forms.language = lang || "en";
    return T.use(Forms.language).then(function () { return call("GET", "/api/forms?lang=" + encodeURIComponent(T.lang) + "&guide=" + encodeURIComponent(Forms.language)); }).then(function (forms) {
      S.forms = forms;
    });
  }
  /* The language changed in the guide's settings: the page follows, the field keeps the focus. */
  function relanguage(lang) {
    if (!lang || lang === Forms.language) return;
    var focused = document.activeElement && document.activeElement.dataset.pointer;
    speak(lang).then(function () {
      nav(); draw();
      var again = focused && document.querySelector('#form [data-pointer="' + focused + '"]');
      if (again) again.focus();
    });
  }

  /* A file changed on disk by another program, where the studio has no change of its own
     waiting: the form shows the file's new version (the field being typed in keeps the focus). */
  function refresh() {
    var slug = S.slug;
    call("GET", "/api/hashes/" + slug).then(function (hashes) {
      if (slug !== S.slug || hashes.status !== 200) return;
      delete hashes.status;
      if (Object.keys(hashes).join() !== S.order.join()) return load(slug);  // a section added, removed or renamed
      var changed = S.order.filter(function (p) {
        var mine = S.files[p];
        return hashes[p] !== mine.hash && !mine.pending && !mine.busy;
      });
      return Promise.all(changed.map(function (p) { return call("GET", "/api/file/" + slug + "/" + p); })).then(function (files) {
        var redraw = false;
        files.forEach(function (f) {
          var mine = S.files[f.path];
          if (f.status !== 200 || !mine || mine.pending || mine.busy) return;
          if (f.data === null && !f.error) f.data = f.path === "guide.yaml" ? {} : [];
          S.files[f.path] = Object.assign(f, { saved: snapshot(f) });
          redraw = redraw || f.path === S.page;
        });
        if (!redraw) return;
        var focused = document.activeElement && document.activeElement.dataset.pointer;
        draw();
        var again = focused && document.querySelector('#form :is(input, textarea, select)[data-pointer="' + focused + '"]');
        if (again) again.focus();
      });
    });
  }

  /* Edits the browser kept but the server never confirmed (a crash of either). */
  function replayJournal() {
    S.order.forEach(function (path) {
      var kept = localStorage.getItem(journalKey(path));
      if (!kept || S.files[path].error) return;
      kept = JSON.parse(kept);
      var file = S.files[path], theirs = { data: file.data, body: file.body, hash: file.hash, lines: file.lines };
      if (JSON.stringify({ data: kept.data, body: kept.body }, withoutPlaces) === snapshot(file)) { localStorage.removeItem(journalKey(path)); return; }
      file.data = kept.data; file.body = kept.body; file.saved = snapshot(file);
      if (kept.base === file.hash) schedule(path); else conflict(path, theirs);
    });
  }

  /* ---- pages ---- */
  /* A section's name, as questions and objectives give it: sections/05-neutrality-pact.md → neutrality-pact. */
  function slugOf(path) { return path.replace(/^sections\/[0-9]+[-_ .]*/, "").replace(/\.md$/, ""); }
  function sections() { return S.order.filter(function (p) { return p.indexOf("sections/") === 0; }); }

  function nav() {
    var box = $("pages"); box.textContent = "";
    var list = el("ul");
    $("guide-choice").hidden = !S.slug;
    function item(page, label) {
      var b = el("button", { type: "button", text: label, "data-page": page });
      if (page === S.page) b.setAttribute("aria-current", "page");
      b.addEventListener("click", function () { S.page = page; nav(); draw(); $("form").focus(); });
      list.appendChild(el("li", {}, [b]));
    }
    if (S.slug) {  // with no guide yet, only a new one can be made
      item("guide.yaml", S.forms.pages["guide.yaml"]);
      item("sections", T("page.sections"));
      Object.keys(S.forms.pages).slice(1).forEach(function (p) { item(p, S.forms.pages[p]); });
      item("print", T("page.print"));
    }
    item("new", T("page.new"));
    box.appendChild(list);
  }

  function draw() {
    var main = $("form"); main.textContent = "";
    var page = S.page;
    if (page === "sections" || page.indexOf("sections/") === 0) return drawSections(main, page);
    if (page === "print") return window.StudioPrint.draw(main, S.slug, call, S.app);
    if (page === "new") return window.StudioPrint.drawNew(main, call, open);
    var file = S.files[page], schema = S.forms.files[page];
    Forms.names = names();
    main.appendChild(el("h2", { text: S.forms.pages[page] }));
    if (file.error) return unreadable(main, file);
    Forms.setup(schema.$defs, S.forms);
    Forms.changed = function () { changed(page); };
    if (page === "guide.yaml") main.appendChild(Forms.object(file.data, schema, T("form.settings"), ""));
    else main.appendChild(Forms.list(file, "data", schema, S.forms.pages[page], "", S.forms.tables.indexOf(page) >= 0));
  }

  /* What the guide's fields may name: its sections (by slug) and its objectives (by id).
     The guide's own objectives list is where ids are written, so it offers none. */
  function names() {
    var objectives = ((S.files["guide.yaml"] || {}).data || {}).objectives || [];
    return {
      sections: sections().map(slugOf),
      objectives: S.page === "guide.yaml" ? null : objectives.filter(function (o) { return o && o.id; }).map(function (o) { return o.id; }),
    };
  }

  /* A file a text editor left unreadable: no form could show it without losing it. */
  function unreadable(main, file) {
    main.appendChild(el("p", { cls: "bad", text: T("unreadable.text") }));
    main.appendChild(el("pre", { cls: "bad", tabindex: "0", text: file.error }));
    var again = el("button", { type: "button", text: T("unreadable.again") });
    again.addEventListener("click", function () { load(S.slug); });
    main.appendChild(again);
  }

  function drawSections(main, page) {
    main.appendChild(el("h2", { text: T("page.sections") }));
    var list = el("ol", { cls: "section-list" });
    sections().forEach(function (path) {
      var title = (S.files[path].data || {}).title || path, at = sections().indexOf(path);
      var b = el("button", { type: "button", text: title, "data-path": path });
      if (path === page) b.setAttribute("aria-current", "true");
      b.addEventListener("click", function () { S.page = path; draw(); });
      /* The keyboard's way to reorder (drag and drop is the mouse's). */
      var moves = [[-1, "↑", "sections.move_up"], [1, "↓", "sections.move_down"]].map(function (m) {
        var button = el("button", { type: "button", cls: "small", "aria-label": T(m[2], { title: title }), text: m[1] });
        button.addEventListener("click", function () {
          var order = sections(), to = at + m[0];
          if (to < 0 || to >= order.length) return;
          order.splice(to, 0, order.splice(at, 1)[0]);
          reorder(order);
        });
        return button;
      });
      list.appendChild(el("li", { "data-path": path }, [el("span", { cls: "handle", "aria-hidden": "true", text: "⠿" }), el("div", { cls: "actions" }, [b].concat(moves))]));
    });
    main.appendChild(list);
    if (window.Sortable) window.Sortable.create(list, { handle: ".handle", forceFallback: true, onEnd: function () {
      var order = Array.prototype.map.call(list.children, function (li) { return li.dataset.path; });
      reorder(order);
    } });
    var id = "new-section-title";
    var title = el("input", { id: id, type: "text" }), add = el("button", { type: "button", text: T("sections.add") });
    add.addEventListener("click", function () {
      call("POST", "/api/sections/" + S.slug, { title: title.value || T("sections.new") }).then(function (a) {
        if (a.path) { S.page = a.path; load(S.slug); }
      });
    });
    main.appendChild(el("div", { cls: "add" }, [el("label", { for: id, text: T("sections.new_title") }), title, add]));
    if (page.indexOf("sections/") === 0 && S.files[page] && S.files[page].error) unreadable(main, S.files[page]);
    else if (page.indexOf("sections/") === 0 && S.files[page]) main.appendChild(window.StudioSection.editor(S.files[page], page, changed, S.forms));
  }

  function reorder(order) {
    call("PUT", "/api/sections/" + S.slug, { order: order }).then(function (a) {
      if (a.order) { var at = order.indexOf(S.page); if (at >= 0) S.page = a.order[at]; load(S.slug); }
      else say(T("save.not_reordered", { reason: a.error || a.status }));
    });
  }

  /* ---- preview, PDF, problems ---- */
  var events = null;
  function listen() {
    if (events) events.close();
    events = new EventSource("/api/events/" + S.slug);
    events.onmessage = function (e) {
      var s = JSON.parse(e.data), before = S.status || {};
      S.status = s;
      if (s.version !== before.version) { updatePreview(); if (before.version) refresh(); }
      if (s.pdf_version && s.pdf_version !== before.pdf_version && window.StudioPdf) window.StudioPdf.show("/pdf/" + S.slug + "?v=" + s.pdf_version, s.pdf_version);
      $("pdf-link").href = "/pdf/" + S.slug + "?v=" + s.pdf_version;
      $("build-times").textContent = s.version ? T("app.times", { html: s.html_seconds, pdf: s.pdf_seconds, version: s.version, pdf_version: s.pdf_version }) : T("app.building");
      problems(s.error);
    };
  }

  /* As the watch's page does (authoring/live.js): fetch the new page and replace only the
     parts of <body> whose HTML changed, so the stylesheets and fonts stay loaded and the
     scroll stays; a changed <head>, another number of parts, or no visible change (a
     picture replaced under the same name) loads the frame whole. */
  var previewQueue = Promise.resolve();
  function updatePreview() {
    previewQueue = previewQueue.then(function () {
      var d = $("preview").contentDocument;
      if (!d || !d.studioHooked) return reloadPreview();
      return fetch("/preview/" + S.slug + "/", { cache: "no-store" }).then(function (r) { return r.text(); }).then(function (text) {
        var page = new DOMParser().parseFromString(text, "text/html");
        var fresh = Array.prototype.slice.call(page.body.children), old = Array.prototype.slice.call(d.body.children);
        if (page.head.innerHTML !== d.head.innerHTML || fresh.length !== old.length) return reloadPreview();
        var changed = 0;
        fresh.forEach(function (part, i) {
          if (part.outerHTML !== old[i].outerHTML) { old[i].replaceWith(d.adoptNode(part)); changed += 1; }
        });
        if (!changed) reloadPreview();
      }).catch(reloadPreview);
    });
  }

  function reloadPreview() {
    var frame = $("preview"), y = 0;
    try { y = frame.contentWindow.scrollY; } catch (e) { y = 0; }
    var before = frame.contentDocument;
    frame.onload = function () {
      hookPreview(frame.contentDocument);
      try { frame.contentWindow.scrollTo(0, y); } catch (e) { /* not loaded */ }
    };
    /* Clicks in the page lead to their field as soon as its text is there (before its fonts).
       Until the new page replaces it, the frame still holds the old, hooked one: only a
       document other than that one ends the wait (a slow machine may take many seconds). */
    var tries = 0, hook = setInterval(function () {
      var d = frame.contentDocument;
      tries += 1;
      if (d && d !== before && d.readyState !== "loading") hookPreview(d);
      if ((d && d !== before && d.studioHooked) || tries > 1200) clearInterval(hook);
    }, 50);
    frame.src = "/preview/" + S.slug + "/?v=" + (S.status ? S.status.version : 0);
  }

  function hookPreview(d) {
    if (!d || d.studioHooked || d.location.href.indexOf("/preview/") < 0) return;
    d.studioHooked = true;
    d.addEventListener("click", fromPreview);
  }

  function problems(error) {
    var box = $("errors"); box.textContent = "";
    if (!error) return;
    box.appendChild(el("h2", { text: T("app.problems_title") }));
    var list = el("ul");
    error.split("\n").forEach(function (line) {
      var m = /^(.*?):(\d+): (.*)$/.exec(line);
      var b = el("button", { type: "button", cls: "problem", text: line });
      if (m) b.addEventListener("click", function () { jumpToLine(m[1], Number(m[2])); });
      list.appendChild(el("li", {}, [b]));
    });
    box.appendChild(list);
  }

  function jumpToLine(path, line) {
    var file = S.order.filter(function (p) { return path.endsWith(S.slug + "/" + p) || path === p; })[0];
    if (!file) return;
    var best = "", bestLine = 0, lines = S.files[file].lines || {};
    // The value written last at or before the line; of several on one line, the entry holding them.
    Object.keys(lines).forEach(function (pointer) {
      if (lines[pointer] <= line && (lines[pointer] > bestLine || (lines[pointer] === bestLine && pointer.length < best.length))) { best = pointer; bestLine = lines[pointer]; }
    });
    var frontEnd = Math.max.apply(null, Object.keys(lines).map(function (k) { return lines[k]; }).concat([0])) + 1;
    if (/\.md$/.test(file) && line > frontEnd) best = "body";
    go(file, best);
  }

  /* Open the page of ``file`` and focus the field of ``pointer`` (or its nearest parent). */
  function go(file, pointer) {
    S.page = file;
    nav(); draw();
    var target = null, p = pointer;
    while (target === null) {
      target = document.querySelector('#form [data-pointer="' + p + '"]');
      var up = p.replace(/\/[^/]*$/, "");
      if (up === p) break;
      p = up;
    }
    target = target && (target.matches("input, textarea, select") ? target : target.querySelector("input, textarea, select"));
    (target || $("form")).focus();
    if (target) target.scrollIntoView({ block: "center" });
  }

  function words(text) { return (text || "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim(); }
  function fromPreview(event) {
    var place = event.target.closest("[id^=section-], .tl-event, .q");
    if (!place) return;
    if (place.id && place.id.indexOf("section-") === 0) {
      var slug = place.id.slice(8);
      var path = sections().filter(function (p) { return slugOf(p) === slug; })[0];
      if (path) go(path, "/title");
      return;
    }
    var file = place.classList.contains("tl-event") ? "timeline.yaml" : "questions.yaml";
    var key = file === "timeline.yaml" ? "title" : "question";
    var shown = words(place.classList.contains("tl-event") ? place.querySelector(".tl-title").textContent : place.textContent);
    S.files[file].data.some(function (entry, index) {
      var own = words(entry[key]);
      if (own && shown.indexOf(own.slice(0, 60)) >= 0) { go(file, "/" + index + "/" + key); return true; }
      return false;
    });
  }

  function tabs(which) {
    ["html", "pdf"].forEach(function (t) {
      $("tab-" + t).setAttribute("aria-selected", String(t === which));
      $("tab-" + t).tabIndex = t === which ? 0 : -1;
      $("pane-" + t).hidden = t !== which;
    });
    if (which === "pdf" && window.StudioPdf) window.StudioPdf.update();
  }

  function open(slug) {
    var choice = $("guide-choice");
    return call("GET", "/api/guides").then(function (a) {
      S.app = a;  /* the products and print options Print and share offers */
      choice.textContent = "";
      a.guides.forEach(function (g) { choice.appendChild(el("option", { value: g.slug, text: g.title + " (" + g.slug + ")" })); });
      if (!a.guides.length) { S.page = "new"; nav(); draw(); return; }
      slug = slug || (a.guides[0] && a.guides[0].slug);
      choice.value = slug;
      if (S.page === "new") S.page = "guide.yaml";
      return load(slug);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("undo").addEventListener("click", function () { step(S.undo, S.redo, "before"); });
    $("redo").addEventListener("click", function () { step(S.redo, S.undo, "after"); });
    document.addEventListener("keydown", function (e) {
      if (e.altKey && e.key === "z") { e.preventDefault(); step(S.undo, S.redo, "before"); }
      if (e.altKey && e.key === "y") { e.preventDefault(); step(S.redo, S.undo, "after"); }
    });
    $("tab-html").addEventListener("click", function () { tabs("html"); });
    $("tab-pdf").addEventListener("click", function () { tabs("pdf"); });
    $("tab-html").parentNode.addEventListener("keydown", function (e) {  // the tab pattern: arrows move between tabs
      if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
      var to = $("tab-html").getAttribute("aria-selected") === "true" ? "pdf" : "html";
      tabs(to); $("tab-" + to).focus();
    });
    $("guide-choice").addEventListener("change", function (e) { S.page = "guide.yaml"; load(e.target.value); });
    speak(T.browser()).then(function () {
      if (READ_ONLY) say(T("save.read_only"));
      var wanted = new URLSearchParams(location.search).get("guide");
      return open(wanted);
    });
  });
  window.Studio = { state: S, go: go, open: open, load: load, relanguage: relanguage };
})();
