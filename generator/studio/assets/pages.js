/* The studio's pages that are more than a form: a section (its front matter as a form,
   its Markdown with a small toolbar), Print and share, and New or import. */
"use strict";
(function () {
  var el = Forms.el;

  /* Markdown toolbar: each button wraps the selection or inserts a line. */
  var TOOLS = [
    { label: "Bold", keys: "Control+B", wrap: ["**", "**"], sample: "bold text" },
    { label: "Italic", keys: "Control+I", wrap: ["*", "*"], sample: "italic text" },
    { label: "Footnote", note: true },
    { label: "Figure", line: "![A description of the picture](images/picture.png)" },
    { label: "Sub-heading", line: "### A sub-heading" },
  ];

  function apply(area, tool) {
    var start = area.selectionStart, end = area.selectionEnd, text = area.value;
    var chosen = text.slice(start, end), insert, caret;
    if (tool.wrap) {
      insert = tool.wrap[0] + (chosen || tool.sample) + tool.wrap[1];
      caret = start + insert.length;
    } else if (tool.note) {
      var used = (text.match(/\[\^(\d+)\]:/g) || []).length + 1;
      insert = "[^" + used + "]";
      text = text.replace(/\s*$/, "") + "\n\n[^" + used + "]: The note's text.\n";
      caret = start + insert.length;
    } else {
      insert = (start && text[start - 1] !== "\n" ? "\n\n" : "") + tool.line + "\n";
      caret = start + insert.length;
    }
    area.value = text.slice(0, start) + insert + text.slice(end);
    area.setSelectionRange(caret, caret);
    area.focus();
    area.dispatchEvent(new Event("input"));
  }

  function editor(file, path, changed, forms) {
    var box = el("section", { cls: "section-editor", "aria-label": "Section " + (file.data.title || path) });
    Forms.setup({}, forms);
    Forms.changed = function () { changed(path); };
    var front = forms.files["section.md"];
    Forms.setup(front.$defs || {}, forms);
    box.appendChild(Forms.object(file.data, front, "Title and key points", ""));
    var id = "section-body";
    var area = el("textarea", { id: id, rows: "18", "data-pointer": "body", spellcheck: "true" });
    area.value = file.body || "";
    area.lang = Forms.language;
    var bar = el("div", { role: "toolbar", "aria-label": "Markdown", "aria-controls": id, cls: "toolbar" });
    TOOLS.forEach(function (tool) {
      var b = el("button", { type: "button", text: tool.label });
      if (tool.keys) b.setAttribute("aria-keyshortcuts", tool.keys);
      b.addEventListener("click", function () { apply(area, tool); });
      bar.appendChild(b);
    });
    area.addEventListener("keydown", function (e) {
      if ((e.ctrlKey || e.metaKey) && (e.key === "b" || e.key === "i")) { e.preventDefault(); apply(area, TOOLS[e.key === "b" ? 0 : 1]); }
    });
    area.addEventListener("input", function () { file.body = area.value; changed(path); });
    box.appendChild(el("label", { for: id, text: "The section's text (Markdown)" }));
    box.appendChild(bar);
    box.appendChild(area);
    var picture = el("input", { id: "picture", type: "file", accept: "image/png,image/jpeg,image/gif,image/svg+xml,image/webp" });
    picture.addEventListener("change", function () {
      var chosen = picture.files[0];
      if (!chosen) return;
      fetch("/api/picture/" + window.Studio.state.slug + "?name=" + encodeURIComponent(chosen.name), {
        method: "POST", headers: { "X-Studio-Token": document.querySelector("meta[name=studio-token]").content }, body: chosen,
      }).then(function (r) { return r.json(); }).then(function (a) {
        if (a.path) apply(area, { line: "![A description of the picture](" + a.path + ")" });
        else window.alert(a.error);
      });
    });
    box.appendChild(el("div", { cls: "add" }, [el("label", { for: "picture", text: "Add a picture to the text" }), picture]));
    var remove = el("button", { type: "button", cls: "danger", text: "Delete this section" });
    remove.addEventListener("click", function () {
      if (!window.confirm("Delete the section file " + path + "?")) return;
      fetch("/api/file/" + window.Studio.state.slug + "/" + path, {
        method: "DELETE", headers: { "X-Studio-Token": document.querySelector("meta[name=studio-token]").content }, body: JSON.stringify({ base: file.hash }),
      }).then(function () { window.Studio.state.page = "sections"; window.Studio.load(window.Studio.state.slug); });
    });
    box.appendChild(remove);
    return box;
  }

  var PRODUCTS = [
    ["guide", "The guide (PDF)"], ["teacher", "The teacher's copy"], ["booklet", "The folded booklet"],
    ["handout", "The one-sheet handout"], ["cards", "Flashcards"], ["forms", "Test forms A, B … and their key"],
    ["export", "Moodle, QTI, GIFT, Anki and CSV exports"],
  ];

  function draw(main, slug, call) {
    main.appendChild(el("h2", { text: "Print and share" }));
    var box = el("fieldset", {}, [el("legend", { text: "What to build" })]);
    PRODUCTS.forEach(function (p) {
      var id = "build-" + p[0], check = el("input", { id: id, type: "checkbox", value: p[0] });
      check.checked = p[0] === "guide";
      box.appendChild(el("div", { cls: "check" }, [check, el("label", { for: id, text: p[1] })]));
    });
    main.appendChild(box);
    var paper = el("select", { id: "build-paper" }, [["", "The guide's paper"], ["A4", "A4"], ["Letter", "Letter"]].map(function (o) { return el("option", { value: o[0], text: o[1] }); }));
    var forms = el("input", { id: "build-count", type: "number", min: "1", max: "26", value: "2" });
    var seed = el("input", { id: "build-seed", type: "number", min: "1", value: "1" });
    main.appendChild(el("fieldset", {}, [el("legend", { text: "Options" }),
      el("div", { cls: "field" }, [el("label", { for: "build-paper", text: "Paper" }), paper]),
      el("div", { cls: "field" }, [el("label", { for: "build-count", text: "Number of test forms" }), forms]),
      el("div", { cls: "field" }, [el("label", { for: "build-seed", text: "Shuffle number" }), seed])]));
    var go = el("button", { type: "button", id: "build-go", text: "Build" });
    var progress = el("progress", { id: "build-progress", max: "1", value: "0", "aria-label": "Build progress" });
    var result = el("div", { id: "build-result", role: "status", "aria-live": "polite" });
    go.addEventListener("click", function () {
      var products = Array.prototype.filter.call(box.querySelectorAll("input:checked"), function () { return true; }).map(function (c) { return c.value; });
      result.textContent = "Building…"; go.disabled = true;
      call("POST", "/api/build/" + slug, { products: products, paper: paper.value, forms: forms.value, seed: seed.value }).then(function (a) {
        if (!a.run) { result.textContent = a.error; go.disabled = false; return; }
        (function poll() {
          call("GET", "/api/build-status/" + a.run).then(function (s) {
            progress.max = Math.max(1, s.total); progress.value = s.done;
            result.textContent = s.finished ? "Done: " + s.files.length + " files" : "Building " + s.done + " of " + s.total + "…";
            if (!s.finished) { setTimeout(poll, 400); return; }
            go.disabled = false;
            var list = el("ul", { id: "downloads" });
            s.files.forEach(function (name) { list.appendChild(el("li", {}, [el("a", { href: "/download/" + encodeURIComponent(name), download: name, text: name })])); });
            s.errors.forEach(function (e) { list.appendChild(el("li", { cls: "bad", text: e })); });
            result.appendChild(list);
          });
        })();
      });
    });
    main.appendChild(el("div", { cls: "add" }, [go, progress]));
    main.appendChild(result);
  }

  var LANGUAGES = [["en", "English"], ["fr", "Français"], ["de", "Deutsch"], ["es", "Español"], ["en-US", "English (US)"]];

  function drawNew(main, call, open) {
    main.appendChild(el("h2", { text: "A new guide" }));
    var slug = el("input", { id: "new-slug", type: "text", pattern: "[a-z0-9]+(-[a-z0-9]+)*", "aria-describedby": "new-slug-help" });
    var title = el("input", { id: "new-title", type: "text" });
    var language = el("select", { id: "new-language" }, LANGUAGES.map(function (l) { return el("option", { value: l[0], text: l[1] }); }));
    var made = el("p", { id: "new-result", role: "status" });
    /* The folder's name follows the title until the teacher changes it. */
    title.addEventListener("input", function () { if (!slug.dataset.edited) slug.value = folderName(title.value); });
    slug.addEventListener("input", function () { slug.dataset.edited = "yes"; });
    var create = el("button", { type: "button", id: "new-create", text: "Create the guide" });
    create.addEventListener("click", function () {
      call("POST", "/api/guides", { slug: slug.value, title: title.value, language: language.value }).then(function (a) {
        if (a.slug) { window.Studio.state.page = "guide.yaml"; open(a.slug); } else made.textContent = a.error;
      });
    });
    main.appendChild(el("fieldset", {}, [el("legend", { text: "Start from the example guide" }),
      el("div", { cls: "field" }, [el("label", { for: "new-title", text: "Title" }), title]),
      el("div", { cls: "field" }, [el("label", { for: "new-slug", text: "Folder name" }), slug,
        el("span", { cls: "help", id: "new-slug-help", text: "Lowercase letters, digits and hyphens, e.g. cold-war-1947" })]),
      el("div", { cls: "field" }, [el("label", { for: "new-language", text: "Language" }), language]), create, made]));
    var file = el("input", { id: "import-file", type: "file", "aria-describedby": "import-help" });
    var importSlug = el("input", { id: "import-slug", type: "text" });
    var go = el("button", { type: "button", id: "import-go", text: "Import" });
    var imported = el("p", { id: "import-result", role: "status" });
    file.addEventListener("change", function () {
      if (file.files[0] && !importSlug.value) importSlug.value = folderName(file.files[0].name.replace(/\.[^.]*$/, ""));
    });
    go.addEventListener("click", function () {
      var chosen = file.files[0];
      if (!chosen) { imported.textContent = "Choose an article first."; return; }
      call("POST", "/api/import?slug=" + encodeURIComponent(importSlug.value) + "&name=" + encodeURIComponent(chosen.name), chosen).then(function (a) {
        if (a.slug) { window.Studio.state.page = "guide.yaml"; open(a.slug); } else imported.textContent = a.error;
      });
    });
    main.appendChild(el("fieldset", {}, [el("legend", { text: "Import an article" }),
      el("div", { cls: "field" }, [el("label", { for: "import-file", text: "Article" }), file,
        el("span", { cls: "help", id: "import-help", text: "A Markdown (.md) or plain-text article; the importer says so if it cannot read a file." })]),
      el("div", { cls: "field" }, [el("label", { for: "import-slug", text: "Folder name" }), importSlug]), go, imported]));
  }

  function folderName(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  }

  window.StudioSection = { editor: editor };
  window.StudioPrint = { draw: draw, drawNew: drawNew };
})();
