// Small glue around htmx and its WebSocket extension. The server renders every fragment;
// this file only handles what the browser alone knows (keys, scrolling, a fresh client_id).
(function () {
  "use strict";

  function newClientId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    // crypto.randomUUID needs a secure context; plain-http LAN hosts fall back to this.
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.from(b, function (x) { return x.toString(16).padStart(2, "0"); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function timeline() { return document.getElementById("timeline"); }
  function atBottom() {
    var t = timeline();
    return !t || t.scrollHeight - t.scrollTop - t.clientHeight < 80;
  }
  function scrollToBottom() { var t = timeline(); if (t) t.scrollTop = t.scrollHeight; }

  function localizeTimes(root) {
    root.querySelectorAll("time[datetime]").forEach(function (el) {
      var d = new Date(el.getAttribute("datetime"));
      if (isNaN(d)) return;
      el.textContent = d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
      el.title = d.toLocaleString();
    });
  }

  function autosize(textarea) {
    textarea.style.height = "auto";
    textarea.style.height = textarea.scrollHeight + 2 + "px";
  }

  var stickToBottom = true;

  // New messages arrive out of band into #messages. Skip any this page already shows (a
  // retried send echoes the saved message back), and remember whether to follow them.
  document.addEventListener("htmx:oobBeforeSwap", function (evt) {
    if (evt.detail.target.id !== "messages") return;
    stickToBottom = atBottom();
    Array.from(evt.detail.fragment.children).forEach(function (child) {
      if (child.id && document.getElementById(child.id)) child.remove();
      if (child.dataset && child.dataset.authorId === document.body.dataset.userId) stickToBottom = true;
    });
  });
  document.addEventListener("htmx:wsAfterMessage", function () {
    if (stickToBottom) scrollToBottom();
  });

  // Give every send its own client_id, skip blank ones, and clear the composer at once.
  document.addEventListener("htmx:wsConfigSend", function (evt) {
    var form = evt.target;
    if (form.id !== "composer") return;
    var body = (evt.detail.parameters.body || "").trim();
    if (!body) { evt.preventDefault(); return; }
    evt.detail.parameters.client_id = newClientId();
    var error = document.getElementById("composer-error");
    if (error) error.textContent = "";
    var textarea = form.querySelector("textarea");
    textarea.value = "";
    autosize(textarea);
    textarea.focus();
  });

  var statusText = {
    open: "Live",
    connecting: "Connecting…",
    closed: "Reconnecting…",
  };
  var closeReasons = {
    4401: "Your session has ended. Please log in again.",
    4403: "You are not a member of this room.",
    4404: "This room no longer exists.",
  };
  function setStatus(state, text) {
    var el = document.getElementById("connection-status");
    if (!el) return;
    el.dataset.state = state;
    el.textContent = text || statusText[state];
  }
  document.addEventListener("htmx:wsConnecting", function () { setStatus("connecting"); });
  document.addEventListener("htmx:wsOpen", function () { setStatus("open"); });
  document.addEventListener("htmx:wsClose", function (evt) {
    var code = evt.detail.event && evt.detail.event.code;
    setStatus("closed", closeReasons[code] || (code === 1000 ? "Disconnected" : statusText.closed));
  });

  // Enter sends; Shift+Enter makes a new line.
  document.addEventListener("keydown", function (evt) {
    var target = evt.target;
    if (target.id !== "composer-body" || evt.key !== "Enter" || evt.shiftKey || evt.isComposing) return;
    evt.preventDefault();
    target.form.requestSubmit();
  });
  document.addEventListener("input", function (evt) {
    if (evt.target.id === "composer-body") autosize(evt.target);
  });

  document.addEventListener("click", function (evt) {
    var toggle = evt.target.closest(".members-toggle");
    if (!toggle) return;
    var room = document.getElementById("room");
    var shown = room.classList.toggle("show-members");
    toggle.setAttribute("aria-expanded", String(shown));
  });

  htmx.onLoad(function (elt) { localizeTimes(elt); });
  document.addEventListener("DOMContentLoaded", function () {
    scrollToBottom();
    var body = document.getElementById("composer-body");
    if (body) body.focus();
  });
})();
