/* newslint's HTML report: sorting, filtering and keys. The page reads without any of it. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  /* Controls are hidden until this script can make them work. */
  each(document.querySelectorAll(".controls[hidden]"), function (el) { el.hidden = false; });

  /* Sorting: every column header of a .sortable table becomes a button. */
  function cellValue(row, column) {
    var cell = row.cells[column];
    if (!cell) { return ""; }
    var raw = cell.getAttribute("data-sort");
    return raw !== null ? raw : cell.textContent.trim();
  }
  function sortTable(table, column, header) {
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var numeric = rows.every(function (row) {
      var value = cellValue(row, column);
      return value === "" || !isNaN(Number(value));
    });
    rows.forEach(function (row, index) { row._order = index; });
    rows.sort(function (a, b) {
      var x = cellValue(a, column), y = cellValue(b, column), result;
      if (numeric) { result = (Number(x) || 0) - (Number(y) || 0); }
      else { result = x.localeCompare(y); }
      return (ascending ? result : -result) || a._order - b._order;
    });
    each(header.parentNode.cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var fragment = document.createDocumentFragment();
    rows.forEach(function (row) { fragment.appendChild(row); });
    body.appendChild(fragment);
  }
  each(document.querySelectorAll("table.sortable"), function (table) {
    if (!table.tHead || !table.tBodies.length) { return; }
    each(table.tHead.rows[0].cells, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener("click", function () { sortTable(table, column, header); });
    });
  });

  /* Filtering a table: rows whose text holds every word typed. */
  each(document.querySelectorAll("input[data-filter]"), function (input) {
    var table = document.getElementById(input.getAttribute("data-filter"));
    var count = document.querySelector('output[for="' + table.id + '"]');
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      each(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        var keep = words.every(function (word) { return text.indexOf(word) !== -1; });
        row.hidden = !keep;
        if (keep) { shown += 1; }
      });
      if (count) { count.textContent = words.length ? shown + " shown" : ""; }
    });
  });

  /* Documents in full: only flagged lines; only documents with one rule. */
  var section = document.getElementById("documents");
  var onlyFlagged = document.getElementById("only-flagged");
  if (section && onlyFlagged) {
    onlyFlagged.addEventListener("change", function () {
      section.classList.toggle("only-flagged", onlyFlagged.checked);
    });
  }
  var ruleFilter = document.getElementById("rule-filter");
  if (section && ruleFilter) {
    ruleFilter.addEventListener("change", function () {
      var code = ruleFilter.value;
      each(section.querySelectorAll("article.doc"), function (doc) {
        var codes = (doc.getAttribute("data-codes") || "").split(" ");
        doc.hidden = code !== "" && codes.indexOf(code) === -1;
      });
    });
  }

  /* Keys: j / k go to the next / previous document shown. */
  var reached = null;  /* the document the keys went to last, while it is on the screen */
  function currentIndex(docs) {
    var index = reached ? docs.indexOf(reached) : -1;
    if (index !== -1) {
      var box = reached.getBoundingClientRect();
      if (box.bottom > 0 && box.top < window.innerHeight) { return index; }
    }
    index = -1;
    docs.forEach(function (doc, at) { if (doc.getBoundingClientRect().top <= 2) { index = at; } });
    return index;
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) { return; }
    if (event.key !== "j" && event.key !== "k") { return; }
    var docs = Array.prototype.filter.call(document.querySelectorAll("article.doc"),
      function (doc) { return !doc.hidden; });
    if (!docs.length) { return; }
    var current = currentIndex(docs);
    var next = event.key === "j" ? Math.min(current + 1, docs.length - 1) : Math.max(current - 1, 0);
    reached = docs[next];
    reached.scrollIntoView();
    if (history.replaceState) { history.replaceState(null, "", "#" + docs[next].id); }
    event.preventDefault();
  });
})();
