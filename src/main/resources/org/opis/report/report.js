/* opis check report: filters, the selected citation, inline Markdown. No network, no libraries. */
(function () {
  "use strict";
  var dataNode = document.getElementById("opis-data");
  if (!dataNode) return;
  var data = JSON.parse(dataNode.textContent);
  var $ = function (s, root) { return Array.prototype.slice.call((root || document).querySelectorAll(s)); };
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  /* Inline Markdown: *italics*, _italics_, **bold**, `code`, in the note and the entries as written. */
  var MD = /(\*\*[^*\n]+\*\*|\*[^*\s][^*\n]*\*|(?:^|(?=[^\w]))_[^_\s][^_\n]*_(?![\w])|`[^`\n]+`)/;
  function renderMarkdown(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null);
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var text = node.nodeValue;
      if (!MD.test(text)) return;
      var frag = document.createDocumentFragment();
      var parts = text.split(MD);
      parts.forEach(function (p) {
        if (!p) return;
        var m;
        if (/^\*\*[^*\n]+\*\*$/.test(p)) frag.appendChild(el("strong", null, p.slice(2, -2)));
        else if (/^\*[^*\s][^*\n]*\*$/.test(p)) frag.appendChild(el("em", null, p.slice(1, -1)));
        else if ((m = /^(\W?)_([^_\s][^_\n]*)_$/.exec(p))) { if (m[1]) frag.appendChild(document.createTextNode(m[1])); frag.appendChild(el("em", null, m[2])); }
        else if (/^`[^`\n]+`$/.test(p)) frag.appendChild(el("code", null, p.slice(1, -1)));
        else frag.appendChild(document.createTextNode(p));
      });
      node.parentNode.replaceChild(frag, node);
    });
  }
  $("pre.note, table.refs td.entry").forEach(renderMarkdown);

  /* Filters. */
  var form = document.getElementById("filters");
  function checked(name) {
    return $("input[name=" + name + "]", form).filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
  }
  function apply() {
    var sev = checked("severity"), st = checked("status"), code = document.getElementById("f-code").value;
    var shownF = 0, shownC = 0;
    $("tr[data-severity]").forEach(function (r) {
      var ok = sev.indexOf(r.getAttribute("data-severity")) >= 0 && (!code || r.getAttribute("data-code") === code);
      r.hidden = !ok;
      if (ok) shownF++;
    });
    $("tr[data-status]").forEach(function (r) {
      var ok = st.indexOf(r.getAttribute("data-status")) >= 0;
      r.hidden = !ok;
      if (ok) shownC++;
    });
    $("a.cit[data-status]").forEach(function (a) { a.classList.toggle("dim", st.indexOf(a.getAttribute("data-status")) < 0); });
    var s = document.getElementById("shown");
    s.textContent = "Showing " + shownF + " of " + $("tr[data-severity]").length + " findings and "
      + shownC + " of " + $("tr[data-status]").length + " citations.";
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  apply();

  /* The selected citation. */
  var panel = document.getElementById("detail");
  var lastFocus = null;
  function add(dl, term, value, pre) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", null, term));
    var dd = el("dd");
    if (pre) dd.appendChild(el("pre", null, value)); else dd.textContent = value;
    dl.appendChild(dd);
  }
  function show(n) {
    var c = data.citations[n - 1];
    if (!c) return;
    $(".selected").forEach(function (e) { e.classList.remove("selected"); });
    var mark = document.getElementById("c-" + n), row = document.getElementById("cr-" + n);
    if (mark) mark.classList.add("selected");
    if (row) row.classList.add("selected");
    panel.textContent = "";
    var close = el("button", {type: "button", "aria-label": "Close"}, "\u00D7");
    close.addEventListener("click", hide);
    panel.appendChild(close);
    panel.appendChild(el("h3", {id: "detail-title"}, "Citation " + n + ": " + c.text));
    var dl = el("dl");
    add(dl, "Place", "line " + c.line + ", column " + c.column + " (" + c.kind + ")");
    add(dl, "Status", c.statusWords);
    add(dl, "Pinpoint", c.pinpoint);
    add(dl, "Reason", c.reason);
    if (c.candidates.length) add(dl, c.status === "ambiguous" ? "Could be" : "Nearest", c.candidates.join(", "));
    var a = c.archival;
    if (a) {
      add(dl, "Archive", a.archive ? a.archive.id + " (" + a.archive.name + ")" : "not in the registry");
      dl.appendChild(el("dt", null, "Levels (" + a.scheme + ")"));
      var dd = el("dd"), t = el("table", {"class": "levels"});
      a.levels.forEach(function (l) { var tr = el("tr"); tr.appendChild(el("th", null, l.level)); tr.appendChild(el("td", null, l.value)); t.appendChild(tr); });
      dd.appendChild(t);
      dl.appendChild(dd);
      add(dl, "Normal form (English)", a.normalized.en);
      add(dl, "Normal form (GOST)", a.normalized.gost);
      a.diagnostics.forEach(function (f) { add(dl, f.severity + " [" + f.code + "]", f.message + (f.fix ? " (fix: " + f.fix + ")" : "")); });
    }
    var rec = c.resolvesTo ? data.records[c.resolvesTo] : null;
    if (rec) {
      var d = el("dd", {"class": "record"});
      dl.appendChild(el("dt", null, "Record " + c.resolvesTo));
      dl.appendChild(d);
      add(dl, "As written", rec.raw);
      add(dl, "Formatted (" + data.style + ")", rec.formatted);
      add(dl, "CSL-JSON", JSON.stringify(rec.csl, null, 1), true);
    }
    panel.appendChild(dl);
    var more = el("a", {href: "#cr-" + n}, "Row in the citations table");
    panel.appendChild(more);
    panel.hidden = false;
    panel.focus();
  }
  function hide() {
    panel.hidden = true;
    $(".selected").forEach(function (e) { e.classList.remove("selected"); });
    if (lastFocus) lastFocus.focus();
  }
  document.addEventListener("click", function (e) {
    var t = e.target.closest ? e.target.closest("[data-cit]") : null;
    if (!t) return;
    e.preventDefault();
    lastFocus = t;
    show(parseInt(t.getAttribute("data-cit"), 10));
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && !panel.hidden) hide();
  });
})();
