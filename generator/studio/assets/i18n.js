/* The studio's words in the open guide's language: T("name", {slot: value}) looks a word
   up in the catalogue the server hands over (/api/messages/<lang>, English where a
   language lacks one); T.use(lang) loads a language and sets the page's lang and dir.
   The page's fixed words carry data-t="name" (data-t-label for an aria-label); a child
   with data-slot="x" takes the place of {x} in its parent's sentence. */
"use strict";
var T = (function () {
  var words = {}, loaded = null, ready = false;

  function T(name, slots) {
    var text = Object.prototype.hasOwnProperty.call(words, name) ? words[name] : name;
    Object.keys(slots || {}).forEach(function (k) { text = text.split("{" + k + "}").join(String(slots[k])); });
    return text;
  }
  T.lang = "en";
  T.languages = [];

  /* One entry of a list: "Key point 3", "Choix 2"; a list the catalogue does not name: "Entry 3". */
  T.item = function (list, n) {
    var name = "item." + list;
    return T(Object.prototype.hasOwnProperty.call(words, name) ? name : "item.entry", { n: n });
  };
  /* A word the catalogue may lack (a value of a list of choices): the word, or the value as it is. */
  T.maybe = function (name, fallback) {
    return Object.prototype.hasOwnProperty.call(words, name) ? words[name] : fallback;
  };

  function sentence(node, text) {
    var slots = {};
    Array.prototype.forEach.call(node.querySelectorAll("[data-slot]"), function (c) { slots[c.dataset.slot] = c; });
    node.textContent = "";
    text.split(/\{(\w+)\}/).forEach(function (piece, i) {
      node.appendChild(i % 2 ? slots[piece] || document.createTextNode("{" + piece + "}") : document.createTextNode(piece));
      if (i % 2) delete slots[piece];
    });
    /* A slot the words leave out stays in the page (after them): the code that fills it in
       must find it, whatever the catalogue says. */
    Object.keys(slots).forEach(function (k) { node.appendChild(document.createTextNode(" ")); node.appendChild(slots[k]); });
  }

  function translatePage() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (node) {
      if (node.querySelector("[data-slot]")) sentence(node, T(node.dataset.t));
      else node.textContent = T(node.dataset.t);
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-t-label]"), function (node) {
      node.setAttribute("aria-label", T(node.dataset.tLabel));
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-t-title]"), function (node) {
      node.setAttribute("title", T(node.dataset.tTitle));
    });
    document.title = T("app.title");
  }

  T.use = function (lang) {
    lang = lang || "en";
    if (loaded && T.lang === lang) return loaded;
    loaded = Promise.all([fetch("/api/messages/" + encodeURIComponent(lang)).then(function (r) { return r.json(); }), cjk]).then(function (both) {
      var a = both[0];
      words = a.words; T.languages = a.languages; T.lang = a.lang; T.dir = a.dir; ready = true;
      document.documentElement.lang = a.lang;
      document.documentElement.dir = a.dir;
      translatePage();
    });
    return loaded;
  };
  /* The booklet's Japanese face (studio.css), ready before the first form is drawn: a term's
     own script in a French guide (年表) shaped before its font arrived stays blank in Chromium.
     Local and cached, it costs the first page load a moment. */
  var cjk = document.fonts ? document.fonts.load('1em "Studio JP"', "年").catch(function () { return null; }) : null;
  /* The page's fixed words set again once a font arrives (the booklet's CJK fonts, fetched
     for the first Japanese or Chinese word): Chromium keeps the words it shaped before
     without the font. */
  if (document.fonts) document.fonts.addEventListener("loadingdone", function () { if (ready) translatePage(); });
  /* Before a guide is open: the browser's language (a language without a catalogue gets English's words). */
  T.browser = function () { return (navigator.language || "en").split("-")[0].toLowerCase(); };
  return T;
})();
