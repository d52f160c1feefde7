// Rapport's small amount of JavaScript: everything works without it; this makes it smoother.
(function () {
  "use strict";

  // List the summary's problems in the order of their fields on the page (the server lists them
  // in the order it found them).
  function orderSummary(summary) {
    var list = summary.querySelector("ul");
    if (!list) {
      return;
    }
    var items = Array.prototype.slice.call(list.children);
    function target(item) {
      var link = item.querySelector("a[href^='#']");
      return link ? document.getElementById(link.getAttribute("href").slice(1)) : null;
    }
    items.sort(function (a, b) {
      var first = target(a);
      var second = target(b);
      if (!first || !second || first === second) {
        return 0;
      }
      return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    items.forEach(function (item) {
      list.appendChild(item);
    });
  }

  // After a form comes back with problems, move focus to the summary so screen readers hear it.
  function focusErrors(root) {
    var summary = (root || document).querySelector("#error-summary");
    if (summary) {
      orderSummary(summary);
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
