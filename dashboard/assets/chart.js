// The scripts beside a chart. They run once a page.
(function () {
  if (window.__hiChart) { return; }
  window.__hiChart = true;
  // One tap on a phone selects a chart's point, as one click does with a mouse.
  // Plotly selects on a click only where a hover already found the point; a finger gives it no
  // hover before the tap, so the first tap only opened a tooltip. A touch on a chart sends Plotly
  // the mouse move it is missing, at the finger's place, first. On a touch screen the panel beside
  // the chart shows the figure, so the tooltip (which covered half the chart) is not drawn.
  document.addEventListener("touchstart", function (event) {
    var touch = event.touches && event.touches[0];
    var target = event.target;
    if (!touch || !target || !target.closest || !target.closest(".js-plotly-plot")) { return; }
    target.dispatchEvent(new MouseEvent("mousemove", {
      bubbles: true, cancelable: true, view: window, clientX: touch.clientX, clientY: touch.clientY,
    }));
  }, {capture: true, passive: true});
  var style = document.createElement("style");
  style.textContent = "@media (hover: none) { .js-plotly-plot .hoverlayer { display: none; } }";
  document.head.appendChild(style);
  // The chart's download buttons (PNG, SVG): each has the chart's own camera button draw the image,
  // in the button's format, with the file name, size and scale of the chart's config.
  document.addEventListener("click", function (event) {
    var button = event.target && event.target.closest ? event.target.closest("button.hi-image-button") : null;
    if (!button) { return; }
    var chart = document.querySelector("[data-testid=stPlotlyChart] .js-plotly-plot");
    var camera = chart && chart.querySelector(".modebar-btn");
    var options = chart && chart._context && chart._context.toImageButtonOptions;
    if (!camera || !options) { return; }
    var before = options.format;
    options.format = button.getAttribute("data-format");
    try { camera.click(); } finally { options.format = before; }
  });
})();
