// The plain language panel (cms/guidance/editor_check.py): while the form changes, send it as it
// stands to the panel's check address every two seconds and show the answer. Nothing is saved.
function plainLanguageCheckStart() {
  const panel = document.querySelector("[data-plain-language-check]");
  const form = panel && panel.closest("form");
  if (!form) return;
  const result = panel.querySelector("[data-plain-language-result]");
  const snapshot = () => new URLSearchParams(new FormData(form)).toString();
  let checked = snapshot();
  let busy = false;

  async function check() {
    const now = snapshot();
    if (busy || now === checked) return;
    busy = true;
    try {
      const response = await fetch(panel.dataset.plainLanguageCheck, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
      });
      if (response.ok) {
        result.innerHTML = await response.text();
        checked = now;
      }
    } finally {
      busy = false;
    }
  }

  setInterval(check, 2000);
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", plainLanguageCheckStart);
} else {
  plainLanguageCheckStart();
}
