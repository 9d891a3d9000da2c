// The "Copy link" button: copies the address of the view as the reader's browser shows it (the app
// keeps the address in step with the view), so it is right locally and on Streamlit Cloud alike.
(function () {
  if (window.__hiCopyLink) { return; }
  window.__hiCopyLink = true;
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    var area = document.createElement("textarea");
    area.value = text; area.setAttribute("readonly", ""); area.style.position = "fixed"; area.style.opacity = "0";
    document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } finally { document.body.removeChild(area); }
    return Promise.resolve();
  }
  document.addEventListener("click", function (event) {
    var button = event.target && event.target.closest ? event.target.closest("button.hi-copy-link") : null;
    if (!button) { return; }
    var status = button.parentElement.querySelector(".hi-copy-status");
    // A button with data-copy copies the text of that element of its box (the citation line);
    // else the view's address.
    var source = button.getAttribute("data-copy");
    var box = button.closest(".hi-citation-box");
    var text = source && box && box.querySelector(source) ? box.querySelector(source).textContent
                                                         : window.location.href;
    copy(text).then(function () {
      if (status) { status.textContent = button.getAttribute("data-done"); }
    });
  });
})();
