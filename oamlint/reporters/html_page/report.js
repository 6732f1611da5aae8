// The access matrix of an oamlint drift audit: filters, sort, and a virtualised grid that only
// ever puts the visible rows and columns in the DOM (a 2,000 × 300 matrix stays ~1,000 cells).
// The data is the JSON in #matrix-data (see oamlint/reporters/html.py for its shape).
(function () {
  'use strict';
  var started = performance.now();
  var D = JSON.parse(document.getElementById('matrix-data').textContent);
  var parsed = performance.now() - started;
  var LEVELS = ['none', 'read', 'write', 'admin', 'owner'];
  var SHORT = ['–', 'r', 'w', 'a', 'o'];
  var STATES = D.states; // [[id, label, glyph], …] in code order
  var ALL = (1 << STATES.length) - 1;
  var SAME = 0; // states that are not differences: as declared, and the Owners team by design
  STATES.forEach(function (s, i) { if (s[0] === 'declared' || s[0] === 'owners') SAME |= 1 << i; });
  // Cells: Int32 triples [principal | code << 22, paths list, declarations list], by repository then
  // principal; code = declared | actual << 3 | state << 6. Repository r owns cells rowStart[r] … rowStart[r+1].
  var STRIDE = 3, PMASK = 0x3fffff;
  var ROW_H = 30, COL_W = 64, HEAD_H = 190, ROWHEAD_W = 270, OVERSCAN = 4;
  var MAX_H = Math.max(400, Math.min(window.innerHeight * 0.7, 720));

  var nR = D.repos.length, nP = D.principals.length;
  var C = decode(D.cells), RS = D.rowStart;
  var driftR = new Int32Array(nR), driftP = new Int32Array(nP);
  for (var r = 0; r < nR; r++) {
    for (var i = RS[r] * STRIDE, end = RS[r + 1] * STRIDE; i < end; i += STRIDE) {
      if (!((SAME >> (C[i] >>> 28)) & 1)) { driftR[r]++; driftP[C[i] & PMASK]++; }
    }
  }

  function decode(text) {
    var bytes;
    if (Uint8Array.fromBase64) {
      bytes = Uint8Array.fromBase64(text);
    } else {
      var bin = atob(text);
      bytes = new Uint8Array(bin.length);
      for (var j = 0; j < bin.length; j++) bytes[j] = bin.charCodeAt(j);
    }
    return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  }
  var lowerR = D.repos.map(function (x) { return x[0].toLowerCase(); });
  var lowerP = D.principals.map(function (x) { return x[0].toLowerCase(); });

  var $ = function (id) { return document.getElementById(id); };
  var viewport = $('viewport'), grid = $('grid'), tip = $('tip'), status = $('matrix-status');
  var F = { org: -1, repo: '', principal: '', states: ALL, rowSort: 'name', colSort: 'name' };
  var visRows = [], visCols = [], colMask = new Uint8Array(nP);
  var focusR = 0, focusC = 0, printing = false, shown = null;
  var pos = new Int32Array(nP).fill(-1);

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // A name filter: the exact name (case-insensitive) when one matches, else a substring.
  function nameTest(value, names) {
    var v = value.trim().toLowerCase();
    if (!v) return null;
    if (names.indexOf(v) >= 0) return function (n) { return n === v; };
    return function (n) { return n.indexOf(v) >= 0; };
  }

  function applyFilters() {
    var t0 = performance.now();
    var repoTest = nameTest(F.repo, lowerR), principalTest = nameTest(F.principal, lowerP);
    var pruning = F.states !== ALL || repoTest || principalTest || F.org >= 0;
    for (var p = 0; p < nP; p++) {
      var pr = D.principals[p];
      colMask[p] = (!principalTest || principalTest(lowerP[p])) && (F.org < 0 || pr[2] < 0 || pr[2] === F.org) ? 1 : 0;
    }
    var rowHas = new Uint8Array(nR), colHas = new Uint8Array(nP), rows = [];
    for (var r = 0; r < nR; r++) {
      if (F.org >= 0 && D.repos[r][1] !== F.org) continue;
      if (repoTest && !repoTest(lowerR[r])) continue;
      for (var i = RS[r] * STRIDE, end = RS[r + 1] * STRIDE; i < end; i += STRIDE) {
        var c = C[i] & PMASK;
        if (colMask[c] && (F.states >> (C[i] >>> 28)) & 1) { rowHas[r] = 1; colHas[c] = 1; }
      }
      if (!pruning || rowHas[r]) rows.push(r);
    }
    var cols = [];
    for (var q = 0; q < nP; q++) if (colMask[q] && (!pruning || colHas[q])) cols.push(q);
    visRows = sortBy(rows, F.rowSort, driftR, lowerR);
    visCols = sortBy(cols, F.colSort, driftP, lowerP);
    focusR = Math.min(focusR, Math.max(visRows.length - 1, 0));
    focusC = Math.min(focusC, Math.max(visCols.length - 1, 0));
    grid.setAttribute('aria-rowcount', String(visRows.length + 1));
    grid.setAttribute('aria-colcount', String(visCols.length + 1));
    status.textContent = 'Showing ' + visRows.length + ' of ' + nR + ' repositories × ' +
      visCols.length + ' of ' + nP + ' principals.';
    $('matrix-empty').hidden = visRows.length > 0 && visCols.length > 0;
    hideTip();
    render();
    window.oamlintTimings.filter = performance.now() - t0;
  }

  function sortBy(list, how, drift, names) {
    if (how === 'name-desc') return list.reverse();
    if (how === 'drift') {
      return list.sort(function (x, y) { return drift[y] - drift[x] || (names[x] < names[y] ? -1 : 1); });
    }
    return list; // the data comes sorted by name
  }

  function windowOf(scroll, size, step, count) {
    if (printing) return [0, count];
    var first = Math.max(0, Math.floor(scroll / step) - OVERSCAN);
    var last = Math.min(count, Math.ceil((scroll + size) / step) + OVERSCAN);
    return [first, last];
  }

  function render() {
    var hadFocus = grid.contains(document.activeElement);
    viewport.style.height = printing ? '' : Math.min(MAX_H, HEAD_H + visRows.length * ROW_H + 20) + 'px';
    var rw = windowOf(viewport.scrollTop, viewport.clientHeight - HEAD_H, ROW_H, visRows.length);
    var cw = windowOf(viewport.scrollLeft, viewport.clientWidth - ROWHEAD_W, COL_W, visCols.length);
    shown = { r0: rw[0], r1: rw[1], c0: cw[0], c1: cw[1] };
    var head = ['<tr aria-rowindex="1"><th class="corner" scope="col" aria-colindex="1">Repository \\ principal</th>',
      '<td class="gap" role="presentation"></td>'];
    for (var c = cw[0]; c < cw[1]; c++) {
      var pr = D.principals[visCols[c]];
      head.push('<th scope="col" class="ch' + (pr[3] ? '' : ' unknown') + '" aria-colindex="' + (c + 2) + '"' +
        ' title="' + esc(pr[0]) + (pr[3] ? '' : ' (not in Gogs)') + '"><span>' + (pr[3] ? '' : '? ') + esc(pr[0]) + '</span></th>');
    }
    head.push('<td class="gap" role="presentation"></td></tr>');
    var body = ['<tr class="spacer" role="presentation"><td></td></tr>'];
    for (var k = rw[0]; k < rw[1]; k++) body.push(rowHtml(k, cw[0], cw[1]));
    body.push('<tr class="spacer" role="presentation"><td></td></tr>');
    grid.tHead.innerHTML = head.join('');
    grid.tBodies[0].innerHTML = body.join('');
    grid.style.width = (ROWHEAD_W + visCols.length * COL_W) + 'px';
    var gaps = grid.querySelectorAll('td.gap');
    for (var g = 0; g < gaps.length; g += 2) {
      gaps[g].style.width = (cw[0] * COL_W) + 'px';
      gaps[g + 1].style.width = ((visCols.length - cw[1]) * COL_W) + 'px';
    }
    var spacers = grid.tBodies[0].querySelectorAll('tr.spacer td');
    spacers[0].colSpan = spacers[1].colSpan = cw[1] - cw[0] + 3;
    spacers[0].parentNode.style.height = (rw[0] * ROW_H) + 'px';
    spacers[1].parentNode.style.height = ((visRows.length - rw[1]) * ROW_H) + 'px';
    var target = cellAt(focusR, focusC) || grid.querySelector('td[role="gridcell"]');
    if (target) {
      target.tabIndex = 0;
      if (hadFocus) target.focus({ preventScroll: true });
    }
  }

  function rowHtml(k, c0, c1) {
    var r = visRows[k], repo = D.repos[r], first = RS[r] * STRIDE, end = RS[r + 1] * STRIDE;
    for (var i = first; i < end; i += STRIDE) pos[C[i] & PMASK] = i;
    var out = ['<tr aria-rowindex="' + (k + 2) + '"><th scope="row" aria-colindex="1" title="' + esc(repo[0]) + '">' + esc(repo[0]) +
      (repo[2] === 'missing' ? ' <em class="tag missing">not in Gogs</em>' : repo[2] === 'public' ? ' <em class="tag">public</em>' : '') +
      '</th><td class="gap" role="presentation"></td>'];
    for (var c = c0; c < c1; c++) {
      var p = visCols[c], at = pos[p];
      var attrs = ' role="gridcell" tabindex="-1" aria-colindex="' + (c + 2) + '" data-r="' + k + '" data-c="' + c + '"';
      if (at < 0 || !((F.states >> (C[at] >>> 28)) & 1)) {
        out.push('<td' + attrs + ' class="empty" aria-label="' + esc(repo[0] + ', ' + D.principals[p][0] + ': no access') + '"></td>');
        continue;
      }
      var code = C[at] >>> 22, d = code & 7, ac = (code >> 3) & 7, s = code >> 6;
      out.push('<td' + attrs + ' class="s-' + STATES[s][0] + '" aria-label="' + esc(label(r, p, d, ac, s)) + '">' +
        '<span class="g" aria-hidden="true">' + STATES[s][2] + '</span>' +
        '<span class="p" aria-hidden="true">' + SHORT[d] + '→' + SHORT[ac] + '</span></td>');
    }
    for (var j = first; j < end; j += STRIDE) pos[C[j] & PMASK] = -1;
    out.push('<td class="gap" role="presentation"></td></tr>');
    return out.join('');
  }

  function label(r, p, d, a, s) {
    return D.repos[r][0] + ', ' + D.principals[p][0] + ': declared ' + LEVELS[d] + ', actual ' + LEVELS[a] + ', ' +
      STATES[s][1];
  }

  function cellAt(k, c) {
    return grid.querySelector('td[data-r="' + k + '"][data-c="' + c + '"]');
  }

  function cellData(k, c) {
    var r = visRows[k], p = visCols[c];
    for (var i = RS[r] * STRIDE, end = RS[r + 1] * STRIDE; i < end; i += STRIDE) {
      if ((C[i] & PMASK) === p) {
        return { r: r, p: p, code: C[i] >>> 22, paths: D.lists[C[i + 1]], said: D.lists[C[i + 2]],
                 findings: D.lists[D.findings.cells[i / STRIDE] || 0] };
      }
    }
    return null;
  }

  function showTip(td) {
    var k = +td.dataset.r, c = +td.dataset.c, cell = cellData(k, c);
    var r = visRows[k], p = visCols[c];
    var html = '<p class="tip-where"><b>' + esc(D.repos[r][0]) + '</b> × <b>' + esc(D.principals[p][0]) + '</b></p>';
    if (!cell || !((F.states >> (cell.code >> 6)) & 1)) {
      html += '<p>No access declared or granted.</p>';
    } else {
      var d = cell.code & 7, a = (cell.code >> 3) & 7, s = cell.code >> 6;
      html += '<p class="tip-state s-' + STATES[s][0] + '"><span aria-hidden="true">' + STATES[s][2] + '</span> ' +
        esc(STATES[s][1]) + '</p><dl><dt>Declared</dt><dd>' + esc(LEVELS[d]) + list(cell.said, 'no current declaration') +
        '</dd><dt>Actual</dt><dd>' + esc(LEVELS[a]) + list(cell.paths, 'nothing in Gogs grants access') + '</dd>';
      if (cell.findings.length) {
        html += '<dt>Findings</dt><dd><ul>' + cell.findings.map(function (f) {
          var x = D.findings.all[f];
          return '<li>' + esc(x[0]) + ' (' + esc(x[1]) + ') at ' + esc(x[2]) + '</li>';
        }).join('') + '</ul><small>Enter: go to the finding</small></dd>';
      }
      html += '</dl>';
    }
    tip.innerHTML = html;
    tip.hidden = false;
    td.setAttribute('aria-describedby', 'tip');
    var box = td.getBoundingClientRect(), w = tip.offsetWidth, h = tip.offsetHeight;
    // beside the cell (right, else left), level with it as far as the window allows
    var left = box.right + 10 + w <= window.innerWidth - 8 ? box.right + 10 : box.left - w - 10;
    var top = Math.min(Math.max(8, box.top - 12), window.innerHeight - h - 8);
    tip.style.left = Math.max(8, left) + 'px';
    tip.style.top = Math.max(8, top) + 'px';
  }

  function list(indices, none) {
    if (!indices.length) return '<br><small>' + esc(none) + '</small>';
    return '<ul>' + indices.map(function (t) { return '<li>' + esc(D.texts[t]) + '</li>'; }).join('') + '</ul>';
  }

  function hideTip() { tip.hidden = true; }

  function moveTo(k, c) {
    k = Math.max(0, Math.min(visRows.length - 1, k));
    c = Math.max(0, Math.min(visCols.length - 1, c));
    if (k < 0 || c < 0) return;
    focusR = k; focusC = c;
    var top = k * ROW_H, bottom = top + ROW_H, room = viewport.clientHeight - HEAD_H;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (bottom > viewport.scrollTop + room) viewport.scrollTop = bottom - room;
    var left = c * COL_W, right = left + COL_W, roomX = viewport.clientWidth - ROWHEAD_W;
    if (left < viewport.scrollLeft) viewport.scrollLeft = left;
    else if (right > viewport.scrollLeft + roomX) viewport.scrollLeft = right - roomX;
    render();
    var td = cellAt(k, c);
    if (td) { td.focus({ preventScroll: true }); }
  }

  grid.addEventListener('keydown', function (e) {
    var td = e.target.closest('td[role="gridcell"]');
    if (!td) return;
    var k = +td.dataset.r, c = +td.dataset.c, page = Math.max(1, Math.floor((viewport.clientHeight - HEAD_H) / ROW_H) - 1);
    var moves = {
      ArrowUp: [k - 1, c], ArrowDown: [k + 1, c], ArrowLeft: [k, c - 1], ArrowRight: [k, c + 1],
      PageUp: [k - page, c], PageDown: [k + page, c],
      Home: e.ctrlKey ? [0, 0] : [k, 0], End: e.ctrlKey ? [visRows.length - 1, visCols.length - 1] : [k, visCols.length - 1]
    };
    if (moves[e.key]) {
      e.preventDefault();
      moveTo(moves[e.key][0], moves[e.key][1]);
    } else if (e.key === 'Escape') {
      hideTip();
    } else if (e.key === 'Enter') {
      var cell = cellData(k, c);
      var found = cell && cell.findings;
      if (found && found.length) {
        e.preventDefault();
        var target = $('f-' + found[0]);
        target.closest('details').open = true;
        target.focus();
      }
    }
  });
  grid.addEventListener('focusin', function (e) {
    var td = e.target.closest('td[role="gridcell"]');
    if (!td) return;
    focusR = +td.dataset.r; focusC = +td.dataset.c;
    grid.querySelectorAll('td[tabindex="0"]').forEach(function (x) { if (x !== td) x.tabIndex = -1; });
    td.tabIndex = 0;
    showTip(td);
  });
  grid.addEventListener('focusout', function (e) {
    if (!grid.contains(e.relatedTarget)) hideTip();
  });
  grid.addEventListener('mouseover', function (e) {
    var td = e.target.closest('td[role="gridcell"]');
    if (td) showTip(td);
  });
  grid.addEventListener('mouseleave', function () {
    var td = grid.contains(document.activeElement) && document.activeElement.closest('td[role="gridcell"]');
    if (td) showTip(td); else hideTip();
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hideTip(); });
  var pending = false;
  viewport.addEventListener('scroll', function () {
    hideTip();
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; render(); });
  });
  window.addEventListener('resize', render);

  // Controls
  function bind(id, event, apply) {
    $(id).addEventListener(event, function (e) { apply(e.target); applyFilters(); });
  }
  bind('f-org', 'change', function (el) { F.org = +el.value; });
  bind('f-repo', 'input', function (el) { F.repo = el.value; });
  bind('f-principal', 'input', function (el) { F.principal = el.value; });
  bind('f-row-sort', 'change', function (el) { F.rowSort = el.value; });
  bind('f-col-sort', 'change', function (el) { F.colSort = el.value; });
  document.querySelectorAll('#f-states input').forEach(function (box) {
    box.addEventListener('change', function () {
      var bit = 1 << +box.value;
      F.states = box.checked ? F.states | bit : F.states & ~bit;
      applyFilters();
    });
  });
  $('f-drift').addEventListener('click', function () { setStates(ALL & ~SAME); });
  $('f-reset').addEventListener('click', function () {
    F.org = -1; F.repo = ''; F.principal = ''; F.rowSort = 'name'; F.colSort = 'name';
    $('f-org').value = '-1'; $('f-repo').value = ''; $('f-principal').value = '';
    $('f-row-sort').value = 'name'; $('f-col-sort').value = 'name';
    setStates(ALL);
  });
  function setStates(mask) {
    F.states = mask;
    document.querySelectorAll('#f-states input').forEach(function (box) { box.checked = !!((mask >> +box.value) & 1); });
    applyFilters();
  }

  // Print: the whole (filtered) matrix when it fits on paper, and the list of differences.
  var PRINT_LIMIT = 60000;
  window.addEventListener('beforeprint', function () {
    printing = visRows.length * visCols.length <= PRINT_LIMIT;
    $('print-too-big').hidden = printing;
    viewport.classList.toggle('printing', printing);
    render();
    document.querySelectorAll('details.rule').forEach(function (x) { x.dataset.wasOpen = x.open ? '1' : ''; x.open = true; });
  });
  window.addEventListener('afterprint', function () {
    printing = false;
    viewport.classList.remove('printing');
    render();
    document.querySelectorAll('details.rule').forEach(function (x) { x.open = !!x.dataset.wasOpen; });
  });

  window.oamlintTimings = { filter: 0, started: started, parse: parsed };
  window.oamlintFilter = function (changes) { // for tests and benchmarks: set filters as the controls do
    Object.keys(changes).forEach(function (key) { F[key] = changes[key]; });
    applyFilters();
    return { rows: visRows.length, cols: visCols.length, cells: grid.querySelectorAll('td[role="gridcell"]').length };
  };
  var t0 = performance.now();
  applyFilters();
  window.oamlintTimings.firstRender = performance.now() - t0;
  window.oamlintTimings.ready = performance.now(); // since navigation started: parse, data, first render
  document.body.classList.add('ready');
}());
