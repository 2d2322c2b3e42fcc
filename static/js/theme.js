// The theme a person picks (the top bar's switch, the profile's choices) shows at once; htmx
// stores it on their account (accounts.views.theme_choose), which renders it from then on.
const root = document.documentElement;
const scheme = document.querySelector('meta[name="color-scheme"]');

function themeShow(theme) {
  root.dataset.theme = theme;
  scheme.content = theme === "system" ? "light dark" : theme;
  for (const choice of document.querySelectorAll(".theme-choice")) {
    choice.setAttribute("aria-pressed", String(choice.value === theme));
  }
}

document.addEventListener("submit", (event) => {
  const theme = event.target.closest(".theme-form") && event.submitter?.value;
  if (theme) themeShow(theme);
});
