/* The studio's pages that are more than a form: a section (its front matter as a form,
   its Markdown with a small toolbar), Print and share, and New or import. */
"use strict";
(function () {
  var el = Forms.el;

  /* Markdown toolbar: each button wraps the selection or inserts a line. */
  /* Labels and sample words are names in the studio's catalogue (i18n.js): the samples go
     into the guide's text, so they are in its language. */
  var TOOLS = [
    { label: "tool.bold", keys: "Control+B", wrap: ["**", "**"], sample: "sample.bold" },
    { label: "tool.italic", keys: "Control+I", wrap: ["*", "*"], sample: "sample.italic" },
    { label: "tool.footnote", note: true },
    { label: "tool.figure", picture: "images/picture.png" },
    { label: "tool.subheading", line: "### ", sample: "sample.subheading" },
  ];

  function apply(area, tool) {
    var start = area.selectionStart, end = area.selectionEnd, text = area.value;
    var chosen = text.slice(start, end), insert, caret;
    if (tool.wrap) {
      insert = tool.wrap[0] + (chosen || T(tool.sample)) + tool.wrap[1];
      caret = start + insert.length;
    } else if (tool.note) {
      var used = (text.match(/\[\^(\d+)\]:/g) || []).length + 1;
      insert = "[^" + used + "]";
      text = text.replace(/\s*$/, "") + "\n\n[^" + used + "]: " + T("sample.note") + "\n";
      caret = start + insert.length;
    } else {
      var line = tool.picture ? "![" + T("sample.picture") + "](" + tool.picture + ")" : tool.line + T(tool.sample);
      insert = (start && text[start - 1] !== "\n" ? "\n\n" : "") + line + "\n";
      caret = start + insert.length;
    }
    area.value = text.slice(0, start) + insert + text.slice(end);
    area.setSelectionRange(caret, caret);
    area.focus();
    area.dispatchEvent(new Event("input"));
  }

  function editor(file, path, changed, forms) {
    var box = el("section", { cls: "section-editor", "aria-label": T("section.label", { title: file.data.title || path }) });
    Forms.setup({}, forms);
    Forms.changed = function () { changed(path); };
    var front = forms.files["section.md"];
    Forms.setup(front.$defs || {}, forms);
    box.appendChild(Forms.object(file.data, front, T("section.front"), ""));
    var id = "section-body";
    var area = el("textarea", { id: id, rows: "18", "data-pointer": "body", spellcheck: "true" });
    area.value = file.body || "";
    area.lang = Forms.language;
    var bar = el("div", { role: "toolbar", "aria-label": "Markdown", "aria-controls": id, cls: "toolbar" });
    TOOLS.forEach(function (tool) {
      var b = el("button", { type: "button", text: T(tool.label) });
      if (tool.keys) b.setAttribute("aria-keyshortcuts", tool.keys);
      b.addEventListener("click", function () { apply(area, tool); });
      bar.appendChild(b);
    });
    area.addEventListener("keydown", function (e) {
      if ((e.ctrlKey || e.metaKey) && (e.key === "b" || e.key === "i")) { e.preventDefault(); apply(area, TOOLS[e.key === "b" ? 0 : 1]); }
    });
    area.addEventListener("input", function () { file.body = area.value; changed(path); });
    box.appendChild(el("label", { for: id, text: T("section.body") }));
    box.appendChild(bar);
    box.appendChild(area);
    var picture = el("input", { id: "picture", type: "file", accept: "image/png,image/jpeg,image/gif,image/svg+xml,image/webp" });
    picture.addEventListener("change", function () {
      var chosen = picture.files[0];
      if (!chosen) return;
      fetch("/api/picture/" + window.Studio.state.slug + "?name=" + encodeURIComponent(chosen.name), {
        method: "POST", headers: { "X-Studio-Token": document.querySelector("meta[name=studio-token]").content }, body: chosen,
      }).then(function (r) { return r.json(); }).then(function (a) {
        if (a.path) apply(area, { picture: a.path });
        else window.alert(a.error);
      });
    });
    box.appendChild(el("div", { cls: "add" }, [el("label", { for: "picture", text: T("section.picture") }), picture]));
    var remove = el("button", { type: "button", cls: "danger", text: T("section.delete") });
    remove.addEventListener("click", function () {
      if (!window.confirm(T("section.confirm_delete", { file: path }))) return;
      fetch("/api/file/" + window.Studio.state.slug + "/" + path, {
        method: "DELETE", headers: { "X-Studio-Token": document.querySelector("meta[name=studio-token]").content }, body: JSON.stringify({ base: file.hash }),
      }).then(function () { window.Studio.state.page = "sections"; window.Studio.load(window.Studio.state.slug); });
    });
    box.appendChild(remove);
    return box;
  }

  /* The products and the print options, as the server names them (builds.py, render/options.py),
     each named by "print.<name>" / "print.opt.<name>" in the catalogue. */
  function checks(legend, names, prefix, checked) {
    var box = el("fieldset", {}, [el("legend", { text: legend })]);
    names.forEach(function (name) {
      var id = "build-" + name, check = el("input", { id: id, type: "checkbox", value: name });
      check.checked = name === checked;
      box.appendChild(el("div", { cls: "check" }, [check, el("label", { for: id, text: T(prefix + name) })]));
    });
    return box;
  }

  function chosen(box) {
    return Array.prototype.map.call(box.querySelectorAll("input:checked"), function (c) { return c.value; });
  }

  function draw(main, slug, call, app) {
    main.appendChild(el("h2", { text: T("page.print") }));
    var box = checks(T("print.what"), app.products, "print.", "guide");
    var how = checks(T("print.how"), app.print_options, "print.opt.", null);
    how.id = "build-print-options";
    main.appendChild(box);
    main.appendChild(how);
    var paper = el("select", { id: "build-paper" }, [["", T("print.guide_paper")], ["A4", "A4"], ["Letter", "Letter"]].map(function (o) { return el("option", { value: o[0], text: o[1] }); }));
    var forms = el("input", { id: "build-count", type: "number", min: "1", max: "26", value: "2" });
    var seed = el("input", { id: "build-seed", type: "number", min: "1", value: "1" });
    main.appendChild(el("fieldset", {}, [el("legend", { text: T("print.options") }),
      el("div", { cls: "field" }, [el("label", { for: "build-paper", text: T("print.paper") }), paper]),
      el("div", { cls: "field" }, [el("label", { for: "build-count", text: T("print.count") }), forms]),
      el("div", { cls: "field" }, [el("label", { for: "build-seed", text: T("print.seed") }), seed])]));
    var go = el("button", { type: "button", id: "build-go", text: T("print.build") });
    var progress = el("progress", { id: "build-progress", max: "1", value: "0", "aria-label": T("print.progress") });
    var result = el("div", { id: "build-result", role: "status", "aria-live": "polite" });
    go.addEventListener("click", function () {
      var products = chosen(box);
      if (!products.length) { result.textContent = T("print.none"); return; }
      result.textContent = T("app.building"); go.disabled = true;
      call("POST", "/api/build/" + slug, { products: products, print_options: chosen(how), paper: paper.value, forms: forms.value, seed: seed.value }).then(function (a) {
        if (!a.run) { result.textContent = a.error; go.disabled = false; return; }
        (function poll() {
          call("GET", "/api/build-status/" + a.run).then(function (s) {
            progress.max = Math.max(1, s.total); progress.value = s.done;
            result.textContent = s.finished ? T("print.done", { n: s.files.length }) : T("print.step", { done: s.done, total: s.total });
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

  function drawNew(main, call, open) {
    main.appendChild(el("h2", { text: T("new.title") }));
    var slug = el("input", { id: "new-slug", type: "text", dir: "ltr", pattern: "[a-z0-9]+(-[a-z0-9]+)*", "aria-describedby": "new-slug-help" });
    var title = el("input", { id: "new-title", type: "text" });
    /* The languages with a built-in translation, each in its own words; the studio's own language first chosen. */
    var language = el("select", { id: "new-language" }, T.languages.map(function (l) { return el("option", { value: l[0], text: l[1], lang: l[0] }); }));
    language.value = T.lang;
    var made = el("p", { id: "new-result", role: "status" });
    /* The folder's name follows the title until the teacher changes it. */
    title.addEventListener("input", function () { if (!slug.dataset.edited) slug.value = folderName(title.value); });
    slug.addEventListener("input", function () { slug.dataset.edited = "yes"; });
    var create = el("button", { type: "button", id: "new-create", text: T("new.create") });
    create.addEventListener("click", function () {
      call("POST", "/api/guides", { slug: slug.value, title: title.value, language: language.value }).then(function (a) {
        if (a.slug) { window.Studio.state.page = "guide.yaml"; open(a.slug); } else made.textContent = a.error;
      });
    });
    main.appendChild(el("fieldset", {}, [el("legend", { text: T("new.from_example") }),
      el("div", { cls: "field" }, [el("label", { for: "new-title", text: T("new.guide_title") }), title]),
      el("div", { cls: "field" }, [el("label", { for: "new-slug", text: T("new.folder") }), slug,
        el("span", { cls: "help", id: "new-slug-help", text: T("new.folder_help") })]),
      el("div", { cls: "field" }, [el("label", { for: "new-language", text: T("new.language") }), language]), create, made]));
    var file = el("input", { id: "import-file", type: "file", "aria-describedby": "import-help" });
    var importSlug = el("input", { id: "import-slug", type: "text", dir: "ltr" });  // a folder's name: Latin letters, in any page direction
    var go = el("button", { type: "button", id: "import-go", text: T("import.go") });
    var imported = el("p", { id: "import-result", role: "status" });
    file.addEventListener("change", function () {
      if (file.files[0] && !importSlug.value) importSlug.value = folderName(file.files[0].name.replace(/\.[^.]*$/, ""));
    });
    go.addEventListener("click", function () {
      var chosen = file.files[0];
      if (!chosen) { imported.textContent = T("import.choose"); return; }
      call("POST", "/api/import?slug=" + encodeURIComponent(importSlug.value) + "&name=" + encodeURIComponent(chosen.name), chosen).then(function (a) {
        if (a.slug) { window.Studio.state.page = "guide.yaml"; open(a.slug); } else imported.textContent = a.error;
      });
    });
    main.appendChild(el("fieldset", {}, [el("legend", { text: T("import.title") }),
      el("div", { cls: "field" }, [el("label", { for: "import-file", text: T("import.article") }), file,
        el("span", { cls: "help", id: "import-help", text: T("import.help") })]),
      el("div", { cls: "field" }, [el("label", { for: "import-slug", text: T("new.folder") }), importSlug]), go, imported]));
  }

  function folderName(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  }

  window.StudioSection = { editor: editor };
  window.StudioPrint = { draw: draw, drawNew: drawNew };
})();
