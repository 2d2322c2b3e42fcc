// Unread that stays live. The person socket (/ws/me/, rooms/personal.py) first tells the page
// each of its person's rooms with what is unread there, then every new message in them (room,
// seq, author, mentioned usernames): the same text for every member. This module counts from
// there, keeps the lobby's badges and the tab title, and, once the person has turned them on,
// shows a notification of a mention or a direct message while the tab is in the background.
const body = document.body;
const myId = Number(body.dataset.userId || 0);
const myName = body.dataset.username || "";
const roomPage = document.getElementById("room");
const hereSlug = roomPage ? roomPage.dataset.roomSlug : null;
const baseTitle = document.title;
const rooms = new Map(); // room id -> {slug, name, url, direct, seq, unread, mentions}

// Counting ------------------------------------------------------------------------------------

function reading(room) {
  // The room open in this tab, looked at: what arrives there is being read.
  return room.slug === hereSlug && document.visibilityState === "visible";
}

function roomsReceived(frame) {
  rooms.clear();
  for (const room of frame.rooms) {
    if (room.slug === hereSlug) room.unread = room.mentions = 0; // this page marks it read
    rooms.set(room.id, room);
  }
  // A room joined or left: the lobby's list of rooms changes (hx-trigger="salon:rooms").
  if (frame.changed && window.htmx) htmx.trigger(document, "salon:rooms");
  show();
}

function activityReceived(frame) {
  for (const message of frame.messages) {
    const room = rooms.get(message.room);
    // Unknown: not (yet) one of my rooms. Not newer: already in the counts.
    if (!room || message.seq <= room.seq) continue;
    room.seq = message.seq;
    if (message.author === myId || reading(room)) continue;
    const mentioned = message.mentions.includes(myName);
    room.unread += 1;
    if (mentioned) room.mentions += 1;
    if ((mentioned || room.direct) && document.visibilityState === "hidden") notify(room, message);
  }
  show();
}

// The room this page shows comes over its room socket, not the person socket: a message that
// arrives there while the tab is hidden counts as its activity text would have.
document.addEventListener("htmx:wsBeforeMessage", (event) => {
  const here = [...rooms.values()].find((room) => room.slug === hereSlug);
  const html = event.detail && event.detail.message;
  if (!here || reading(here) || typeof html !== "string" || !html.includes("<article")) return;
  const messages = [];
  for (const article of new DOMParser().parseFromString(html, "text/html").querySelectorAll("article.message")) {
    // Already on the page: an edit, a delete, or a catch-up of what was shown.
    if (!article.id.startsWith("message-") || document.getElementById(article.id)) continue;
    if (article.classList.contains("message-system")) continue; // joins and leaves
    messages.push({
      room: here.id,
      seq: Number(article.dataset.seq),
      author: Number(article.dataset.authorId || 0),
      by: (article.querySelector(".message-author") || {}).textContent || "",
      mentions: [...article.querySelectorAll(".mention")].map((mention) => mention.dataset.username),
    });
  }
  if (messages.length) activityReceived({ messages });
});

// What the page shows ---------------------------------------------------------------------------

function badge(card, className, count, text, title) {
  const name = card.querySelector(".room-card-name");
  let el = name && name.querySelector("." + className);
  if (!count) { if (el) el.remove(); return; }
  if (!el) {
    el = document.createElement("span");
    el.className = "count " + className;
    el.title = title;
    // Mentions before the unread count, as the lobby renders them.
    const unread = className === "count-mention" ? name.querySelector(".count-unread") : null;
    name.insertBefore(el, unread);
  }
  el.textContent = text;
}

function show() {
  let total = 0;
  for (const room of rooms.values()) {
    total += room.unread;
    const card = document.getElementById("room-card-" + room.slug);
    if (!card || !card.dataset.roomId) continue; // not on this page, or a public room's card
    card.dataset.unread = room.unread;
    card.dataset.mentions = room.mentions;
    card.dataset.seq = room.seq;
    if (!room.direct) badge(card, "count-mention", room.mentions, "@" + room.mentions, "Mentions of you");
    badge(card, "count-unread", room.unread, room.unread + " new", "Unread messages");
  }
  document.title = total ? "(" + total + ") " + baseTitle : baseTitle;
}

