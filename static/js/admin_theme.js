// The Django admin keeps its theme in localStorage ("auto", "light" or "dark") and reads it in
// its theme.js, which runs next: hand it the person's own (accounts.models.Theme), and send
// what the admin's toggle picks to the account, so Salon's pages and the admin agree.
{
  const script = document.currentScript;
  const toAdmin = { system: "auto", light: "light", dark: "dark" };
  const fromAdmin = { auto: "system", light: "light", dark: "dark" };
  localStorage.setItem("theme", toAdmin[script.dataset.theme] || "auto");

  document.addEventListener("click", (event) => {
    if (!event.target.closest(".theme-toggle")) return;
    // The admin's own handler (on the button) has already cycled and stored the theme.
    const theme = fromAdmin[localStorage.getItem("theme")] || "system";
    fetch(script.dataset.url, {
      method: "POST",
      headers: { "X-CSRFToken": script.dataset.csrf },
      body: new URLSearchParams({ theme }),
    });
  });
}
