// claimgraph: the one script. Clicking a highlighted statement (or its row in
// the list) shows its details. It only toggles classes and the hidden flag of
// elements the server rendered; it never builds HTML from text.
(function () {
  "use strict";

  function select(id) {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll(".st-detail").forEach(function (el) { el.hidden = true; });
    document.querySelectorAll('mark.seg[data-st="' + CSS.escape(id) + '"]').forEach(function (el) {
      el.classList.add("active");
    });
    var item = document.getElementById("st-" + id);
    var detail = document.getElementById("detail-" + id);
    if (item) { item.classList.add("active"); }
    if (detail) {
      detail.hidden = false;
      detail.scrollIntoView({ block: "nearest" });
    }
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target.closest("mark.seg[data-st], .st-head[data-st]") : null;
    if (target) { select(target.getAttribute("data-st")); }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target instanceof Element ? event.target.closest("mark.seg[data-st]") : null;
    if (target && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      select(target.getAttribute("data-st"));
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    var m = /^#st-(.+)$/.exec(window.location.hash);
    if (m) { select(decodeURIComponent(m[1])); }
  });
})();
