// The top bar's search box says "Search" where a phone leaves it little room, and "Search
// messages" where it has room for that (its label says "Search messages" to a screen reader
// everywhere). The page is written with the short one: without this script it still fits.
const box = document.getElementById("topbar-search-q");
const roomy = window.matchMedia("(min-width: 761px)");  // salon.css: the phone top bar below

function placeholderFit() {
  box.placeholder = roomy.matches ? box.dataset.placeholderRoomy : box.dataset.placeholderShort;
}

if (box) {
  box.dataset.placeholderShort = box.placeholder;
  placeholderFit();
  roomy.addEventListener("change", placeholderFit);
}
