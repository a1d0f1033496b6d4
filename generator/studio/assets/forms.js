/* Forms drawn from the model's JSON Schemas: a field added to the model appears here
   without new code. Forms.field(parent, key, schema, label, pointer) returns the element
   that edits parent[key]; every change calls Forms.changed(). Hints (which text is long,
   which field is a date, which answer is one of the choices) come from /api/forms, with the
   schemas' titles and help lines in the guide's language; the rest of its words from T (i18n.js). */
"use strict";
var Forms = (function () {
  var defs = {}, hints = {}, counter = 0;
  var api = { changed: function () {}, language: "en", names: {} };
  /* The guide's choice of era names, as its settings now read (BC/AD until it chooses). */
  api.eras = function () {
    var guide = window.Studio && window.Studio.state.files && window.Studio.state.files["guide.yaml"];
    return (guide && guide.data && guide.data.eras) || "BC/AD";
  };

  function setup(schemaDefs, formHints) { defs = schemaDefs || {}; hints = formHints; }

  function resolve(s) {
    while (s && s.$ref) s = defs[s.$ref.split("/").pop()];
    return s || {};
  }
  /* An optional field (anyOf [X, null]) is X, keeping the outer title and description. */
  function plain(s) {
    s = resolve(s);
    if (s.anyOf) {
      var rest = s.anyOf.filter(function (x) { return x.type !== "null"; });
      if (rest.length === 1 || rest.every(function (x) { return !resolve(x).properties; })) {
        var inner = resolve(rest[0]);
        return Object.assign({}, inner, { title: s.title || inner.title, description: s.description || inner.description, optional: true });
      }
    }
    return s;
  }
  function types(s) { return [].concat(s.type || []); }
  function kind(s) {
    if (s.oneOf && s.discriminator) return "union";
    if (s.anyOf) return "choice";
    if (s.const !== undefined) return "const";
    if (s.enum) return "enum";
    var t = types(s);
    if (t.indexOf("array") >= 0) return "array";
    if (t.indexOf("object") >= 0 || s.properties) return "object";
    if (t.indexOf("boolean") >= 0) return "boolean";
    if (t.indexOf("integer") >= 0 && t.indexOf("string") < 0) return "integer";
    return "string";
  }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "cls") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }
  function nextId() { counter += 1; return "f" + counter; }
  function title(s, key) { return s.title || String(key).replace(/_/g, " ").replace(/^./, function (c) { return c.toUpperCase(); }); }

  /* A new value for schema s: required fields, defaults and the fewest items a list needs. */
  function blank(s, discriminant) {
    s = plain(s);
    if (s.oneOf && s.discriminator) {
      var ref = s.discriminator.mapping[discriminant];
      var made = {};
      made[s.discriminator.propertyName] = discriminant;  // first in the file, as people write it
      return Object.assign(made, blank({ $ref: ref }), made);
    }
    switch (kind(s)) {
      case "object":
        var value = {};
        (s.required || []).forEach(function (k) { value[k] = blank(s.properties[k]); });
        return value;
      case "array":
        var items = [];
        for (var i = 0; i < (s.minItems || 0); i++) items.push(blank(s.items));
        return items;
      case "const": return s.const;
      case "enum": return s.default !== undefined ? s.default : s.enum[0];
      case "choice": return blank(s.anyOf[0]);
      case "boolean": return false;
      case "integer": return s.default !== undefined && s.default !== null ? s.default : (s.minimum || 1);
      default: return "";
    }
  }

  function field(parent, key, schema, label, pointer) {
    var s = plain(schema);
    var k = kind(s);
    if (k === "object") return object(parent[key] || (parent[key] = {}), s, label, pointer);
    if (k === "array") return list(parent, key, s, label, pointer);
    if (k === "union") return union(parent[key], s, pointer);
    if (k === "choice") {
      var mapped = s.anyOf.map(resolve).filter(function (x) { return x.properties; })[0];
      return typeof parent[key] === "object" && mapped ? object(parent[key], mapped, label, pointer) : scalar(parent, key, Object.assign({}, s, { type: "string" }), label, pointer, "string");
    }
    if (k === "const") return null;  // the type: the box's legend names it
    return scalar(parent, key, s, label, pointer, k);
  }

  function scalar(parent, key, s, label, pointer, k) {
    var id = nextId(), input;
    var long = hints.long.indexOf(String(key)) >= 0;
    var choices = hints.one_of[key] && Array.isArray(parent[hints.one_of[key]]) ? parent[hints.one_of[key]] : null;
    // A name of something the guide has (a section, an objective): picked, never typed.
    var named = hints.names[Array.isArray(parent) ? parent.listKey : key];
    if (named && api.names[named]) {
      choices = api.names[named].slice();
      if (parent[key] && choices.indexOf(parent[key]) < 0) choices.push(parent[key]);
    }
    if (k === "enum" || k === "boolean" || choices) {
      input = el("select", { id: id });
      var options = k === "boolean" ? [true, false] : choices || s.enum;
      if (s.optional || choices) input.appendChild(el("option", { value: "", text: "—" }));
      options.forEach(function (o) { input.appendChild(el("option", { value: String(o), text: T.maybe("value." + o, String(o)) })); });
      if (choices && !named) input.addEventListener("focus", function () { refreshChoices(input, parent[hints.one_of[key]]); });
    } else if (k === "integer") {
      input = el("input", { id: id, type: "number", inputmode: "numeric" });
      if (s.minimum !== undefined) input.min = s.minimum;
      if (s.maximum !== undefined) input.max = s.maximum;
    } else {
      input = el(long ? "textarea" : "input", long ? { id: id, rows: "3" } : { id: id, type: "text" });
    }
    var offered = null;
    if (hints.languages.indexOf(String(key)) >= 0 && T.languages.length) {
      // Any BCP 47 tag may be typed (en-US, fr-CA); the built-in languages are offered, each in its own name.
      offered = el("datalist", { id: id + "-languages" }, T.languages.map(function (l) { return el("option", { value: l[0], label: l[1] }); }));
      input.setAttribute("list", offered.id);
      input.addEventListener("change", function () { if (window.Studio) window.Studio.relanguage(input.value.trim()); });
    }
    var value = parent[key];
    // A value not written shows the model's default (the file stays without it until changed).
    var shown = value === undefined || value === null ? (s.default === undefined || s.default === null ? "" : s.default) : value;
    input.value = String(shown);
    if (k === "string" && !offered) { input.lang = api.language; input.dir = "auto"; }  // the guide's text: its language's spelling; a date or an id in Arabic runs left to right
    input.dataset.pointer = pointer;
    var help = s.description ? el("span", { cls: "help", id: id + "-help", text: s.description }) : null;
    if (help) input.setAttribute("aria-describedby", id + "-help");
    if ((s.minLength || (s.required && s.required.length)) && !s.optional) input.required = true;
    var wrap = el("div", { cls: "field" + (long ? " long" : "") }, [el("label", { for: id, text: label }), input, offered, help]);
    var date = s.description === hints.date_description ? el("output", { cls: "date-print", for: id, "aria-live": "polite" }) : null;
    if (date) { wrap.appendChild(date); showDate(input, date); }
    input.addEventListener(input.tagName === "SELECT" ? "change" : "input", function () {
      var v = input.value;
      if (k === "boolean") v = v === "true";
      else if (k === "integer") v = v === "" ? null : Number(v);
      else if (v === "" ) v = null;
      parent[key] = v;
      if (date) showDate(input, date);
      api.changed(pointer);
    });
    return wrap;
  }

  function refreshChoices(select, choices) {
    var keep = select.value;
    while (select.options.length > 1) select.remove(1);
    choices.forEach(function (o) { select.appendChild(el("option", { value: String(o), text: String(o) })); });
    select.value = keep;
  }

  /* How the date prints in the guide's language, or why it is no date: asked of the
     server, which reads it as the build does. */
  function showDate(input, output) {
    clearTimeout(input.dateTimer);
    input.dateTimer = setTimeout(function () {
      if (!input.value.trim()) { output.textContent = ""; input.removeAttribute("aria-invalid"); return; }
      fetch("/api/date?value=" + encodeURIComponent(input.value) + "&language=" + encodeURIComponent(api.language) + "&eras=" + encodeURIComponent(api.eras()))
        .then(function (r) { return r.json(); })
        .then(function (a) {
          output.textContent = a.ok ? T("date.prints_as", { date: a.printed }) : T("date.not_a_date", { reason: a.error });
          output.className = "date-print" + (a.ok ? "" : " bad");
          if (a.ok) input.removeAttribute("aria-invalid"); else input.setAttribute("aria-invalid", "true");
        });
    }, 120);
  }

  function object(value, s, label, pointer) {
    var box = el("fieldset", { cls: "object" }, [el("legend", { text: label })]);
    Object.keys(s.properties || {}).forEach(function (k) {
      // A choice the guide's language does not take is not offered; a value already written stays, to be removed.
      if ((hints.not_offered || []).indexOf(k) >= 0 && (value[k] === undefined || value[k] === null)) return;
      var made = field(value, k, s.properties[k], title(s.properties[k], k), pointer + "/" + k);
      if (made) box.appendChild(made);
    });
    return box;
  }

  function union(value, s, pointer) {
    var tag = s.discriminator.propertyName;
    var branch = resolve({ $ref: s.discriminator.mapping[value[tag]] });
    return object(value, branch, T("type." + value[tag]), pointer);
  }

  function moveButtons(items, index, redraw) {
    function move(by) {
      return function () {
        var to = index + by;
        if (to < 0 || to >= items.length) return;
        items.splice(to, 0, items.splice(index, 1)[0]);
        redraw(); api.changed();
      };
    }
    return [
      el("button", { type: "button", cls: "small", "aria-label": T("list.move_up", { n: index + 1 }) }, [document.createTextNode("↑")]),
      el("button", { type: "button", cls: "small", "aria-label": T("list.move_down", { n: index + 1 }) }, [document.createTextNode("↓")]),
      el("button", { type: "button", cls: "small danger", "aria-label": T("list.remove_item", { n: index + 1 }) }, [document.createTextNode(T("list.remove"))]),
    ].map(function (b, i) {
      b.addEventListener("click", i === 2 ? function () { items.splice(index, 1); redraw(); api.changed(); } : move(i ? 1 : -1));
      return b;
    });
  }

  /* A list: scalars as lines, mappings as a table (short rows) or one box per entry; drag
     and drop (SortableJS) or the arrow buttons reorder it, and the order is written. */
  function list(parent, key, s, label, pointer, asTable) {
    var items = parent[key] || (parent[key] = []);
    Object.defineProperty(items, "listKey", { value: key, enumerable: false, configurable: true });  // what its items name
    var box = el("fieldset", { cls: "list" }, [el("legend", { text: label })]);
    if (s.description) box.appendChild(el("p", { cls: "help", text: s.description }));
    var body = el(asTable ? "tbody" : "ol", { cls: "items" });
    var itemSchema = plain(s.items), isUnion = itemSchema.oneOf && itemSchema.discriminator;
    var columns = asTable ? Object.keys(itemSchema.properties) : null;
    function redraw() {
      body.textContent = "";
      items.forEach(function (item, index) {
        var at = pointer + "/" + index, row;
        if (asTable) {
          row = el("tr", { "data-pointer": at }, [el("td", { cls: "handle", "aria-hidden": "true", text: "⠿" })]);
          columns.forEach(function (c) {
            var cell = field(item, c, itemSchema.properties[c], title(itemSchema.properties[c], c) + " " + (index + 1), at + "/" + c);
            cell.querySelector("label").classList.add("visually-hidden");
            var help = cell.querySelector(".help");
            if (help) help.classList.add("visually-hidden");
            row.appendChild(el("td", { "data-col": c }, [cell]));
          });
          row.appendChild(el("td", { cls: "actions" }, moveButtons(items, index, redraw)));
        } else {
          var inner = typeof item === "object" && item !== null
            ? (isUnion ? union(item, itemSchema, at) : field(items, index, s.items, T.item(key, index + 1), at))
            : field(items, index, s.items, T.item(key, index + 1), at);
          row = el("li", { "data-pointer": at }, [el("span", { cls: "handle", "aria-hidden": "true", text: "⠿" }), inner, el("div", { cls: "actions" }, moveButtons(items, index, redraw))]);
        }
        body.appendChild(row);
      });
    }
    if (asTable) {
      var head = el("tr", {}, [el("th", { "aria-label": T("list.drag") })].concat(columns.map(function (c) { return el("th", { scope: "col", "data-col": c, text: title(itemSchema.properties[c], c) }); })).concat([el("th", { text: T("list.order") })]));
      box.appendChild(el("div", { cls: "scroll" }, [el("table", {}, [el("thead", {}, [head]), body])]));
    } else {
      box.appendChild(body);
    }
    redraw();
    if (window.Sortable) {
      // Mouse and touch events rather than the browser's own drag and drop: the same on a tablet.
      window.Sortable.create(body, { handle: ".handle", animation: 120, forceFallback: true, onEnd: function (e) {
        if (e.oldIndex === e.newIndex) return;
        items.splice(e.newIndex, 0, items.splice(e.oldIndex, 1)[0]);
        redraw(); api.changed();
      } });
    }
    box.appendChild(addControls(items, s, itemSchema, label, redraw));
    return box;
  }

  function addControls(items, s, itemSchema, label, redraw) {
    var row = el("div", { cls: "add" });
    if (itemSchema.oneOf && itemSchema.discriminator) {
      var id = nextId(), pick = el("select", { id: id, "data-add-type": "" });
      Object.keys(itemSchema.discriminator.mapping).forEach(function (t) { pick.appendChild(el("option", { value: t, text: T("type." + t) })); });
      row.appendChild(el("label", { for: id, text: T("list.new_question") }));
      row.appendChild(pick);
      var add = el("button", { type: "button", text: T("list.add_question") });
      add.addEventListener("click", function () { items.push(blank(itemSchema, pick.value)); redraw(); api.changed(); });
      row.appendChild(add);
      return row;
    }
    var button = el("button", { type: "button", text: T("list.add_to", { list: label }) });
    if (s.maxItems) button.dataset.max = s.maxItems;
    button.addEventListener("click", function () {
      if (s.maxItems && items.length >= s.maxItems) return;
      items.push(blank(s.items));
      redraw(); api.changed();
      var last = button.closest("fieldset").querySelectorAll("input, textarea, select");
      if (last.length) last[Math.max(0, last.length - 1)].closest(".field, li, tr").querySelector("input, textarea, select").focus();
    });
    row.appendChild(button);
    return row;
  }

  api.setup = setup;
  api.field = field;
  api.object = object;
  api.list = list;
  api.title = title;
  api.el = el;
  return api;
})();
