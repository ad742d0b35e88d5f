(function () {
  "use strict";
  var body = document.body;
  // Errors are kept in the DOM (data-errors), where a headless browser's --dump-dom shows them.
  function record(message) {
    body.dataset.errors = (body.dataset.errors ? body.dataset.errors + "\n" : "") + message;
  }
  window.onerror = function (message, source, line) {
    record(String(message) + " (line " + line + ")");
  };
  try {
    var input = document.getElementById("q");
    var status = document.getElementById("status");
    var rows = document.querySelectorAll("#speaker-table tbody tr");
    var docs = document.querySelectorAll("#document-table tbody tr, article[data-speakers]");
    var quotes = document.querySelectorAll(".q[data-speaker]");
    var articles = document.querySelectorAll("article[data-speakers]");
    var matches = function (key, query) { return key.indexOf(query) !== -1; };
    var anyMatches = function (keys, query) {
      return keys.split("\n").some(function (key) { return key && matches(key, query); });
    };
    var filter = function () {
      var query = input.value.trim().toLowerCase();
      var shown = 0, shownArticles = 0;
      rows.forEach(function (row) {
        var hit = !query || matches(row.dataset.speaker, query);
        row.hidden = !hit;
        if (hit) { shown += 1; }
      });
      docs.forEach(function (doc) {
        doc.hidden = !!query && !anyMatches(doc.dataset.speakers, query);
      });
      articles.forEach(function (a) { if (!a.hidden) { shownArticles += 1; } });
      quotes.forEach(function (q) {
        q.classList.toggle("dimmed", !!query && !matches(q.dataset.speaker, query));
      });
      body.dataset.query = query;
      status.textContent = query
        ? shown + " of " + rows.length + " listed speakers and " + shownArticles + " of " + articles.length + " articles match \u201c" + query + "\u201d."
        : "";
    };
    input.addEventListener("input", filter);
    // A link may name a speaker: report.html#speaker=kirby
    var wanted = /^#speaker=(.*)$/.exec(window.location.hash);
    if (wanted) {
      input.value = decodeURIComponent(wanted[1]);
      filter();
    }
    // Printed, the collapsed document table is shown too.
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll("details").forEach(function (d) { d.open = true; });
    });
    body.dataset.ready = "1";
  } catch (e) {
    record(String(e && e.message ? e.message : e));
  }
})();
