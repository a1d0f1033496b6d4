// The page's side of the live preview. The server pushes each new version as a
// server-sent event (no polling: the page learns of it within a millisecond). The page
// then fetches itself and replaces only the parts of <body> whose HTML changed: the
// stylesheets and fonts stay loaded, the scroll position stays, and the browser lays
// out only what is new (a whole reload of the default guide takes it ~0.3 s, this
// ~0.03 s). A changed <head> (title, stylesheets), another number of parts, or a save
// of anything but the guide's text (a stylesheet, a picture: the HTML may not change
// while what it shows does) reloads the page instead.
(function () {
  var version = Number(document.currentScript.dataset.version);
  var box = document.getElementById("studyguide-error");
  var events = new EventSource("/events");  // reconnects by itself after a restart
  var queue = Promise.resolve();
  events.onmessage = function (message) {
    var s = JSON.parse(message.data);
    box.textContent = s.error || "";
    box.style.display = s.error ? "block" : "none";
    if (s.version !== version) queue = queue.then(function () { return update(s); });
  };
  function reload() { events.close(); location.reload(); }
  function parts(body) {
    return Array.prototype.filter.call(body.children, function (e) { return !e.hasAttribute("data-studyguide-live"); });
  }
  function update(s) {
    if (s.version === version) return;
    if (s.reload > version) return reload();
    return fetch("/", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (text) {
      var page = new DOMParser().parseFromString(text, "text/html");
      var fresh = parts(page.body), old = parts(document.body);
      if (page.head.innerHTML !== document.head.innerHTML || fresh.length !== old.length) return reload();
      fresh.forEach(function (part, i) {
        if (part.outerHTML !== old[i].outerHTML) old[i].replaceWith(document.adoptNode(part));
      });
      version = Number(page.querySelector("script[data-version]").dataset.version);
    }).catch(reload);
  }
})();