// The lobby's list came again over HTTP (a room joined, the tab shown again): what it counts
// is as new as what this page knows, or newer (a room read in another tab).
document.addEventListener("htmx:afterSettle", (event) => {
  if (!event.target || event.target.id !== "my-rooms") return;
  for (const card of event.target.querySelectorAll(".room-card[data-room-id]")) {
    const room = rooms.get(Number(card.dataset.roomId));
    if (!room || Number(card.dataset.seq) < room.seq) continue;
    room.seq = Number(card.dataset.seq);
    room.unread = Number(card.dataset.unread);
    room.mentions = Number(card.dataset.mentions);
  }
  show();
});

document.addEventListener("visibilitychange", () => {
  const here = [...rooms.values()].find((room) => room.slug === hereSlug);
  if (here && reading(here)) { here.unread = here.mentions = 0; show(); }
});

// Notifications: only after a click on "Turn on notifications" -----------------------------------

const toggle = document.getElementById("notify-toggle");
const NOTIFY_KEY = "salon-notifications";

function notificationsOn() {
  return "Notification" in window && Notification.permission === "granted" &&
    localStorage.getItem(NOTIFY_KEY) === "on";
}

function showToggle() {
  if (!toggle) return;
  if (!("Notification" in window)) { toggle.hidden = true; return; }
  const blocked = Notification.permission === "denied";
  toggle.hidden = false;
  toggle.disabled = blocked;
  toggle.querySelector(".notify-text").textContent = blocked ? "Notifications blocked" :
    notificationsOn() ? "Turn off notifications" : "Turn on notifications";
  toggle.title = blocked ? "Your browser blocks notifications from Salon: allow them in its site settings." :
    "Mentions of you and direct messages, while Salon is in the background";
}

if (toggle) {
  toggle.addEventListener("click", async () => {
    if (notificationsOn()) {
      localStorage.setItem(NOTIFY_KEY, "off");
    } else {
      const permission = await Notification.requestPermission();
      localStorage.setItem(NOTIFY_KEY, permission === "granted" ? "on" : "off");
    }
    showToggle();
  });
  showToggle();
}

function notify(room, message) {
  if (!notificationsOn()) return;
  const title = room.direct ? message.by + " sent you a message" : message.by + " mentioned you in " + room.name;
  const notification = new Notification(title, { tag: "salon-room-" + room.id, body: "Open Salon to read it." });
  notification.addEventListener("click", () => {
    window.focus();
    if (room.slug !== hereSlug) window.location.href = room.url;
    notification.close();
  });
}

// The socket ------------------------------------------------------------------------------------

let retries = 0;

function connect() {
  const scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
  // A room page's own room is left out: its room socket hears it (below).
  const except = hereSlug ? "?except=" + encodeURIComponent(hereSlug) : "";
  const socket = new WebSocket(scheme + window.location.host + "/ws/me/" + except);
  socket.addEventListener("open", () => { retries = 0; });
  socket.addEventListener("message", (event) => {
    const frame = JSON.parse(event.data);
    if (frame.type === "rooms") roomsReceived(frame);
    else if (frame.type === "activity") activityReceived(frame);
  });
  socket.addEventListener("close", (event) => {
    // Logged out (4401) or too many tabs (4429): trying again would not help.
    if (event.code === 4401 || event.code === 4429) return;
    // As the room socket: quickly, with jitter, at most every 8 s. The rooms frame that
    // opens the next socket brings every count up to date.
    const cap = Math.min(500 * 2 ** retries, 8000);
    retries += 1;
    setTimeout(connect, cap / 2 + Math.random() * cap / 2);
  });
}

if (myId) connect();
