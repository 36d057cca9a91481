// Small enhancements; every page works without them.
(function () {
  'use strict';

  // Audit page: follow a background verification until it is done.
  function followVerification(box) {
    var job = box.getAttribute('data-job');
    var bar = document.getElementById('verification-progress');
    var status = document.getElementById('verification-status');
    function fill(template, values) {
      return template.replace(/\{(\w+)\}/g, function (m, name) { return values[name] !== undefined ? values[name] : m; });
    }
    function poll() {
      fetch('/audit/verifications/' + encodeURIComponent(job), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (r) { return r.json(); })
        .then(function (j) {
          var total = Math.max(j.to - j.from + 1, 1);
          bar.max = total;
          bar.value = j.checked;
          if (!j.done) {
            status.textContent = fill(box.getAttribute('data-progress-template'), {checked: j.checked, total: total});
            setTimeout(poll, 500);
          } else if (j.result.ok) {
            status.className = 'notice';
            status.textContent = fill(box.getAttribute('data-ok-template'), {checked: j.result.checked});
            box.setAttribute('data-done', 'true');
          } else {
            status.className = 'error';
            status.textContent = fill(box.getAttribute('data-bad-template'),
              {position: j.result.firstBadPosition, reason: j.result.reason});
            box.setAttribute('data-done', 'true');
          }
        })
        .catch(function () { setTimeout(poll, 2000); });
    }
    poll();
  }

  // The credit report: its print link prints the page.
  function printLink(link) {
    link.addEventListener('click', function (event) { event.preventDefault(); window.print(); });
  }

  // Forms: a second click while the first submission is on its way would only be refused; disable it.
  function guardDoubleSubmit(form) {
    form.addEventListener('submit', function () {
      var button = form.querySelector('button[type=submit]');
      if (button) { setTimeout(function () { button.disabled = true; }, 0); }
    });
  }

  // A client's or employer's code: the ledger's enterprises and agencies are offered by name while typing,
  // after the subject's own (its clients or employers so far); any code may still be typed.
  function suggestSubjects(input) {
    var list = document.getElementById(input.getAttribute('list'));
    var own = Array.prototype.map.call(list.options, function (o) { return {value: o.value, label: o.label}; });
    var timer = null;
    function show(found) {
      var seen = {};
      list.textContent = '';
      own.concat(found).forEach(function (s) {
        if (seen[s.value]) { return; }
        seen[s.value] = true;
        var option = document.createElement('option');
        option.value = s.value;
        option.label = s.label;
        option.textContent = s.label;
        list.appendChild(option);
      });
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { show([]); return; }
      timer = setTimeout(function () {
        fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q),
              {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(show)
          .catch(function () { /* typing still works without the list */ });
      }, 250);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('input[data-suggest]'), suggestSubjects);
    var box = document.getElementById('verification');
    if (box && box.getAttribute('data-done') !== 'true') { followVerification(box); }
    Array.prototype.forEach.call(document.querySelectorAll('form.grid'), guardDoubleSubmit);
    Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), printLink);
  });
})();
