// Rapport's small amount of JavaScript: everything works without it; this makes it smoother.
(function () {
  "use strict";

  // After a form comes back with problems, move focus to the summary so screen readers hear it.
  function focusErrors(root) {
    var summary = (root || document).querySelector("#error-summary");
    if (summary) {
      summary.focus();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    focusErrors(document);
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    // A page restored from history swaps without a target: the whole page is the root then.
    var root = (event.detail && event.detail.target) || document;
    focusErrors(root);
    // Announce search results through the page's live region.
    var count = root.querySelector(".result-count");
    var announcer = document.getElementById("announcer");
    if (count && announcer) {
      announcer.textContent = count.textContent;
    }
  });
})();
