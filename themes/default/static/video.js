// keng video facade: the page shows a poster that links to the video's
// host; nothing is loaded from the host until the reader clicks. Then the
// poster becomes the host's player. Without JavaScript the link stays.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".video[data-embed] .video-link");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    var figure = link.parentNode;
    var frame = document.createElement("iframe");
    frame.src = figure.getAttribute("data-embed");
    frame.title = link.querySelector(".video-title").textContent;
    frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    figure.replaceChild(frame, link);
    frame.focus();
  });
})();
