// What is typed in the composer survives a reload: it is kept for the room in this tab's
// sessionStorage (gone when the tab closes, so nothing lingers on a shared computer), put
// back when the room opens again, and dropped once it is sent.
(function () {
  "use strict";

  var room = document.getElementById("room");
  var body = document.getElementById("composer-body");
  if (!room || !body) return;  // a visitor's page has no composer
  var key = "salon:draft:" + room.dataset.roomSlug;

  function keep(text) {
    try {
      if (text.trim()) sessionStorage.setItem(key, text);
      else sessionStorage.removeItem(key);
    } catch (error) {
      // Storage turned off or full: the draft is simply not kept.
    }
  }

  var kept = null;
  try { kept = sessionStorage.getItem(key); } catch (error) { kept = null; }
  if (kept && !body.value) {
    body.value = kept;
    body.rows = Math.min(8, kept.split("\n").length);
  }

  body.addEventListener("input", function () { keep(body.value); });
  // salon.js empties the composer when it hands a send to the outbox (its listener runs
  // first: it was registered first); an emptied composer keeps no draft.
  document.addEventListener("htmx:wsConfigSend", function (evt) {
    if (evt.target.id === "composer") keep(body.value);
  });
})();
