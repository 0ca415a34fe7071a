// fincyber serve: small improvements over the plain forms, which work without this file.
// - autosave: a change to a field posts its form at once and reports the result in place;
// - the page tells the truth: a save or a refusal answers with what the file now holds, computed
//   by the server (texts by element id, marks, what to hide, each statement's saved answer), and
//   the page puts it in place without a reload: gap marks, levels, progress, computed risk and
//   targets, indicator levels, the carried marks and the header's counts; the tier field offers the
//   tiers of the sector chosen. After a refusal every
//   answer's radio shows what the file holds, and each field refused is marked where it was typed
//   (aria-invalid, its message linked by aria-describedby); the message is also said in the one
//   live region (#autosave-status). Leaving the page with input not yet saved asks first.
// - versions: each unit of a form carries the version it was rendered from; a save returns the
//   versions the page may take as its own, and a unit saved differently from another tab
//   meanwhile is marked, with a link to reload the page;
// - required texts: an answer whose radio names a requirement of the model's answer scale
//   (data-requires) opens the text it requires (data-text-for) and is saved once it is written;
//   focus is never moved into that text by an arrow key.
// - keyboard: within a statement, a letter key answers it with the answer whose radio carries that
//   key (data-key, from the model's scale), then moves to the next statement; "n" elsewhere moves
//   to the next unanswered statement. Both can be turned off with the page's toggle, remembered.
// The script knows no answer value and no rule: all of it comes from the page or the server.
"use strict";
(function () {
  var status = document.getElementById("autosave-status");
  var body = document.body;
  var dirty = new Set();

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
    note.textContent = body.dataset.staleNote + " ";
    var link = document.createElement("a");
    link.href = window.location.href;
    link.textContent = body.dataset.reloadPage;
    note.appendChild(link);
    input.parentNode.insertBefore(note, input.nextSibling);
    var unit = input.closest("fieldset, tr, section, form");
    if (unit) { unit.classList.add("has-problem"); }
  }

  // Puts what the file holds in place: texts, marks, hidden parts; after a refusal also each
  // statement's saved answer.
  function applyLive(live, revert) {
    if (!live) { return; }
    Object.keys(live.texts || {}).forEach(function (id) {
      var node = document.getElementById(id);
      if (node) { node.textContent = live.texts[id]; }
    });
    Object.keys(live.marks || {}).forEach(function (id) {
      var node = document.getElementById(id);
      if (!node) { return; }
      Object.keys(live.marks[id]).forEach(function (mark) { node.classList.toggle(mark, live.marks[id][mark]); });
    });
    Object.keys(live.hidden || {}).forEach(function (id) {
      var node = document.getElementById(id);
      if (node) { node.hidden = live.hidden[id]; }
    });
    Object.keys(live.options || {}).forEach(function (id) {
      var select = document.getElementById(id);
      if (!select) { return; }
      select.textContent = "";
      live.options[id].forEach(function (option) {
        select.appendChild(new Option(option.name, option.id, option.selected, option.selected));
      });
    });
    if (!revert) { return; }
    Object.keys(live.held || {}).forEach(function (name) {
      document.querySelectorAll('input[type=radio][name="' + name + '"]').forEach(function (radio) {
        radio.checked = radio.value === live.held[name];
      });
    });
  }

  // Clears the marks of a previous refusal.
  function clearProblems() {
    document.querySelectorAll(".has-problem").forEach(function (node) { node.classList.remove("has-problem"); });
    document.querySelectorAll(".stale-note").forEach(function (node) { node.remove(); });
    document.querySelectorAll("[aria-invalid]").forEach(function (node) {
      node.removeAttribute("aria-invalid");
      var describedBy = (node.getAttribute("aria-describedby") || "").split(" ").filter(function (id) { return id.indexOf("msg-field-") !== 0; });
      if (describedBy.length) { node.setAttribute("aria-describedby", describedBy.join(" ")); } else { node.removeAttribute("aria-describedby"); }
    });
    document.querySelectorAll(".field-problem").forEach(function (node) { node.remove(); });
  }

  // Marks a refused field where it was typed, with its message beside it.
  function markField(field, message) {
    var node = document.getElementById("field-" + field);
    if (!node) { return; }
    var id = "msg-field-" + field;
    var note = document.createElement("p");
    note.className = "field-problem";
    note.id = id;
    note.textContent = message;
    node.setAttribute("aria-invalid", "true");
    node.setAttribute("aria-describedby", ((node.getAttribute("aria-describedby") || "") + " " + id).trim());
    node.parentNode.insertBefore(note, node.nextSibling);
    (node.closest("fieldset") || node).classList.add("has-problem");
  }

  function save(form, extra) {
    var data = new URLSearchParams(new FormData(form));
    if (extra) { data.append(extra.name, extra.value); }
    var sending = new Set(dirty);
    fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (result) { return { ok: response.ok, result: result }; });
    }).then(function (reply) {
      say(reply.result.message);
      clearProblems();
      var versions = versionFields(form);
      Object.keys(reply.result.versions || {}).forEach(function (key) {
        if (versions[key]) { versions[key].value = reply.result.versions[key]; }
      });
      (reply.result.conflicts || []).forEach(function (key) {
        if (versions[key]) { markStale(versions[key]); }
      });
      (reply.result.problems || []).forEach(function (problem) { markField(problem.field, problem.message); });
      applyLive(reply.result.live, !reply.ok);
      if (reply.ok) { sending.forEach(function (name) { dirty.delete(name); }); }
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
    form.addEventListener("input", function (event) {
      if (event.target.name) { dirty.add(event.target.name); }
    });
    form.addEventListener("change", function (event) {
      var field = event.target;
      if (field.name) { dirty.add(field.name); }
      // An answer that requires a text waits for it: saving now would only be refused.
      var text = field.type === "radio" ? requiredText(field) : null;
      if (text && text.value.trim() === "") {
        say(text.dataset.needs);
        return;
      }
      save(form);
    });
    // A confirm button saves in place too; without this file it posts the plain form.
    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      if (!button || button.name !== "confirm") { return; }
      event.preventDefault();
      save(form, { name: button.name, value: button.value });
    });
  });

  window.addEventListener("beforeunload", function (event) {
    if (dirty.size === 0) { return; }
    event.preventDefault();
    event.returnValue = body.dataset.unsaved || "";
  });

  // The letter keys can be turned off; the choice is remembered in this browser.
  var toggle = document.getElementById("letter-keys");
  var storageKey = "fincyber-letter-keys";
  function keysOn() {
    try { return window.localStorage.getItem(storageKey) !== "off"; } catch (error) { return true; }
  }
  if (toggle) {
    toggle.checked = keysOn();
    toggle.closest("[hidden]") && (toggle.closest("[hidden]").hidden = false);
    toggle.addEventListener("change", function () {
      try { window.localStorage.setItem(storageKey, toggle.checked ? "on" : "off"); } catch (error) { /* not remembered */ }
    });
  }

  function isTextField(target) {
    return target && (target.tagName === "TEXTAREA" || target.tagName === "SELECT" || (target.tagName === "INPUT" && target.type !== "radio" && target.type !== "checkbox"));
  }

  // Moves focus to a statement's chosen answer (or its first), opening its level if folded.
  function focusStatement(statement) {
    var details = statement.closest("details");
    if (details) { details.open = true; }
    statement.scrollIntoView({ block: "center" });
    var radio = statement.querySelector("input[type=radio]:checked") || statement.querySelector("input[type=radio]");
    if (radio) { radio.focus(); }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) { return; }
    var target = event.target;
    if (isTextField(target) || !keysOn()) { return; }
    var key = event.key.toLowerCase();
    var current = target && target.closest ? target.closest("fieldset.statement") : null;
    if (current) {
      var radio = current.querySelector('input[type=radio][data-key="' + key + '"]');
      if (radio) {
        event.preventDefault();
        radio.checked = true;
        radio.focus();
        radio.dispatchEvent(new Event("change", { bubbles: true }));
        var text = requiredText(radio);
        if (text && text.value.trim() === "") { text.focus(); return; }
        var all = Array.prototype.slice.call(document.querySelectorAll("fieldset.statement"));
        var next = all[all.indexOf(current) + 1];
        if (next) { focusStatement(next); }
        return;
      }
    }
    if (key !== "n") { return; }
    var incomplete = Array.prototype.slice.call(document.querySelectorAll("fieldset.statement.incomplete"));
    var following = incomplete.find(function (node) {
      return !current || (current.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    event.preventDefault();
    if (following) {
      focusStatement(following);
    } else {
      var link = document.getElementById("next-unanswered");
      if (link) { window.location.href = link.href; }
    }
  });
})();
