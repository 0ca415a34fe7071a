// fincyber serve: small improvements over the plain forms, which work without this file.
// - autosave: a change to a field posts its form at once and reports the result in place;
// - versions: each unit of a form (a statement, an indicator, a rating, the profile) carries the version
//   it was rendered from; a save returns the versions the page may take as its own, and a unit saved
//   differently from another tab meanwhile is marked, with a link to reload the page;
// - live level: the component's level and progress follow each save;
// - required texts: an answer whose radio names a requirement of the model's answer scale
//   (data-requires, e.g. "compensating-control") opens the text it requires (the textarea whose
//   data-text-for names the same) and is saved once that text is written. The script knows no
//   answer value: what each requires comes from the page.
// - keyboard: "n" outside a text field moves to the next unanswered statement.
"use strict";
(function () {
  var status = document.getElementById("autosave-status");

  function say(text) {
    if (status) { status.textContent = text; }
  }

  // The hidden version field of each unit, by unit key.
  function versionFields(form) {
    var fields = {};
    form.querySelectorAll('input[type=hidden][name^="version:"]').forEach(function (input) {
      fields[input.name.slice("version:".length)] = input;
    });
    return fields;
  }

  // A note beside a unit saved differently from another tab: what happened, and a reload link.
  function markStale(input) {
    var note = document.createElement("p");
    note.className = "notice problem stale-note";
    note.textContent = document.body.dataset.staleNote + " ";
    var link = document.createElement("a");
    link.href = window.location.href;
    link.textContent = document.body.dataset.reloadPage;
    note.appendChild(link);
    input.parentNode.insertBefore(note, input.nextSibling);
    var unit = input.closest("fieldset, tr, section, form");
    if (unit) { unit.classList.add("has-problem"); }
  }

  function save(form) {
    var body = new URLSearchParams(new FormData(form));
    fetch(form.action, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (result) { return { ok: response.ok, result: result }; });
    }).then(function (reply) {
      say(reply.result.message);
      document.querySelectorAll(".has-problem").forEach(function (node) { node.classList.remove("has-problem"); });
      document.querySelectorAll(".stale-note").forEach(function (node) { node.remove(); });
      var versions = versionFields(form);
      Object.keys(reply.result.versions || {}).forEach(function (key) {
        if (versions[key]) { versions[key].value = reply.result.versions[key]; }
      });
      (reply.result.conflicts || []).forEach(function (key) {
        if (versions[key]) { markStale(versions[key]); }
      });
      (reply.result.fields || []).forEach(function (field) {
        var node = document.getElementById("field-" + field);
        if (node) { (node.closest("fieldset") || node).classList.add("has-problem"); }
      });
      if (reply.ok && reply.result.component) {
        var level = document.getElementById("component-level");
        var progress = document.getElementById("component-progress");
        if (level) { level.textContent = reply.result.component.achieved; }
        if (progress) { progress.textContent = reply.result.component.answered + " / " + reply.result.component.applicable; }
        (reply.result.incomplete || []).forEach(function (id) {
          var node = document.getElementById("s-" + id);
          if (node) { node.classList.add("incomplete"); }
        });
        (reply.result.complete || []).forEach(function (id) {
          var node = document.getElementById("s-" + id);
          if (node) { node.classList.remove("incomplete"); }
        });
      }
    }).catch(function () {
      say("✗");
    });
  }

  // The text an answer's radio says it requires, in the same statement, or null.
  function requiredText(radio) {
    var requires = radio.dataset.requires;
    if (!requires) { return null; }
    return radio.closest("fieldset").querySelector('textarea[data-text-for="' + requires + '"]');
  }

  // The text an answer requires opens when the answer is chosen.
  document.querySelectorAll("fieldset.statement input[type=radio]").forEach(function (radio) {
    radio.addEventListener("change", function () {
      var text = requiredText(radio);
      var details = text ? text.closest("details") : null;
      if (details) { details.open = true; }
    });
  });

  document.querySelectorAll("form[data-autosave]").forEach(function (form) {
    form.addEventListener("change", function (event) {
      // An answer that requires a text waits for it: saving now would only be refused.
      var field = event.target;
      var text = field.type === "radio" ? requiredText(field) : null;
      if (text && text.value.trim() === "") {
        say(text.dataset.needs);
        text.focus();
        return;
      }
      save(form);
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "n" || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    if (target && (target.tagName === "TEXTAREA" || target.tagName === "SELECT" || (target.tagName === "INPUT" && target.type !== "radio"))) { return; }
    var current = target && target.closest ? target.closest("fieldset.statement") : null;
    var all = Array.prototype.slice.call(document.querySelectorAll("fieldset.statement.incomplete"));
    var next = all.find(function (node) {
      return !current || (current.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    event.preventDefault();
    if (next) {
      var details = next.closest("details");
      if (details) { details.open = true; }
      next.scrollIntoView({ block: "center" });
      var first = next.querySelector("input[type=radio]:checked") || next.querySelector("input[type=radio]");
      if (first) { first.focus(); }
    } else {
      var link = document.getElementById("next-unanswered");
      if (link) { window.location.href = link.href; }
    }
  });
})();
