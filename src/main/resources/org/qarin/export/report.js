// qarin HTML report: filters and finding-to-finding navigation. Inlined into the page and allowed
// by its CSP hash. It reads the page's own attributes only and writes text only through
// textContent, so no report text can become markup. Each action is one pass over the rows.
(function () {
  'use strict';

  const rows = Array.from(document.querySelectorAll('#alignment > tbody > tr'));
  const badges = Array.from(document.querySelectorAll('#alignment li.finding'));
  const onlyFindings = document.getElementById('only-findings');
  const kindBoxes = Array.from(document.querySelectorAll('input.kind-filter'));
  const status = document.getElementById('status');
  const kindsOfRow = new Map();
  rows.forEach(function (row) {
    const kinds = row.getAttribute('data-kinds');
    kindsOfRow.set(row, kinds ? kinds.split(' ') : []);
  });

  // The rows j/k visit, in page order, and each one's position in that list.
  let targets = [];
  let positionOf = new Map();
  let lastPosition = -1;

  function activeKinds() {
    const active = new Set();
    kindBoxes.forEach(function (box) {
      if (box.checked) {
        active.add(box.value);
      }
    });
    return active;
  }

  function applyFilters() {
    const active = activeKinds();
    badges.forEach(function (badge) {
      badge.hidden = !active.has(badge.getAttribute('data-kind'));
    });
    targets = [];
    positionOf = new Map();
    let shown = 0;
    rows.forEach(function (row) {
      const flagged = kindsOfRow.get(row).some(function (kind) {
        return active.has(kind);
      });
      row.hidden = onlyFindings.checked && !flagged;
      if (!row.hidden) {
        shown++;
      }
      if (flagged) {
        positionOf.set(row, targets.length);
        targets.push(row);
      }
    });
    lastPosition = Math.min(lastPosition, targets.length - 1);
    say('Showing ' + shown + ' of ' + rows.length + ' rows; ' + targets.length + ' with findings.');
  }

  function say(text) {
    status.textContent = text;
  }

  function go(step) {
    if (targets.length === 0) {
      say('No rows with findings of the kinds shown.');
      return;
    }
    const focused = positionOf.get(document.activeElement);
    const from = focused === undefined ? lastPosition : focused;
    const to = from < 0 ? 0 : Math.max(0, Math.min(targets.length - 1, from + step));
    lastPosition = to;
    const row = targets[to];
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'center' });
    say('Finding row ' + (to + 1) + ' of ' + targets.length + ' (' + row.id.replace('link-', 'link #') + ').');
  }

  // Letters typed into a text field are text, not commands; checkboxes and buttons take no letters.
  function typing(target) {
    if (!target || !target.tagName) {
      return false;
    }
    if (target.tagName === 'INPUT') {
      return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
    }
    return target.tagName === 'SELECT' || target.tagName === 'TEXTAREA' || target.isContentEditable;
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    if (event.key === 'j' || event.key === 'n') {
      event.preventDefault();
      go(1);
    } else if (event.key === 'k' || event.key === 'p') {
      event.preventDefault();
      go(-1);
    }
  });

  document.getElementById('next-finding').addEventListener('click', function () {
    go(1);
  });
  document.getElementById('prev-finding').addEventListener('click', function () {
    go(-1);
  });
  onlyFindings.addEventListener('change', applyFilters);
  kindBoxes.forEach(function (box) {
    box.addEventListener('change', applyFilters);
  });
  applyFilters();
}());
