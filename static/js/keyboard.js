// Keyboard glue for the room page (issue 9, part 9). The message list is one tab stop: one
// message at a time is in the tab order (the newest, until you move), arrow keys move
// between messages, Home and End go to the first and the last, and Tab from a message
// reaches its actions. ArrowUp in an empty composer edits your last message; Escape in
// the editor cancels and puts you back where you were.
(function () {
  "use strict";

  function list() { return document.getElementById("messages"); }
  function articles() {
    var el = list();
    return el ? Array.from(el.querySelectorAll("article.message[tabindex]")) : [];
  }

  // The one message in the tab order, and its actions with it.
  function makeCurrent(article) {
    articles().forEach(function (other) {
      if (other === article) return;
      if (other.tabIndex !== -1) other.tabIndex = -1;
      other.querySelectorAll(".message-action").forEach(function (b) { b.tabIndex = -1; });
    });
    article.tabIndex = 0;
    article.querySelectorAll(".message-action").forEach(function (b) { b.tabIndex = 0; });
  }

  // Keep exactly one message reachable by Tab as messages come and go (socket, load older).
  function settle() {
    var all = articles();
    if (!all.length) return;
    var current = all.find(function (a) { return a.tabIndex === 0; });
    if (!current || !current.isConnected) makeCurrent(all[all.length - 1]);
  }

  document.addEventListener("focusin", function (evt) {
    var article = evt.target.closest && evt.target.closest("#messages article.message[tabindex]");
    if (article) makeCurrent(article);
  });

  document.addEventListener("keydown", function (evt) {
    var target = evt.target;
    if (target.matches && target.matches("#messages article.message[tabindex]")) {
      var all = articles();
      var index = all.indexOf(target);
      var next = null;
      if (evt.key === "ArrowUp") next = all[index - 1];
      else if (evt.key === "ArrowDown") next = all[index + 1];
      else if (evt.key === "Home") next = all[0];
      else if (evt.key === "End") next = all[all.length - 1];
      else return;
      evt.preventDefault();
      if (next) { makeCurrent(next); next.focus(); }
      return;
    }
    if (target.id === "composer-body" && evt.key === "ArrowUp" && !target.value &&
        !evt.shiftKey && !evt.altKey && !evt.ctrlKey && !evt.metaKey) {
      var mine = lastOwnEditable();
      var edit = mine && mine.querySelector('[data-action="edit"]');
      if (edit) { evt.preventDefault(); edit.click(); }
      return;
    }
    if (evt.key === "Escape" && target.closest && target.closest(".message-editor")) {
      // The editor has closed itself (its own listener, salon.js, runs first): back to the
      // composer, where one types next.
      var composer = document.getElementById("composer-body");
      if (composer) composer.focus();
    }
  });

  function lastOwnEditable() {
    var me = document.body.dataset.userId;
    var room = document.getElementById("room");
    var windowMs = room ? parseInt(room.dataset.editWindow || "0", 10) * 1000 : 0;
    var own = articles().filter(function (a) {
      return a.dataset.authorId === me && !a.classList.contains("is-deleted");
    });
    var last = own[own.length - 1];
    if (!last) return null;
    var created = Date.parse(last.dataset.created);
    if (windowMs && !isNaN(created) && Date.now() - created > windowMs) return null;
    return last;
  }

  document.addEventListener("htmx:afterSettle", settle);
  document.addEventListener("htmx:wsAfterMessage", settle);
  document.addEventListener("DOMContentLoaded", settle);
})();
