// The room header's small glue: forms marked data-confirm ask first (Leave), and the room
// switcher (a <details>) closes on Escape or a click elsewhere, as a menu would.
(function () {
  "use strict";

  document.addEventListener("submit", function (evt) {
    var form = evt.target.closest("form[data-confirm]");
    if (form && !window.confirm(form.dataset.confirm)) evt.preventDefault();
  }, true);

  function closeSwitcher(focusSummary) {
    var switcher = document.getElementById("room-switcher");
    if (!switcher || !switcher.open) return;
    switcher.open = false;
    if (focusSummary) switcher.querySelector("summary").focus();
  }

  document.addEventListener("click", function (evt) {
    if (!evt.target.closest("#room-switcher")) closeSwitcher(false);
  });
  document.addEventListener("keydown", function (evt) {
    if (evt.key === "Escape" && evt.target.closest("#room-switcher")) closeSwitcher(true);
  });
})();
