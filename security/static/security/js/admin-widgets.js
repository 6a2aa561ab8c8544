// Starts Wagtail's date, time and chooser widgets from data the page holds
// (<script type="application/json" data-waymark-init="…" data-waymark-field="id">),
// instead of the inline <script> Wagtail prints, so the admin's
// Content-Security-Policy can refuse every inline script.
(() => {
  "use strict";
  const FUNCTIONS = ["initDateChooser", "initTimeChooser", "initDateTimeChooser"];
  const CONSTRUCTORS = ["ImageChooser"];
  const SELECTOR = "script[type='application/json'][data-waymark-init]";

  function start(holder) {
    if (holder.dataset.waymarkStarted) {
      return;
    }
    holder.dataset.waymarkStarted = "yes";
    const name = holder.dataset.waymarkInit;
    const id = holder.dataset.waymarkField;
    const make = window[name];
    if (typeof make !== "function") {
      return;
    }
    const options = JSON.parse(holder.textContent || "{}");
    if (FUNCTIONS.includes(name)) {
      make(id, options);
    } else if (CONSTRUCTORS.includes(name)) {
      new make(id, options);
    }
  }

  function startAll(root) {
    if (root.matches && root.matches(SELECTOR)) {
      start(root);
    }
    root.querySelectorAll(SELECTOR).forEach(start);
  }

  document.addEventListener("DOMContentLoaded", () => {
    startAll(document);
    // Forms added later (modals, dialogs) get their widgets started too.
    new MutationObserver((changes) => {
      changes.forEach((change) => {
        change.addedNodes.forEach((node) => {
          if (node.nodeType === Node.ELEMENT_NODE) {
            startAll(node);
          }
        });
      });
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
