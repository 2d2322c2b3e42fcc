// Reactions: a chip toggles your reaction; "React" opens a small picker (a few emoji and a
// field for any other). The server renders the chips with who reacted (data-ids), the same
// for everyone; this marks yours, and sends {action: "react"} frames through salon.js.
(function () {
  "use strict";

  var QUICK = ["👍", "❤️", "😂", "🎉", "😮", "😢"];
  var me = " " + (document.body.dataset.userId || "") + " ";

  function send(article, emoji) {
    var id = parseInt(article.id.replace("message-", ""), 10);
    document.dispatchEvent(new CustomEvent("salon:send", { detail: { action: "react", message_id: id, emoji: emoji } }));
  }

  function markMine(root) {
    (root || document).querySelectorAll(".reaction").forEach(function (chip) {
      var mine = (chip.dataset.ids || "").indexOf(me) >= 0;
      chip.classList.toggle("is-mine", mine);
      chip.setAttribute("aria-pressed", String(mine));
    });
  }

  function closePicker() {
    var open = document.querySelector(".reaction-picker");
    if (!open) return;
    var opener = open.previousElementSibling;
    open.remove();
    if (opener) opener.setAttribute("aria-expanded", "false");
  }

  function openPicker(button) {
    closePicker();
    var article = button.closest("article.message");
    var picker = document.createElement("div");
    picker.className = "reaction-picker";
    picker.setAttribute("role", "group");
    picker.setAttribute("aria-label", "React with");
    QUICK.forEach(function (emoji) {
      var choice = document.createElement("button");
      choice.type = "button";
      choice.className = "reaction-choice";
      choice.textContent = emoji;
      choice.setAttribute("aria-label", "React with " + emoji);
      choice.addEventListener("click", function () { send(article, emoji); closePicker(); button.focus(); });
      picker.append(choice);
    });
    var other = document.createElement("form");
    other.className = "reaction-other";
    var input = document.createElement("input");
    input.type = "text";
    input.maxLength = 16;
    input.placeholder = "Any emoji";
    input.setAttribute("aria-label", "Any other emoji");
    other.append(input);
    other.addEventListener("submit", function (evt) {
      evt.preventDefault();
      if (input.value.trim()) send(article, input.value.trim());
      closePicker();
      button.focus();
    });
    picker.append(other);
    picker.addEventListener("keydown", function (evt) {
      if (evt.key === "Escape") { evt.stopPropagation(); closePicker(); button.focus(); }
    });
    button.after(picker);
    button.setAttribute("aria-expanded", "true");
    picker.querySelector("button").focus();
  }

  document.addEventListener("click", function (evt) {
    var chip = evt.target.closest(".reaction");
    if (chip) {
      send(chip.closest("article.message"), chip.dataset.emoji);
      return;
    }
    var react = evt.target.closest('.message-action[data-action="react"]');
    if (react) {
      if (react.getAttribute("aria-expanded") === "true") closePicker();
      else openPicker(react);
      return;
    }
    if (!evt.target.closest(".reaction-picker")) closePicker();
  });

  document.addEventListener("htmx:wsAfterMessage", function () { markMine(); });
  document.addEventListener("htmx:afterSettle", function (evt) { markMine(evt.target); });
  markMine();
})();
