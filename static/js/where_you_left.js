// Where you left off (issue 9, part 8). A member's room opens at the first message by
// someone else that they have not read, under a "New messages" line, with a "Jump to latest"
// button while the newest is out of sight. Scrolling to the top loads older history by
// itself (an IntersectionObserver on "Load older messages"), and what you were reading
// stays where it was on the screen.
(function () {
  "use strict";

  function timeline() { return document.getElementById("timeline"); }
  function idOf(article) { return parseInt(article.id.replace("message-", ""), 10); }
  function atBottom(t) { return t.scrollHeight - t.scrollTop - t.clientHeight < 80; }

  function markFirstUnread() {
    var room = document.getElementById("room");
    var t = timeline();
    var lastRead = room && parseInt(room.dataset.lastRead || "", 10);
    if (!t || !lastRead) return;
    var me = document.body.dataset.userId;
    var first = Array.from(document.querySelectorAll("#messages article.message[id]")).find(
      function (a) {
        return idOf(a) > lastRead && a.dataset.authorId !== me && !a.classList.contains("message-system");
      }
    );
    if (!first) return;
    var line = document.createElement("div");
    line.id = "new-messages-line";
    line.className = "new-messages-line";
    line.setAttribute("role", "separator");
    line.innerHTML = "<span>New messages</span>";
    first.before(line);
    // Open there, a little of what came before still in view.
    t.scrollTop += line.getBoundingClientRect().top - t.getBoundingClientRect().top - 96;
  }

  function jumpButton() {
    var t = timeline();
    var button = document.getElementById("jump-latest");
    if (!t || !button) return;
    function update() { button.hidden = atBottom(t); }
    t.addEventListener("scroll", update, { passive: true });
    document.addEventListener("htmx:wsAfterMessage", update);
    button.addEventListener("click", function () {
      t.scrollTop = t.scrollHeight;
      var composer = document.getElementById("composer-body");
      if (composer) composer.focus();
    });
    update();
  }

  // Older history by itself, the reading position kept; newer history too, below a room
  // opened at a search result (message_at.js).
  var keepFromBottom = null;
  var observer = null;
  function observeOlder() {
    var t = timeline();
    var buttons = ["load-older", "load-newer"].map(function (id) { return document.getElementById(id); });
    if (!t || !buttons.some(Boolean) || !("IntersectionObserver" in window)) return;
    if (!observer) {
      observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting && !entry.target.disabled) {
            observer.unobserve(entry.target);
            entry.target.click();
          }
        });
      }, { root: t, rootMargin: "200px 0px" });
    }
    buttons.forEach(function (button) { if (button) observer.observe(button); });
  }
  document.addEventListener("htmx:beforeSwap", function (evt) {
    var t = timeline();
    if (t && evt.detail.target && evt.detail.target.id === "load-older") {
      keepFromBottom = t.scrollHeight - t.scrollTop;
    }
  });
  document.addEventListener("htmx:afterSettle", function () {
    var t = timeline();
    if (t && keepFromBottom !== null) {
      t.scrollTop = t.scrollHeight - keepFromBottom;
      keepFromBottom = null;
    }
    observeOlder();
  });

  document.addEventListener("DOMContentLoaded", function () {
    // After salon.js, which opened the room at the bottom.
    markFirstUnread();
    jumpButton();
    observeOlder();
  });
})();
