// Moderation glue for the room page: the Manage and Report dialogs, the moderators' panel
// refreshed when the room says something changed, and mutes that end by themselves. The
// server renders every fragment and checks every right; this file only opens and closes.
(function () {
  "use strict";

  function slug() {
    var room = document.getElementById("room");
    return room ? room.dataset.roomSlug : "";
  }
  function dialog() { return document.getElementById("moderation-dialog"); }
  function dialogBody() { return document.getElementById("moderation-dialog-body"); }

  function openDialog(url) {
    htmx.ajax("GET", url, { target: "#moderation-dialog-body", swap: "innerHTML" });
  }

  document.addEventListener("click", function (evt) {
    var manage = evt.target.closest(".member-manage");
    if (manage) {
      openDialog("/rooms/" + slug() + "/members/" + manage.dataset.userId + "/");
      return;
    }
    var report = evt.target.closest('.message-action[data-action="report"]');
    if (report) {
      var id = (report.closest("article.message").id || "").replace("message-", "");
      openDialog("/rooms/" + slug() + "/messages/" + id + "/report/");
      return;
    }
    // A click on the backdrop (the dialog element itself, outside its box) closes it.
    if (evt.target === dialog()) dialog().close();
  });

  // Refusals (403, 400, 404) come retargeted into the dialog: show them rather than nothing.
  document.addEventListener("htmx:beforeSwap", function (evt) {
    if (evt.detail.target === dialogBody() && evt.detail.xhr.status >= 400) {
      evt.detail.shouldSwap = true;
      evt.detail.isError = false;
    }
  });
  document.addEventListener("htmx:afterSwap", function (evt) {
    var d = dialog();
    if (evt.detail.target !== dialogBody() || !d) return;
    if (!d.open) d.showModal();
    var first = d.querySelector("select, input:not([type=hidden]), .dialog-head ~ * button");
    if (first) first.focus();
  });

  // The moderators' panel (reports, bans): loaded when a moderator's page opens, and again
  // whenever the room signals a change (only moderators' sockets hear the signal).
  function refreshPanel() {
    if (!document.getElementById("moderation-panel")) return;
    htmx.ajax("GET", "/rooms/" + slug() + "/moderation/", { target: "#moderation-panel", swap: "outerHTML" });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var panel = document.getElementById("moderation-panel");
    if (panel && panel.dataset.load) refreshPanel();
  });
  document.addEventListener("htmx:wsAfterMessage", function () {
    var signal = document.getElementById("moderation-signal");
    if (signal && signal.dataset.pending) {
      delete signal.dataset.pending;
      refreshPanel();
    }
    expireMutes();
  });

  // A muted member's composer is off while the notice shows (the server refuses their sends
  // anyway); a mute ends by itself: its notice and badges go when the time comes.
  function expireMutes() {
    var now = Date.now();
    document.querySelectorAll(".muted-notice[data-until], .badge-muted[data-until]").forEach(function (el) {
      if (Date.parse(el.dataset.until) <= now) el.remove();
    });
    var muted = Boolean(document.querySelector(".muted-notice"));
    document.querySelectorAll("#composer textarea, #composer button").forEach(function (el) {
      el.disabled = muted;
    });
  }
  document.addEventListener("DOMContentLoaded", expireMutes);
  setInterval(expireMutes, 5000);
})();
