// Keeps the parts of a page marked data-live up to date: the
// facilitator's progress table, and the link to the result on a
// participant's last page. Without JavaScript the pages work the same,
// only without updating themselves.
(function () {
  "use strict";
  var parts = document.querySelectorAll("[data-live]");
  if (!parts.length || !window.fetch || !window.DOMParser) {
    return;
  }
  function refresh() {
    fetch(location.href, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var doc = new DOMParser().parseFromString(html, "text/html");
        parts.forEach(function (el) {
          var fresh = doc.getElementById(el.id);
          if (fresh && fresh.innerHTML !== el.innerHTML) {
            el.innerHTML = fresh.innerHTML;
          }
        });
      })
      .catch(function () {})
      .then(function () { setTimeout(refresh, 4000); });
  }
  setTimeout(refresh, 4000);
})();
