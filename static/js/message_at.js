// A room opened at a message (`?at=<id>`, from a search result): that message highlighted
// and in the middle of the view, history around it. "Load older" works as ever; below, "Load
// newer messages" (clicked by itself when in view: where_you_left.js) fills the gap to the
// present, and "Jump to latest" opens the room at its newest message while a gap remains.
(function () {
  "use strict";

  function room() { return document.getElementById("room"); }
  function timeline() { return document.getElementById("timeline"); }
  function seqOf(article) { return parseInt(article.dataset.seq || "0", 10); }

  // A page of newer messages may bring one the socket already put below the gap (your own,
  // sent meanwhile): keep one copy, the latest version, where the page put it.
  function dropDoubles() {
    var seen = {};
    document.querySelectorAll("#messages article.message[id]").forEach(function (article) {
      var first = seen[article.id];
      if (!first) { seen[article.id] = article; return; }
      if (seqOf(article) > seqOf(first)) first.replaceWith(article); else article.remove();
    });
  }

  document.addEventListener("htmx:afterSettle", function () {
    if (!room() || !room().dataset.at) return;
    dropDoubles();
  });

  document.addEventListener("DOMContentLoaded", function () {
    var r = room();
    var at = r && r.dataset.at;
    if (!at) return;
    // After salon.js (which opened the room at the bottom) and where_you_left.js.
    var target = document.getElementById("message-" + at);
    if (target) {
      target.classList.add("is-search-target");
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    }
    var jump = document.getElementById("jump-latest");
    if (jump) {
      jump.addEventListener("click", function (evt) {
        if (!document.getElementById("load-newer")) return;
        evt.stopImmediatePropagation();
        window.location.assign(window.location.pathname);
      }, true);
    }
  });
})();
