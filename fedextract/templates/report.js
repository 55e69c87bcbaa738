(function () {
  "use strict";
  // A file's section is an inert <template> until it is opened: render it then, once.
  function render(details) {
    if (details.dataset.rendered) return;
    var tpl = details.querySelector(":scope > template");
    if (tpl) details.appendChild(tpl.content.cloneNode(true));
    details.dataset.rendered = "1";
  }
  document.querySelectorAll("details.file").forEach(function (d) {
    if (d.open) render(d);
    d.addEventListener("toggle", function () { if (d.open) render(d); });
  });
  function followHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === "DETAILS") {
      target.open = true;
      render(target);
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", followHash);
  followHash();

  function status(view, text) { view.querySelector(".status").textContent = text; }
  function clear(view) {
    view.querySelectorAll(".hl, .selected").forEach(function (el) { el.classList.remove("hl", "selected"); });
  }
  function label(node) {
    var lbl = node.querySelector(":scope > .lbl");
    if (lbl) return lbl.textContent;
    var name = node.querySelector(".name");
    return name ? "honoree " + name.textContent : "";
  }
  function lineOf(view, n) { return document.getElementById("f" + view.dataset.file + "-L" + n); }
  function selectNode(view, node) {
    clear(view);
    node.classList.add("selected");
    var from = Number(node.dataset.from), to = Number(node.dataset.to), first = null;
    for (var n = from; n <= to; n++) {
      var line = lineOf(view, n);
      if (line) { line.classList.add("hl"); first = first || line; }
    }
    if (first) first.scrollIntoView({block: "center"});
    status(view, (from === to ? "line " + from : "lines " + from + "–" + to) + " ← " + node.dataset.path + " · " + label(node));
  }
  function selectLine(view, line) {
    clear(view);
    line.classList.add("hl");
    var n = line.dataset.line, owner = line.dataset.owner && document.getElementById(line.dataset.owner);
    if (!owner) {
      status(view, "line " + n + " → no field holds it (blank or removed furniture)");
      return;
    }
    owner.classList.add("selected");
    owner.scrollIntoView({block: "center"});
    status(view, "line " + n + " → " + owner.dataset.path + " · " + label(owner));
  }
  document.addEventListener("click", function (event) {
    var view = event.target.closest(".fileview");
    if (!view) return;
    var line = event.target.closest(".ln");
    if (line) { selectLine(view, line); return; }
    var node = event.target.closest("[data-from]");
    if (node) selectNode(view, node);
  });

  // The index sorts by any column; numbers descending first (most warnings on top).
  var index = document.getElementById("index");
  if (index) {
    index.querySelectorAll("th").forEach(function (th) {
      th.addEventListener("click", function () {
        var key = Number(th.dataset.key), text = th.dataset.type === "text";
        var desc = text ? th.classList.contains("asc") : !th.classList.contains("desc");
        index.querySelectorAll("th").forEach(function (h) { h.classList.remove("asc", "desc"); });
        th.classList.add(desc ? "desc" : "asc");
        var body = index.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[key].dataset.v, y = b.cells[key].dataset.v;
          var c = text ? x.localeCompare(y) : Number(x) - Number(y);
          return desc ? -c : c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
})();
