// Replies: the Reply action puts "Replying to <author>: <first line>" over the composer and
// the message's id in its hidden `reply_to` field (sent beside body and client_id); Escape or
// × cancels. A reply's quote links to `?at=<id>` (the room opened around that message); when
// the message is already on the page, a click scrolls to it and highlights it instead.
(function () {
  "use strict";

  function field() { return document.querySelector('#composer input[name="reply_to"]'); }
  function bar() { return document.getElementById("composer-reply"); }

  function cancel() {
    if (field()) field().value = "";
    if (bar()) bar().hidden = true;
  }

  function start(article) {
    var id = (article.id || "").replace("message-", "");
    if (!id || !field() || !bar()) return;
    var author = article.querySelector(".message-author");
    var body = article.querySelector(".message-body");
    var line = ((body && body.innerText) || "").split("\n").find(function (l) { return l.trim(); }) || "";
    // A file alone (attachments.js): its name, as the server quotes it.
    var file = !line.trim() && article.querySelector(".attachment-image img, .attachment-name");
    if (file) line = "📎 " + (file.alt || file.textContent);
    field().value = id;
    bar().querySelector(".composer-reply-text").textContent =
      "Replying to " + (author ? author.textContent.trim() : "") + ": " + line.trim();
    bar().hidden = false;
    document.getElementById("composer-body").focus();
  }

  function show(target) {
    target.scrollIntoView({ block: "center", behavior: "smooth" });
    target.focus({ preventScroll: true });
    target.classList.add("is-reply-target");
    setTimeout(function () { target.classList.remove("is-reply-target"); }, 2000);
  }

  document.addEventListener("click", function (evt) {
    var action = evt.target.closest('.message-action[data-action="reply"]');
    if (action) { start(action.closest("article.message")); return; }
    if (evt.target.closest(".composer-reply-cancel")) { cancel(); document.getElementById("composer-body").focus(); return; }
    var quote = evt.target.closest("a.reply-quote");
    if (!quote) return;
    var target = document.getElementById("message-" + quote.dataset.replyTo);
    if (target) { evt.preventDefault(); show(target); }
    // Otherwise the link opens the room around the message (`?at=`), loading its history.
  });

  document.addEventListener("keydown", function (evt) {
    if (evt.key === "Escape" && evt.target.id === "composer-body" && bar() && !bar().hidden) cancel();
  });

  // salon.js's outbox took the send (with reply_to): the next message is a new one.
  document.addEventListener("htmx:wsConfigSend", function (evt) {
    if (evt.target.id === "composer") cancel();
  });
})();
