// The data page's filter form: "Apply" loads the page with the chosen values and the page's
// language (the form cannot carry a field named "lang": the browser's sanitiser drops it).
(function () {
  if (window.__hiFilters) { return; }
  window.__hiFilters = true;
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form || !form.classList || !form.classList.contains("hi-filters")) { return; }
    event.preventDefault();
    var query = new URLSearchParams();
    new FormData(form).forEach(function (value, name) { query.append(name, value); });
    query.set("lang", form.getAttribute("data-lang"));
    var embed = new URLSearchParams(window.location.search).get("embed");
    if (embed) { query.set("embed", embed); }
    window.location.assign(form.getAttribute("action") + "?" + query.toString());
  });
})();
