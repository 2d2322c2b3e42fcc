// Glue around htmx and its WebSocket extension. The server renders every fragment; this file
// only keeps what the browser alone knows: where the page stands (its cursor), sends not yet
// confirmed (the outbox), who is typing, scrolling, and local times.
(function () {
  "use strict";

  var TYPING_SIGNAL_EVERY = 3000; // ms between typing signals while someone types
  var TYPING_SHOWN_FOR = 6000; // ms an indicator lasts after the last signal
  var SEND_PATIENCE = 8000; // ms before an unconfirmed send is marked as not sent yet
  var GROUP_WITHIN = 5 * 60 * 1000; // consecutive messages of one author within this group

  // Reconnect quickly with jitter, capped at 8 s (the extension's default grows to a minute).
  htmx.config.wsReconnectDelay = function (retryCount) {
    var cap = Math.min(500 * Math.pow(2, retryCount), 8000);
    return cap / 2 + Math.random() * cap / 2;
  };

  function room() { return document.getElementById("room"); }
  function messagesEl() { return document.getElementById("messages"); }
  function timeline() { return document.getElementById("timeline"); }
  function myId() { return document.body.dataset.userId || ""; }

  function newClientId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    // crypto.randomUUID needs a secure context; plain-http LAN hosts fall back to this.
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.from(b, function (x) { return x.toString(16).padStart(2, "0"); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  // The socket ------------------------------------------------------------------------------

  var socket = null; // the extension's public wrapper
  var isOpen = false;

  function sendFrame(data) {
    if (!socket || !isOpen) return false;
    socket.sendImmediately(JSON.stringify(data));
    return true;
  }

  // Where the page stands: it holds every change of the room up to `cursor`. Changes seen
  // beyond a hole wait in `ahead` until the hole fills; a hole that stays asks for a sync.
  var cursor = 0;
  var ahead = new Set();
  var syncing = false;
  var holeTimer = null;

  function noteSeq(seq) {
    if (seq <= cursor) return;
    ahead.add(seq);
    advance();
  }
  function advance() {
    while (ahead.has(cursor + 1)) { ahead.delete(cursor + 1); cursor += 1; }
    ahead.forEach(function (s) { if (s <= cursor) ahead.delete(s); });
    clearTimeout(holeTimer);
    if (ahead.size && !syncing) holeTimer = setTimeout(requestSync, 800);
  }
  function requestSync() {
    if (syncing) return;
    if (sendFrame({ action: "sync", cursor: cursor })) syncing = true;
  }

  // The outbox: sends not yet confirmed, in order. A retry reuses the client_id, so the
  // server makes at most one message of it.
  var outbox = new Map();

  function outboxSend(entry) {
    entry.sentAt = Date.now();
    sendFrame({ body: entry.body, client_id: entry.clientId, reply_to: entry.replyTo, attachment: entry.attachment });
  }
  function flushOutbox() {
    outbox.forEach(function (entry) {
      if (!entry.failed && waiting.indexOf(entry) < 0) outboxSend(entry);
    });
  }
  // Sends refused for now (too many too fast): they wait as long as the server says, then go
  // one at a time, each after the one before is saved.
  var waiting = [];
  var waitTimer = null;
  function waitThenSend(entry, seconds) {
    if (waiting.indexOf(entry) < 0) {
      // In the order they were written (a send refused again goes back to the front).
      waiting.push(entry);
      var order = Array.from(outbox.keys());
      waiting.sort(function (a, b) { return order.indexOf(a.clientId) - order.indexOf(b.clientId); });
    }
    markPending(entry, "waiting", "Sending in a moment…");
    if (!waitTimer) waitTimer = setTimeout(sendNextWaiting, Math.max(250, seconds * 1000));
  }
  function sendNextWaiting() {
    waitTimer = null;
    var entry = waiting.shift();
    if (entry && outbox.has(entry.clientId)) {
      markPending(entry, "sending", "Sending…");
      outboxSend(entry);
    }
  }
  function markPending(entry, state, text) {
    entry.el.dataset.state = state;
    var status = entry.el.querySelector(".message-status");
    status.textContent = text;
    if (state === "failed" || state === "stalled" || state === "refused") {
      // A refused send would be refused again: it goes back to the composer to be changed.
      var again = document.createElement("button");
      again.type = "button";
      again.className = state === "refused" ? "message-edit-again" : "message-retry";
      again.textContent = state === "refused" ? "Edit" : "Retry";
      again.dataset.clientId = entry.clientId;
      status.append(" ", again);
    }
  }
  setInterval(function () {
    outbox.forEach(function (entry) {
      if (!entry.failed && entry.el.dataset.state === "sending" && Date.now() - entry.sentAt > SEND_PATIENCE) {
        markPending(entry, "stalled", isOpen ? "Not sent yet." : "Waiting for the connection…");
      }
    });
  }, 1000);

  function addPending(body, clientId) {
    var template = document.getElementById("pending-message-template");
    var el = template.content.firstElementChild.cloneNode(true);
    el.dataset.clientId = clientId;
    el.dataset.created = new Date().toISOString();
    el.querySelector(".message-body").textContent = body;
    messagesEl().appendChild(el);
    var entry = { body: body, clientId: clientId, el: el, sentAt: 0, failed: false };
    outbox.set(clientId, entry);
    markPending(entry, "sending", "Sending…");
    decorate();
    return entry;
  }

  // Incoming messages ---------------------------------------------------------------------

  function articleSeq(el) { return parseInt(el.dataset.seq || "0", 10); }
  function articleId(el) { return parseInt((el.id || "").replace("message-", ""), 10); }

  // Put one confirmed message where it belongs: in place of an older version of itself, or
  // among the others in id order (its pending copy, if any, goes). A change to a message older
  // than what the page has loaded is dropped: "load older" fetches it as it is now.
  function upsert(incoming) {
    var list = messagesEl();
    var clientId = incoming.dataset.clientId;
    var pending = clientId && outbox.get(clientId);
    if (pending) {
      // Confirmed: the pending copy goes, and the saved message takes its place by id (others'
      // messages may have been saved before it while it waited).
      pending.el.remove();
      outbox.delete(clientId);
      waiting = waiting.filter(function (entry) { return entry !== pending; });
      if (waiting.length && !waitTimer) sendNextWaiting();
    }
    var existing = document.getElementById(incoming.id);
    if (existing) {
      if (articleSeq(existing) < articleSeq(incoming)) existing.replaceWith(incoming);
      return;
    }
    var id = articleId(incoming);
    var loaded = list.querySelectorAll("article.message[id]");
    if (!pending && loaded.length && id < articleId(loaded[0]) && document.getElementById("load-older")) return;
    // Below a gap (a room opened at a search result): "load newer" fetches it when it gets there.
    if (!pending && loaded.length && id > articleId(loaded[loaded.length - 1]) && document.getElementById("load-newer")) return;
    for (var i = 0; i < loaded.length; i++) {
      if (articleId(loaded[i]) > id) { loaded[i].before(incoming); return; }
    }
    var firstPending = list.querySelector("article.is-pending");
    if (firstPending) firstPending.before(incoming); else list.appendChild(incoming);
  }

  var stickToBottom = true;
  var newSinceRead = false;
  // What arrives scrolls the view only for a reader at the bottom: one who scrolled up, or
  // whose room opened at the first unread message (where_you_left.js), stays where they are.
  document.addEventListener("DOMContentLoaded", function () {
    var t = timeline();
    if (t) t.addEventListener("scroll", function () { stickToBottom = atBottom(); }, { passive: true });
  });

  document.addEventListener("htmx:oobBeforeSwap", function (evt) {
    var target = evt.detail.target;
    if (target.id === "drafts") {
      // A persona's reply as it grows: replace the draft in place, or add it.
      stickToBottom = atBottom();
      Array.from(evt.detail.fragment.querySelectorAll("article.draft")).forEach(function (draft) {
        var existing = document.getElementById(draft.id);
        if (existing) existing.replaceWith(draft); else target.appendChild(draft);
      });
      evt.detail.shouldSwap = false;
      return;
    }
    if (target.id === "messages") {
      stickToBottom = atBottom();
      var incoming = Array.from(evt.detail.fragment.querySelectorAll("article.message"));
      incoming.forEach(function (article) {
        noteSeq(articleSeq(article));
        if (article.dataset.authorId === myId() && article.dataset.clientId && outbox.has(article.dataset.clientId)) stickToBottom = true;
        if (article.dataset.authorId) typers.delete(article.dataset.authorId);
        upsert(article);
        newSinceRead = true;
      });
      evt.detail.shouldSwap = false;
      decorate();
      renderTyping();
    }
  });

  // Presence arrives as a few member rows at a time (never the whole panel): each takes its
  // place in the list, people before personas, online first, then owners and moderators,
  // then by name.
  function memberKey(li) {
    return (li.dataset.kind === "persona" ? "1" : "0") + (li.dataset.online === "true" ? "0" : "1") + (li.dataset.rank || "2") + (li.dataset.name || "");
  }
  function applyMemberUpdates() {
    var updates = document.getElementById("member-updates");
    var list = document.getElementById("member-list");
    if (!updates || !list || !updates.firstElementChild) return;
    Array.from(updates.children).forEach(function (row) {
      row.remove();
      var old = list.querySelector("#" + CSS.escape(row.id));
      if (old) old.remove();
      if (row.dataset.removed) return;
      var key = memberKey(row);
      var more = document.getElementById("members-more");
      var next = Array.from(list.children).find(function (li) {
        return li !== more && memberKey(li) > key;
      });
      list.insertBefore(row, next || more);
    });
  }

  document.addEventListener("htmx:wsAfterMessage", function () {
    applyMemberUpdates();
    var cursorEl = document.getElementById("room-cursor");
    if (cursorEl && cursorEl.dataset.cursor) {
      // A catch-up ended: everything up to this seq is on the page.
      cursor = Math.max(cursor, parseInt(cursorEl.dataset.cursor, 10));
      delete cursorEl.dataset.cursor;
      syncing = false;
      advance();
    }
    var resync = document.getElementById("room-resync");
    if (resync && resync.dataset.resync === "now") {
      // The server lost events for a while (its channel layer was down): catch up.
      delete resync.dataset.resync;
      syncing = false;
      requestSync();
    }
    var reload = document.getElementById("room-reload");
    if (reload && reload.dataset.reload === "now") {
      window.location.reload();
      return;
    }
    collectTypers();
    showError();
    if (stickToBottom) scrollToBottom();
    markReadSoon();
  });

  function showError() {
    var error = document.getElementById("composer-error");
    if (!error) return;
    // Set when the server will take it again by itself after so many seconds.
    var retryAfter = parseFloat(error.dataset.retryAfter || "");
    error.removeAttribute("data-retry-after");
    if (!error.dataset.clientId) {
      if (!isNaN(retryAfter)) {  // a catch-up refused for now
        syncing = false;
        setTimeout(requestSync, retryAfter * 1000);
      }
      return;
    }
    var entry = outbox.get(error.dataset.clientId);
    error.dataset.clientId = "";
    if (!entry) return;
    if (!isNaN(retryAfter)) {
      waitThenSend(entry, retryAfter);
      return;
    }
    entry.failed = true;
    var refused = error.dataset.refused === "true";
    error.removeAttribute("data-refused");
    markPending(entry, refused ? "refused" : "failed", "Not sent: " + error.textContent);
  }

  // Sending ---------------------------------------------------------------------------------

  // The composer's ws-send collects the form; the outbox takes over from there, so a send
  // survives a dropped connection and is retried with the same client_id.
  document.addEventListener("htmx:wsConfigSend", function (evt) {
    var form = evt.target;
    if (form.id !== "composer") return;
    evt.preventDefault();
    var body = (evt.detail.parameters.body || "").trim();
    var attachment = evt.detail.parameters.attachment || undefined;  // attachments.js
    if (!body && !attachment) return;
    var error = document.getElementById("composer-error");
    if (error) error.textContent = "";
    var entry = addPending(body, newClientId());
    entry.replyTo = evt.detail.parameters.reply_to || undefined;  // replies.js
    entry.attachment = attachment;
    outboxSend(entry);
    var textarea = form.querySelector("textarea");
    textarea.value = "";
    autosize(textarea);
    textarea.focus();
    lastTypingSent = 0;
    scrollToBottom();
  });

  // Other glue (reactions.js) sends its frames through this socket.
  document.addEventListener("salon:send", function (evt) { sendFrame(evt.detail); });

  document.addEventListener("click", function (evt) {
    var retry = evt.target.closest(".message-retry");
    if (retry) {
      var entry = outbox.get(retry.dataset.clientId);
      if (entry) { entry.failed = false; markPending(entry, "sending", "Sending…"); outboxSend(entry); }
      return;
    }
    var editAgain = evt.target.closest(".message-edit-again");
    if (editAgain) {
      var refused = outbox.get(editAgain.dataset.clientId);
      var composerBody = document.getElementById("composer-body");
      if (refused && composerBody) {
        outbox.delete(refused.clientId);
        refused.el.remove();
        // Whatever was typed since stays, after the text to change.
        composerBody.value = refused.body + (composerBody.value ? "\n" + composerBody.value : "");
        autosize(composerBody);
        composerBody.focus();
        var composerError = document.getElementById("composer-error");
        if (composerError) composerError.textContent = "";
      }
      return;
    }
    var stopButton = evt.target.closest(".draft-stop");
    if (stopButton) {
      stopButton.disabled = true;
      sendFrame({ action: "stop", turn_id: parseInt(stopButton.dataset.turnId, 10) });
      return;
    }
    var action = evt.target.closest(".message-action");
    if (action) {
      var article = action.closest("article.message");
      if (action.dataset.action === "delete") {
        if (window.confirm("Delete this message for everyone?")) {
          sendFrame({ action: "delete", message_id: articleId(article) });
        }
      } else if (action.dataset.action === "edit") {
        startEditing(article);
      }
      return;
    }
    var toggle = evt.target.closest(".members-toggle");
    if (toggle) {
      var shown = room().classList.toggle("show-members");
      toggle.setAttribute("aria-expanded", String(shown));
    }
  });

  // One message is edited at a time: opening another's editor closes the one left open.
  var closeOpenEditor = null;
  function startEditing(article) {
    if (article.querySelector(".message-editor")) return;
    if (closeOpenEditor) closeOpenEditor();
    var body = article.querySelector(".message-body");
    var editor = document.createElement("form");
    editor.className = "message-editor";
    var input = document.createElement("textarea");
    input.name = "body";
    input.maxLength = 4000;
    input.value = body.innerText;
    input.setAttribute("aria-label", "Edit message");
    var save = document.createElement("button");
    save.type = "submit"; save.className = "button button-primary"; save.textContent = "Save";
    var cancel = document.createElement("button");
    cancel.type = "button"; cancel.className = "button button-quiet"; cancel.textContent = "Cancel";
    editor.append(input, save, cancel);
    body.hidden = true;
    body.after(editor);
    input.focus();
    autosize(input);
    function stop() {
      editor.remove();
      body.hidden = false;
      if (closeOpenEditor === stop) closeOpenEditor = null;
    }
    closeOpenEditor = stop;
    cancel.addEventListener("click", stop);
    editor.addEventListener("keydown", function (evt) {
      if (evt.key === "Escape") stop();
      if (evt.key === "Enter" && !evt.shiftKey && !evt.isComposing) { evt.preventDefault(); editor.requestSubmit(); }
    });
    editor.addEventListener("submit", function (evt) {
      evt.preventDefault();
      var text = input.value.trim();
      if (!text && !article.querySelector(".attachments")) {
        // Saving nothing would look like a button that does nothing: say what to do instead.
        var hint = editor.querySelector(".message-editor-hint");
        if (!hint) {
          hint = document.createElement("p");
          hint.className = "message-editor-hint";
          hint.setAttribute("role", "alert");
          editor.append(hint);
        }
        hint.textContent = "A message cannot be empty. To remove it, use Delete.";
        return;
      }
      // The edited message replaces this element when it comes back.
      sendFrame({ action: "edit", message_id: articleId(article), body: text });
    });
  }

  // Typing ----------------------------------------------------------------------------------

  var lastTypingSent = 0;
  var typers = new Map(); // user id -> {name, until}

  document.addEventListener("input", function (evt) {
    if (evt.target.id === "composer-body") {
      autosize(evt.target);
      if (evt.target.value.trim() && Date.now() - lastTypingSent > TYPING_SIGNAL_EVERY) {
        if (sendFrame({ action: "typing" })) lastTypingSent = Date.now();
      }
    }
  });

  function collectTypers() {
    var list = document.getElementById("typing-list");
    if (!list || !list.children.length) return;
    Array.from(list.children).forEach(function (span) {
      // A persona's reply that ended (posted, stopped or failed): no longer typing, at once.
      if (span.dataset.done) typers.delete(span.dataset.userId);
      else if (span.dataset.userId !== myId()) {
        typers.set(span.dataset.userId, { name: span.dataset.name, until: Date.now() + TYPING_SHOWN_FOR });
      }
      span.remove();
    });
    renderTyping();
  }

  function renderTyping() {
    var indicator = document.getElementById("typing-indicator");
    if (!indicator) return;
    var now = Date.now();
    typers.forEach(function (t, id) { if (t.until < now) typers.delete(id); });
    var names = Array.from(typers.values(), function (t) { return t.name; }).sort();
    var text = "";
    if (names.length === 1) text = names[0] + " is typing…";
    else if (names.length === 2) text = names[0] + " and " + names[1] + " are typing…";
    else if (names.length > 2) text = "Several people are typing…";
    if (indicator.textContent !== text) indicator.textContent = text;
  }
  setInterval(renderTyping, 1000);

  // Reading ---------------------------------------------------------------------------------

  var readTimer = null;
  function markRead() {
    if (!newSinceRead || !atBottom()) return;
    var all = messagesEl() && messagesEl().querySelectorAll("article.message[id]");
    if (!all || !all.length) return;
    var top = Math.max.apply(null, Array.from(all, articleId));
    if (sendFrame({ action: "read", message_id: top })) newSinceRead = false;
  }
  function markReadSoon() {
    clearTimeout(readTimer);
    readTimer = setTimeout(function () {
      if (document.visibilityState === "visible") markRead();
    }, 1000);
  }
  // What was on screen when the person looks away or leaves counts as read at once.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") markRead(); else markReadSoon();
    // For hx-trigger="salon:visible from:document" (a trigger filter would need eval, which
    // the Content-Security-Policy forbids).
    if (document.visibilityState === "visible") htmx.trigger(document, "salon:visible");
  });
  window.addEventListener("pagehide", markRead);

  // Connection --------------------------------------------------------------------------------

  var closeReasons = {
    4401: "Your session has ended. Please log in again.",
    4403: "You are no longer a member of this room.",
    4404: "This room is not available.",
  };
  function setStatus(state, text) {
    var el = document.getElementById("connection-status");
    if (!el) return;
    el.dataset.state = state;
    el.textContent = text;
  }

  document.addEventListener("htmx:wsConnecting", function () {
    setStatus("connecting", "Connecting…");
  });
  document.addEventListener("htmx:wsOpen", function (evt) {
    socket = evt.detail.socketWrapper;
    isOpen = true;
    setStatus("open", "Live");
    // Drafts and typing signals are not caught up: whatever was shown may be long over.
    var drafts = document.getElementById("drafts");
    if (drafts) drafts.replaceChildren();
    typers.clear();
    renderTyping();
    // Ask for whatever changed since the page was rendered or the socket dropped, then send
    // what waited in the outbox; the server handles a socket's frames in order.
    syncing = false;
    requestSync();
    flushOutbox();
    // Opening a page changes nothing on the server: what it shows is marked read from here.
    markReadSoon();
    outbox.forEach(function (entry) { if (!entry.failed) markPending(entry, "sending", "Sending…"); });
  });
  document.addEventListener("htmx:wsClose", function (evt) {
    isOpen = false;
    syncing = false;
    var code = evt.detail.event && evt.detail.event.code;
    if (closeReasons[code]) {
      setStatus("closed", closeReasons[code]);
      return;
    }
    setStatus("closed", navigator.onLine === false ? "Offline. Waiting for the network…" : "Reconnecting…");
    // The extension retries by itself after abnormal closes (1006, 1011-1013); a server that
    // shuts down cleanly (1000, 1001) is coming back too, so retry those as well.
    if (code === 1000 || code === 1001 || code === 4000) {
      setTimeout(function () { if (!isOpen && socket) socket.reconnect(); }, htmx.config.wsReconnectDelay(0));
    }
  });
  // Back online: reconnect now rather than after the back-off, unless a socket is already on
  // its way (two live sockets would each count as a tab).
  var rawSocket = null;
  var createSocket = htmx.createWebSocket || function (url) { return new WebSocket(url); };
  htmx.createWebSocket = function (url) {
    rawSocket = createSocket(url);
    return rawSocket;
  };
  window.addEventListener("offline", function () {
    setStatus("closed", "Offline. Waiting for the network…");
  });
  window.addEventListener("online", function () {
    var open = rawSocket && rawSocket.readyState === WebSocket.OPEN;
    var connecting = rawSocket && rawSocket.readyState === WebSocket.CONNECTING;
    if (open) {
      setStatus("open", "Live");
      // A socket can look open over a connection that died with the network: if sends are
      // waiting, start afresh (the new socket catches up and resends the outbox).
      var stalled = Array.from(outbox.values()).some(function (e) { return !e.failed && Date.now() - e.sentAt > 2000; });
      if (stalled) rawSocket.close(4000, "stale");
      else requestSync();
    } else if (!connecting && socket) {
      socket.reconnect();
    }
  });

  // Presentation: times, grouping, day separators ------------------------------------------

  function atBottom() {
    var t = timeline();
    return !t || t.scrollHeight - t.scrollTop - t.clientHeight < 80;
  }
  function scrollToBottom() { var t = timeline(); if (t) t.scrollTop = t.scrollHeight; }

  function autosize(textarea) {
    textarea.style.height = "auto";
    textarea.style.height = textarea.scrollHeight + 2 + "px";
  }

  function sameDay(a, b) { return a.toDateString() === b.toDateString(); }

  function relativeTime(date, now) {
    var seconds = (now - date) / 1000;
    if (seconds < 45) return "just now";
    if (seconds < 3600) return Math.max(1, Math.round(seconds / 60)) + " min ago";
    var time = date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    if (sameDay(date, now)) return time;
    return date.toLocaleDateString([], { month: "short", day: "numeric" }) + ", " + time;
  }

  function dayLabel(date, now) {
    var yesterday = new Date(now); yesterday.setDate(now.getDate() - 1);
    if (sameDay(date, now)) return "Today";
    if (sameDay(date, yesterday)) return "Yesterday";
    var options = { weekday: "long", month: "long", day: "numeric" };
    if (date.getFullYear() !== now.getFullYear()) options.year = "numeric";
    return date.toLocaleDateString([], options);
  }

  function refreshTimes(scope) {
    var now = new Date();
    scope.querySelectorAll("time[datetime]").forEach(function (el) {
      var d = new Date(el.getAttribute("datetime"));
      if (isNaN(d)) return;
      el.textContent = relativeTime(d, now);
      el.title = d.toLocaleString();
    });
  }

  // Group consecutive messages of one author, break the list by day, hide expired edit buttons.
  function decorate() {
    var list = messagesEl();
    if (!list) return;
    list.querySelectorAll(".day-separator").forEach(function (el) { el.remove(); });
    var now = new Date();
    var editWindow = parseInt((room() && room().dataset.editWindow) || "0", 10) * 1000;
    var previous = null;
    list.querySelectorAll("article.message").forEach(function (article) {
      var created = new Date(article.dataset.created);
      var prevCreated = previous && new Date(previous.dataset.created);
      if (!previous || !sameDay(created, prevCreated)) {
        var separator = document.createElement("div");
        separator.className = "day-separator";
        separator.setAttribute("role", "separator");
        var label = document.createElement("span");
        label.textContent = dayLabel(created, now);
        separator.appendChild(label);
        article.before(separator);
      }
      // A pending send keeps its header: that is where "Sending…" and Retry show.
      var continues = previous && previous.dataset.authorId && !previous.classList.contains("message-system") &&
        !article.classList.contains("is-pending") &&
        previous.dataset.authorId === article.dataset.authorId && !article.classList.contains("message-system") &&
        created - prevCreated < GROUP_WITHIN && sameDay(created, prevCreated);
      article.classList.toggle("is-continuation", Boolean(continues));
      if (editWindow) article.dataset.editable = String(now - created < editWindow);
      previous = article;
    });
    refreshTimes(list);
  }
  setInterval(function () { if (messagesEl()) decorate(); }, 30000);

  // Enter sends; Shift+Enter makes a new line.
  document.addEventListener("keydown", function (evt) {
    var target = evt.target;
    if (target.id !== "composer-body" || evt.key !== "Enter" || evt.shiftKey || evt.isComposing) return;
    evt.preventDefault();
    target.form.requestSubmit();
  });

  // "Load older" puts messages above: decorate them too.
  document.addEventListener("htmx:afterSettle", function () {
    if (messagesEl()) decorate();
  });

  document.addEventListener("DOMContentLoaded", function () {
    var r = room();
    if (r) cursor = parseInt(r.dataset.cursor || "0", 10);
    newSinceRead = Boolean(messagesEl() && messagesEl().querySelector("article.message[id]"));
    decorate();
    scrollToBottom();
    var body = document.getElementById("composer-body");
    if (body) body.focus();
    refreshTimes(document);
  });
})();
