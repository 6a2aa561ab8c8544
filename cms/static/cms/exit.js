/*
 * "Exit this page": leave quickly for a neutral site.
 *
 * The button is a real link, so it works without this script. With it, leaving
 * uses location.replace so the Back button does not return here, the page is
 * blanked at once, and there are two keyboard shortcuts: Shift pressed three
 * times within two seconds (the GOV.UK pattern) and Escape. This file depends on
 * nothing else on the page.
 */
(function () {
  "use strict";
  var SHIFT_PRESSES = 3;
  var WINDOW_MS = 2000;
  var presses = [];

  function exitUrl() {
    var link = document.querySelector("[data-exit-this-page]");
    return link ? link.href : "https://www.bbc.co.uk/weather";
  }

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    var url = exitUrl();
    try {
      document.title = "BBC Weather";
      document.body.innerHTML = "";
    } catch (ignored) {
      /* Blanking is a nicety; leaving is what matters. */
    }
    window.location.replace(url);
  }

  function onKeyDown(event) {
    if (event.key === "Escape" || event.key === "Esc") {
      leave(event);
      return;
    }
    if (event.key !== "Shift" || event.repeat) {
      return;
    }
    var now = Date.now();
    presses.push(now);
    presses = presses.filter(function (t) {
      return now - t <= WINDOW_MS;
    });
    if (presses.length >= SHIFT_PRESSES) {
      presses = [];
      leave(event);
    }
  }

  function onClick(event) {
    var target = event.target;
    if (target && target.closest && target.closest("[data-exit-this-page]")) {
      leave(event);
    }
  }

  document.addEventListener("keydown", onKeyDown, true);
  document.addEventListener("click", onClick, true);
})();
