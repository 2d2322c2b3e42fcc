// The composer's @ list: while the word at the caret starts with @, the server renders whom it
// may mention (bots.views.mention_suggestions) into #mention-list, a listbox. Arrow keys move
// through it, Enter or Tab inserts the choice, Escape closes it; so does a click or a tap.
// Also the dismiss button of a notice under the composer (#composer-notice).
(function () {
  "use strict";

  // The @word just before the caret: after a start, a space or punctuation, as the server
  // reads mentions (rooms/mentions.py), so "me@example.org" asks for nothing.
  var AT_WORD = /(?:^|[^\w@.+-])@([\w.+-]{0,30})$/;
  var DELAY_MS = 80;

  var body, list, status;
  var active = -1;
  var timer = null;
  var asked = null; // the text after @ of the last request, null when closed

  function wordAtCaret() {
    if (body.selectionStart !== body.selectionEnd) return null;
    var before = body.value.slice(0, body.selectionStart);
    var match = AT_WORD.exec(before);
    if (!match) return null;
    return { query: match[1], start: before.length - match[1].length - 1 };
  }

  function options() {
    return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
  }

  function isOpen() {
    return !list.hidden;
  }

  function close() {
    clearTimeout(timer);
    asked = null;
    active = -1;
    list.hidden = true;
    list.textContent = "";
    body.removeAttribute("aria-activedescendant");
    status.textContent = "";
  }

  function highlight(index) {
    var all = options();
    if (!all.length) return;
    active = (index + all.length) % all.length;
    all.forEach(function (option, i) {
      option.setAttribute("aria-selected", i === active ? "true" : "false");
    });
    body.setAttribute("aria-activedescendant", all[active].id);
    all[active].scrollIntoView({ block: "nearest" });
  }

  function ask() {
    var word = wordAtCaret();
    if (!word) return close();
    if (word.query === asked && isOpen()) return;
    asked = word.query;
    window.htmx.ajax("GET", list.dataset.url, {
      source: list, target: list, swap: "innerHTML", values: { q: word.query },
    });
  }

  function shown() {
    // The server's answer is in: show it if the person is still typing that @word.
    var word = wordAtCaret();
    var all = options();
    if (!word || !all.length) {
      list.hidden = true;
      body.removeAttribute("aria-activedescendant");
      status.textContent = word ? "No one to mention by that name." : "";
      return;
    }
    list.hidden = false;
    highlight(0);
    status.textContent = all.length === 1 ? "1 suggestion." : all.length + " suggestions.";
  }

  function choose(option) {
    var word = wordAtCaret();
    if (!word || !option) return close();
    var caret = body.selectionStart;
    var after = body.value.slice(caret).replace(/^[\w.@+-]+/, "");
    var inserted = "@" + option.dataset.username + (/^\s/.test(after) ? "" : " ");
    body.value = body.value.slice(0, word.start) + inserted + after;
    var position = word.start + inserted.length;
    body.setSelectionRange(position, position);
    close();
    body.focus();
    // The composer's other glue (its height, the typing signal) hears the change.
    body.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function onKeydown(evt) {
    if (evt.target !== body || !isOpen() || evt.isComposing) return;
    var handled = true;
    if (evt.key === "ArrowDown") highlight(active + 1);
    else if (evt.key === "ArrowUp") highlight(active - 1);
    else if (evt.key === "Enter" || evt.key === "Tab") choose(options()[active]);
    else if (evt.key === "Escape") close();
    else handled = false;
    if (handled) {
      // Before the composer's own keys (Enter sends, ArrowUp edits, Escape cancels).
      evt.preventDefault();
      evt.stopImmediatePropagation();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    body = document.getElementById("composer-body");
    list = document.getElementById("mention-list");
    status = document.getElementById("mention-status");
    if (!body || !list || !status || !window.htmx) return;
    document.addEventListener("keydown", onKeydown, true); // capture: first to see the key
    body.addEventListener("input", function () {
      clearTimeout(timer);
      if (!wordAtCaret()) return close();
      timer = setTimeout(ask, DELAY_MS);
    });
    body.addEventListener("click", function () { if (!wordAtCaret()) close(); });
    body.addEventListener("blur", function () {
      // A click on an option blurs the composer first: let the click land.
      setTimeout(function () { if (document.activeElement !== body) close(); }, 150);
    });
    list.addEventListener("htmx:afterSwap", shown);
    // mousedown, not click: the composer keeps its focus and caret.
    list.addEventListener("mousedown", function (evt) {
      var option = evt.target.closest('[role="option"]');
      if (!option) return;
      evt.preventDefault();
      choose(option);
    });
    // After a send the composer is empty: nothing to suggest.
    body.form.addEventListener("submit", close);
  });

  document.addEventListener("click", function (evt) {
    var dismiss = evt.target.closest(".composer-notice-close");
    if (!dismiss) return;
    var notice = document.getElementById("composer-notice");
    notice.textContent = "";
    var composer = document.getElementById("composer-body");
    if (composer) composer.focus();
  });
})();
