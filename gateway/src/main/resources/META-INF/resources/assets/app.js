// Claimtrack web UI: small progressive enhancements. Every page works without this file;
// with it, some regions update in place. Fragments come from the gateway already escaped
// (server-rendered Qute), so inserting them as HTML adds no user-controlled markup.
(function () {
  "use strict";

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      var args = arguments, self = this;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(self, args); }, ms);
    };
  }

  function fetchFragment(url) {
    return fetch(url, { headers: { "Accept": "text/html", "X-Fragment": "1" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.text();
      });
  }

  // "Similar claims exist" warning while typing a claim's text.
  function enhanceSimilar(field) {
    var region = document.getElementById(field.getAttribute("data-similar-target"));
    var url = field.getAttribute("data-similar-url");
    if (!region || !url) { return; }
    var exclude = field.getAttribute("data-similar-exclude") || "";
    field.addEventListener("input", debounce(function () {
      var text = field.value.trim();
      if (text.length < 10) { region.innerHTML = ""; return; }
      var query = "?text=" + encodeURIComponent(text) + (exclude ? "&exclude=" + encodeURIComponent(exclude) : "");
      fetchFragment(url + query).then(function (html) { region.innerHTML = html; }).catch(function () {});
    }, 350));
  }

  // Source picker: the search box refills the labelled <select> with matching sources.
  function enhancePicker(search) {
    var select = document.getElementById(search.getAttribute("data-picker-target"));
    var url = search.getAttribute("data-picker-url");
    if (!select || !url) { return; }
    search.addEventListener("input", debounce(function () {
      var chosen = select.value;
      fetchFragment(url + "?q=" + encodeURIComponent(search.value.trim()) + "&selected=" + encodeURIComponent(chosen))
        .then(function (html) {
          // Keep a choice made while the search was on its way, when the new list still offers it.
          var current = select.value;
          select.innerHTML = html;
          if (current && select.querySelector('option[value="' + CSS.escape(current) + '"]')) { select.value = current; }
        })
        .catch(function () {});
    }, 250));
  }

  // Import progress: poll the progress fragment until the job is finished.
  function pollProgress(region) {
    var url = region.getAttribute("data-progress-url");
    function tick() {
      fetchFragment(url).then(function (html) {
        region.innerHTML = html;
        if (region.querySelector("[data-running]")) { setTimeout(tick, 1000); }
      }).catch(function () { setTimeout(tick, 3000); });
    }
    if (region.querySelector("[data-running]")) { setTimeout(tick, 1000); }
  }

  // A form whose answer takes a while (archiving a page): once sent, its button waits and the status line shows
  // progress, so nobody sends it twice. The server answers with the next page either way.
  function showBusy(form) {
    form.addEventListener("submit", function () {
      var status = form.querySelector("[data-busy-status]");
      if (status) { status.hidden = false; }
      form.querySelectorAll("button[type=submit]").forEach(function (button) {
        button.disabled = true;
        button.setAttribute("aria-busy", "true");
      });
      form.setAttribute("aria-busy", "true");
    });
  }

  // "Quote it" on a document page takes the words selected in its text along.
  function quoteSelection(form) {
    function selected() { return window.getSelection ? String(window.getSelection()).trim() : ""; }
    // taken as the button is pressed too, in case pressing it clears the selection
    var pressed = "";
    form.addEventListener("mousedown", function () { pressed = selected(); }, true);
    form.addEventListener("submit", function () {
      form.querySelector("input[name=quote]").value = (selected() || pressed).slice(0, 5000);
    });
  }

  // A sentence of the page's language: the layout carries the counters' sentences from the message bundle as
  // data-words-* attributes of <body>, with $1, $2, $3 for the numbers, written the language's way.
  function words(name, a, b, c) {
    var lang = document.documentElement.lang || "en";
    var text = document.body.getAttribute("data-words-" + name) || "";
    return text.replace(/\$(\d)/g, function (all, n) {
      var value = [a, b, c][n - 1];
      return value === undefined ? all : value.toLocaleString(lang);
    });
  }

  // Counters under fields with a limit: "120 of 500 characters". A field with maxlength cuts a paste that does not
  // fit without a word, so the counter says how much was left out; a field whose limit the server checks
  // (data-maxchars: a document's text) is not cut, the counter turns red and says by how much it is over.
  function count(field) {
    var max = parseInt(field.getAttribute("maxlength") || field.getAttribute("data-maxchars"), 10);
    if (!max || max < 100) { return; }
    var counter = document.createElement("p");
    counter.className = "counter";
    counter.id = field.id + "-count";
    counter.setAttribute("aria-live", "polite");
    field.insertAdjacentElement("afterend", counter);
    var described = field.getAttribute("aria-describedby");
    field.setAttribute("aria-describedby", (described ? described + " " : "") + counter.id);
    var cut = "";
    function show() {
      var length = field.value.length;
      var over = length > max;
      counter.classList.toggle("over", over || cut !== "");
      counter.textContent = cut || (over ? words("over", length, max, length - max) : words("count", length, max));
    }
    field.addEventListener("paste", function (event) {
      var pasted = event.clipboardData ? event.clipboardData.getData("text") : "";
      var kept = field.value.length - (field.selectionEnd - field.selectionStart);
      cut = "";
      if (field.hasAttribute("maxlength") && kept + pasted.length > max) {
        var lost = kept + pasted.length - max;
        cut = words(lost === 1 ? "cut-one" : "cut", lost, max);
      }
      setTimeout(show, 0);
    });
    field.addEventListener("input", function (event) {
      if (event.inputType !== "insertFromPaste") { cut = ""; }
      show();
    });
    show();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[maxlength], textarea[data-maxchars], input[type=text][maxlength]").forEach(count);
    document.querySelectorAll("input[data-uppercase]").forEach(function (field) {
      field.addEventListener("input", function () {
        var start = field.selectionStart, end = field.selectionEnd;
        field.value = field.value.toUpperCase();
        field.setSelectionRange(start, end);
      });
    });
    document.querySelectorAll("form[data-busy]").forEach(showBusy);
    document.querySelectorAll("form[data-quote-selection]").forEach(quoteSelection);
    document.querySelectorAll("[data-similar-url]").forEach(enhanceSimilar);
    document.querySelectorAll("[data-picker-url]").forEach(enhancePicker);
    document.querySelectorAll("[data-progress-url]").forEach(pollProgress);
  });
})();
