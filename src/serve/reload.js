// keng serve: reloads the page when the site is rebuilt, swaps stylesheets
// without a reload, and shows build errors over the page until they are fixed.
(function () {
  "use strict";
  var overlay = null;
  // The findings come in Vietnamese and English; the page's language picks.
  function showErrors(failure) {
    var vi = /^vi\b/i.test(document.documentElement.lang || "");
    var list = vi ? failure.vi : failure.en;
    var heading = failure.heading[vi ? 0 : 1];
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "keng-error-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,0,0,.93);color:#fff;font:15px/1.5 monospace;padding:1.5rem;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.setAttribute("lang", vi ? "vi" : "en");
    overlay.textContent = heading + "\n\n" + list.join("\n\n");
  }
  function hideErrors() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  var events = new EventSource("/__keng/events");
  events.addEventListener("reload", function () { window.location.reload(); });
  events.addEventListener("css", function () {
    hideErrors();
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href);
      url.searchParams.set("keng-reload", String(Date.now()));
      link.href = url.toString();
    });
  });
  events.addEventListener("failed", function (e) { showErrors(JSON.parse(e.data)); });
  events.addEventListener("ok", hideErrors);
})();
