// Small conveniences only; every page works without script.
document.addEventListener("DOMContentLoaded", () => {
  // The upload form: show the chosen file's name beside the text box.
  const file = document.querySelector("input[type=file][name=file]");
  const label = document.getElementById("file-name");
  if (file && label) file.addEventListener("change", () => { label.textContent = file.files.length ? file.files[0].name : ""; });
  // Deleting asks first.
  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (e) => { if (!confirm(form.dataset.confirm)) e.preventDefault(); });
  }
});
