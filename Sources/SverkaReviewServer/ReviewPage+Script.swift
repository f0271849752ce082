extension ReviewPage {
    /// The page's script (`/app.js`): vanilla JavaScript, no library. Every text from the project is
    /// set with `textContent` (never `innerHTML`), so a unit holding markup shows as text. Only the
    /// rows on screen are in the document (virtual scrolling: heights estimated, then measured), so
    /// a book of 10k+ beads scrolls as fast as a letter.
    package static let script = #"""
    'use strict';
    (() => {
      const token = new URLSearchParams(location.search).get('token') || '';
      const $ = (id) => document.getElementById(id);
      const rows = $('rows'), layer = $('layer'), spacer = $('spacer');
      const OVERSCAN = 600;

      let state = null;           // the project's ReviewState
      let index = 0;              // the selected bead's position
      let chosen = {};            // the selected unit on each side of the selected bead: {source: u, target: u}
      let indexById = new Map();
      let heightById = new Map(); // measured row heights, kept across actions for beads that stay
      let heights = [], offsets = new Float64Array(1);
      let matches = [], matchAt = -1;
      let busy = false;
      let mapLines = new Map();

      // ---------- the API ----------
      async function api(method, path, body) {
        const init = { method, headers: { 'X-Sverka-Token': token } };
        if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
        const response = await fetch(path, init);
        const text = await response.text();
        let data = null;
        try { data = JSON.parse(text); } catch (_) { data = { error: text || String(response.status) }; }
        if (!response.ok) { const e = new Error(data && data.error ? data.error : 'HTTP ' + response.status); e.status = response.status; throw e; }
        return data;
      }

      function status(message, isError) {
        const s = $('status');
        s.textContent = message;
        s.classList.toggle('error', !!isError);
      }

      async function load() {
        try { setState(await api('GET', '/api/state')); status('Loaded version ' + state.version); }
        catch (e) { status(e.message, true); }
      }

      // Applies one action (the ReviewAction JSON) on the version shown; a stale version reloads.
      async function act(action, after) {
        if (!state || busy) return;
        busy = true;
        const keep = state.beads[index] ? state.beads[index].id : null;
        try {
          const next = await api('POST', '/api/actions', Object.assign({}, action, { expectedVersion: state.version }));
          const previousIndex = index;
          setState(next, keep, previousIndex, after);
          status(describe(action) + ' · version ' + state.version);
        } catch (e) {
          status(e.message, true);
          if (e.status === 409) await load();
        } finally { busy = false; document.body.dataset.version = state ? state.version : ''; }
      }

      function describe(action) {
        switch (action.action) {
          case 'merge': return 'Merged with the ' + action.direction + ' bead';
          case 'moveUnit': return 'Moved the ' + action.edge + ' ' + action.side + ' unit';
          case 'split': return 'Split the bead';
          case 'moveBoundary': return 'Moved the ' + action.side + ' boundary';
          case 'confirm': return 'Confirmed';
          case 'unconfirm': return 'Unconfirmed';
          case 'edit': return 'Edited a unit';
          case 'dismiss': return 'Dismissed a divergence';
          case 'restore': return 'Restored a divergence';
          case 'undo': return 'Undone';
          case 'redo': return 'Redone';
          case 'realign': return 'Re-aligned';
          case 'level': return 'Showing ' + action.level + 's';
          default: return action.action;
        }
      }

      // ---------- state ----------
      function setState(next, keepId, previousIndex, after) {
        const levelChanged = !state || state.level !== next.level;
        state = next;
        indexById = new Map(state.beads.map((b, i) => [b.id, i]));
        if (levelChanged) heightById = new Map();
        if (keepId !== undefined && keepId !== null && indexById.has(keepId) && after === undefined) index = indexById.get(keepId);
        else if (after !== undefined) index = after(previousIndex);
        else if (previousIndex !== undefined) index = previousIndex;
        index = Math.max(0, Math.min(index, state.beads.length - 1));
        if (!state.beads[index] || state.beads[index].id !== keepId) chosen = {};
        document.body.dataset.version = state.version;
        document.body.dataset.level = state.level;
        document.body.dataset.beads = state.beads.length;
        const base = (path) => path.split('/').pop();
        $('files').textContent = base(state.sourceName) + ' (' + state.sourceLanguage + ') → ' + base(state.targetName) + ' (' + state.targetLanguage + ')';
        $('files').title = state.sourceName + ' → ' + state.targetName;
        $('source-heading').textContent = 'Original · ' + state.sourceLanguage;
        $('target-heading').textContent = 'Translation · ' + state.targetLanguage;
        $('source-heading').lang = state.sourceLanguage;
        $('target-heading').lang = state.targetLanguage;
        const level = $('level');
        level.replaceChildren(...state.levels.map((l) => { const o = document.createElement('option'); o.value = l; o.textContent = l; return o; }));
        level.value = state.level;
        $('undo').disabled = !state.canUndo;
        $('redo').disabled = !state.canRedo;
        estimateHeights();
        layout();
        findMatches(false);
        renderDivergences();
        refreshMap();
        scrollToIndex(index, levelChanged ? 'top' : 'keep');
        renderRows();
        updateSelectionLabel();
      }

      function unitText(side, u) {
        const units = side === 'source' ? state.sourceUnits : state.targetUnits;
        return units[u] ? units[u].text : '';
      }

      function beadText(bead, side) { return bead[side].map((u) => unitText(side, u)).join('\n'); }

      // ---------- virtual rows ----------
      function estimateHeights() {
        const width = Math.max(200, (rows.clientWidth || 900) - 130) / 2;
        const perLine = Math.max(16, width / 7.6);
        heights = state.beads.map((b) => {
          const known = heightById.get(b.id);
          if (known !== undefined) return known;
          let lines = 1;
          for (const side of ['source', 'target']) {
            let n = 0;
            for (const u of b[side]) n += Math.max(1, Math.ceil(unitText(side, u).length / perLine));
            lines = Math.max(lines, n);
          }
          return 14 + lines * 20 + (b.divergences.length ? 18 : 0);
        });
      }

      function layout() {
        const n = heights.length;
        offsets = new Float64Array(n + 1);
        for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + heights[i];
        spacer.style.height = offsets[n] + 'px';
      }

      function firstAt(y) { // the first row whose bottom is below y
        let lo = 0, hi = heights.length;
        while (lo < hi) { const mid = (lo + hi) >> 1; if (offsets[mid + 1] <= y) lo = mid + 1; else hi = mid; }
        return lo;
      }

      let pending = false;
      function scheduleRender() {
        if (pending) return;
        pending = true;
        requestAnimationFrame(() => { pending = false; renderRows(); });
      }

      // The rows drawn, by bead position; kept while neither the state nor the search changes, so
      // scrolling only adds the rows coming into view and drops those leaving it.
      let drawn = new Map();
      let drawnStamp = null;
      let searchStamp = 0;

      function renderRows() {
        if (!state) return;
        const stamp = state.version + '/' + state.level + '/' + searchStamp;
        if (stamp !== drawnStamp) { drawn = new Map(); layer.replaceChildren(); drawnStamp = stamp; }
        const top = rows.scrollTop, bottom = top + rows.clientHeight;
        const first = firstAt(Math.max(0, top - OVERSCAN));
        const keep = new Map();
        for (let i = first; i < state.beads.length && offsets[i] < bottom + OVERSCAN; i++) {
          let row = drawn.get(i);
          if (!row) { row = rowElement(i); layer.append(row); }
          row.style.top = offsets[i] + 'px';
          keep.set(i, row);
        }
        for (const [i, row] of drawn) if (!keep.has(i)) row.remove();
        drawn = keep;
        refreshSelection();
        let changed = false, shift = 0;
        for (const [i, row] of drawn) {
          const h = row.offsetHeight;
          if (Math.abs(h - heights[i]) > 0.5) {
            if (offsets[i] + heights[i] <= top) shift += h - heights[i];
            heights[i] = h; changed = true;
          }
          heightById.set(state.beads[i].id, h);
        }
        if (changed) {
          layout();
          for (const [i, row] of drawn) row.style.top = offsets[i] + 'px';
          if (shift) rows.scrollTop = top + shift;
        }
      }

      function span(cls, text) { const s = document.createElement('span'); s.className = cls; s.textContent = text; return s; }

      function rowElement(i) {
        const b = state.beads[i];
        const row = document.createElement('div');
        const cls = ['row'];
        if (i === index) cls.push('selected');
        if (b.confirmed) cls.push('confirmed');
        if (b.kind === 'furniture') cls.push('furniture');
        if (b.kind === 'alignment' && b.target.length === 0) cls.push('untranslated');
        if (b.kind === 'alignment' && b.source.length === 0) cls.push('added');
        if (b.divergences.length) cls.push('diverges');
        if (matches.length && matchSet.has(i)) cls.push('match');
        row.className = cls.join(' ');
        row.dataset.index = i;
        row.dataset.bead = b.id;
        row.id = 'bead-' + b.id;

        const meta = document.createElement('div');
        meta.className = 'meta';
        meta.append(span('number', String(i + 1)), span('type', b.type));
        if (b.confidence === null || b.confidence === undefined) meta.append(document.createElement('br'), span('confidence', 'by hand'));
        else meta.append(document.createElement('br'), span('confidence' + (b.confidence < 0.5 ? ' low' : ''), b.confidence.toFixed(2)));
        if (b.confirmed) meta.append(' ', span('tick', '✓ confirmed'));
        if (b.divergences.length) {
          const box = document.createElement('div');
          for (const d of b.divergences) {
            const chip = span('chip sev-' + d.severity, d.kind);
            chip.title = d.message;
            box.append(chip);
          }
          meta.append(box);
        }
        row.append(meta);

        for (const side of ['source', 'target']) {
          const cell = document.createElement('div');
          cell.className = side;
          cell.lang = side === 'source' ? state.sourceLanguage : state.targetLanguage;
          if (b[side].length === 0) cell.append(span('none', b.kind === 'furniture' ? '' : 'no counterpart'));
          const units = side === 'source' ? state.sourceUnits : state.targetUnits;
          for (const u of b[side]) {
            const unit = units[u];
            const box = document.createElement('div');
            box.className = 'unit' + (unit && unit.original !== null && unit.original !== undefined ? ' edited' : '')
              + (i === index && chosen[side] === u ? ' chosen' : '');
            box.dataset.side = side;
            box.dataset.unit = u;
            box.append(span('text', unit ? unit.text : ''));
            if (unit && unit.original !== null && unit.original !== undefined) {
              const original = span('original', unit.original);
              original.title = 'original text';
              box.append(original);
            }
            cell.append(box);
          }
          row.append(cell);
        }
        return row;
      }

      function scrollToIndex(i, how) {
        if (!state || !state.beads.length) return;
        const top = offsets[i], bottom = offsets[i + 1], view = rows.clientHeight;
        if (how === 'top') rows.scrollTop = Math.max(0, top - 8);
        else if (how === 'center') rows.scrollTop = Math.max(0, top - view / 3);
        else if (top < rows.scrollTop || bottom > rows.scrollTop + view) rows.scrollTop = Math.max(0, top - view / 3);
      }

      function select(i, how) {
        if (!state || !state.beads.length) return;
        const next = Math.max(0, Math.min(i, state.beads.length - 1));
        if (next !== index) chosen = {};
        index = next;
        scrollToIndex(index, how || 'keep');
        renderRows();
        markMap();
        updateSelectionLabel();
      }

      function updateSelectionLabel() {
        const b = state && state.beads[index];
        $('selected-label').textContent = b ? 'Bead ' + (index + 1) + ' of ' + state.beads.length + ' (' + b.type + ')' : 'No bead';
      }

      rows.addEventListener('scroll', scheduleRender);
      window.addEventListener('resize', () => { if (state) { heightById = new Map(); drawnStamp = null; estimateHeights(); layout(); renderRows(); } });
      layer.addEventListener('click', (event) => {
        const row = event.target.closest('.row');
        if (!row) return;
        const i = +row.dataset.index;
        const unit = event.target.closest('.unit');
        if (i !== index) chosen = {};
        index = i;
        if (unit) chosen[unit.dataset.side] = +unit.dataset.unit;
        refreshSelection(); markMap(); updateSelectionLabel();
        rows.focus({ preventScroll: true });
      });

      // Marks the selected bead and units on the rows drawn, without drawing them again (a double
      // click must land on the element its first click hit).
      function refreshSelection() {
        for (const [i, row] of drawn) {
          row.classList.toggle('selected', i === index);
          for (const u of row.querySelectorAll('.unit')) u.classList.toggle('chosen', i === index && chosen[u.dataset.side] === +u.dataset.unit);
        }
      }
      layer.addEventListener('dblclick', (event) => {
        const unit = event.target.closest('.unit');
        if (unit) openEdit(unit.dataset.side, +unit.dataset.unit);
      });

      // ---------- the map ----------
      async function refreshMap() {
        try {
          const response = await fetch('/api/map.svg', { headers: { 'X-Sverka-Token': token } });
          if (!response.ok) return;
          const doc = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
          const svg = doc.documentElement;
          if (!svg || svg.nodeName !== 'svg') return;
          const node = document.importNode(svg, true);
          node.removeAttribute('width'); node.removeAttribute('height');
          $('map').replaceChildren(node);
          mapLines = new Map();
          for (const line of node.querySelectorAll('line.bead')) mapLines.set(line.dataset.bead, line);
          markMap();
        } catch (_) { /* the map is a convenience: the editor works without it */ }
      }

      let marked = null;
      function markMap() {
        if (marked) marked.classList.remove('current');
        const b = state && state.beads[index];
        marked = b ? mapLines.get(String(b.id)) || null : null;
        if (marked) marked.classList.add('current');
      }

      $('map').addEventListener('click', (event) => {
        const svg = $('map').querySelector('svg');
        if (!svg || !state) return;
        let hit = event.target.closest('[data-bead]');
        if (!hit) { // the nearest bead along the original's axis
          const point = svg.createSVGPoint();
          point.x = event.clientX; point.y = event.clientY;
          const p = point.matrixTransform(svg.getScreenCTM().inverse());
          let best = Infinity;
          for (const line of mapLines.values()) {
            const x1 = +line.getAttribute('x1'), x2 = +line.getAttribute('x2'), y1 = +line.getAttribute('y1'), y2 = +line.getAttribute('y2');
            const d = Math.hypot(p.x - (x1 + x2) / 2, p.y - (y1 + y2) / 2);
            if (d < best) { best = d; hit = line; }
          }
        }
        if (hit && indexById.has(+hit.dataset.bead)) select(indexById.get(+hit.dataset.bead), 'center');
      });

      // ---------- divergences ----------
      function renderDivergences() {
        const list = $('divergences');
        const items = [];
        let count = 0;
        state.beads.forEach((b, i) => {
          for (const d of b.divergences) {
            count++;
            const li = document.createElement('li');
            li.dataset.index = i;
            li.dataset.divergence = d.id;
            li.append(span('bead', 'bead ' + (i + 1) + ' '), span('chip sev-' + d.severity, d.kind), ' ', span('message', d.message));
            const dismiss = document.createElement('button');
            dismiss.textContent = 'dismiss';
            dismiss.dataset.dismiss = d.id;
            li.append(dismiss);
            items.push(li);
          }
        });
        for (const x of state.dismissed) {
          const li = document.createElement('li');
          li.className = 'dismissed';
          const i = indexById.get(x.divergence.bead);
          if (i !== undefined) li.dataset.index = i;
          li.append(span('chip sev-' + x.divergence.severity, x.divergence.kind), ' ', span('message', x.divergence.message),
                    span('note', 'dismissed: ' + x.note));
          const restore = document.createElement('button');
          restore.textContent = 'restore';
          restore.dataset.restore = x.id;
          li.append(restore);
          items.push(li);
        }
        list.replaceChildren(...items);
        $('divergence-count').textContent = String(count) + (state.dismissed.length ? ' (+' + state.dismissed.length + ' dismissed)' : '');
      }

      $('divergences').addEventListener('click', (event) => {
        const dismiss = event.target.closest('[data-dismiss]');
        const restore = event.target.closest('[data-restore]');
        const li = event.target.closest('li');
        if (li && li.dataset.index !== undefined) select(+li.dataset.index, 'center');
        if (dismiss) openDismiss(dismiss.dataset.dismiss);
        else if (restore) act({ action: 'restore', divergence: restore.dataset.restore });
      });

      // ---------- search ----------
      let matchSet = new Set();
      function findMatches(jump) {
        const query = $('search').value.trim().toLocaleLowerCase();
        matches = [];
        if (query && state) {
          state.beads.forEach((b, i) => {
            if (beadText(b, 'source').toLocaleLowerCase().includes(query) || beadText(b, 'target').toLocaleLowerCase().includes(query)) matches.push(i);
          });
        }
        matchSet = new Set(matches);
        searchStamp++;
        $('search-count').textContent = query ? matches.length + ' found' : '';
        if (jump && matches.length) nextMatch(1, true);
      }

      function nextMatch(step, fromSelection) {
        if (!matches.length) return;
        let k;
        if (fromSelection) { k = matches.findIndex((m) => m >= index); if (k < 0) k = 0; }
        else { k = matches.findIndex((m) => (step > 0 ? m > index : m >= index)); k = step > 0 ? (k < 0 ? 0 : k) : (k <= 0 ? matches.length - 1 : k - 1); }
        matchAt = k;
        $('search-count').textContent = (k + 1) + ' of ' + matches.length;
        select(matches[k], 'center');
      }

      let searchTimer = null;
      $('search').addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(() => { findMatches(true); renderRows(); }, 150); });
      $('search').addEventListener('keydown', (event) => {
        if (event.key === 'Enter') { event.preventDefault(); findMatches(false); nextMatch(event.shiftKey ? -1 : 1); renderRows(); }
        if (event.key === 'Escape') { $('search').blur(); rows.focus(); }
      });

      // ---------- actions on the selected bead ----------
      function bead() { return state && state.beads[index]; }

      function splitAction() {
        const b = bead();
        if (!b) return null;
        const at = (side, other) => {
          if (chosen[side] !== undefined && b[side].includes(chosen[side])) return chosen[side];
          return undefined;
        };
        let s = at('source'), t = at('target');
        const end = (side) => (b[side].length ? b[side][b[side].length - 1] + 1 : 0);
        const proportional = (from, to, u) => { // the unit of side `to` at the same share of the bead as unit u of side `from`
          const k = b[from].indexOf(u), share = k / b[from].length;
          const j = Math.round(share * b[to].length);
          return j < b[to].length ? b[to][j] : end(to);
        };
        if (s === undefined && t === undefined) {
          if (b.source.length > 1) s = b.source[Math.ceil(b.source.length / 2)];
          else if (b.target.length > 1) t = b.target[Math.ceil(b.target.length / 2)];
          else return null;
        }
        if (s === undefined) s = proportional('target', 'source', t);
        if (t === undefined) t = proportional('source', 'target', s);
        return { action: 'split', bead: b.id, source: s, target: t };
      }

      function run(name) {
        const b = bead();
        if (!b && !['undo', 'redo', 'realign', 'export', 'level'].includes(name)) return;
        switch (name) {
          case 'merge-next': return act({ action: 'merge', bead: b.id, direction: 'next' });
          case 'merge-previous': return act({ action: 'merge', bead: b.id, direction: 'previous' }, (i) => i - 1);
          case 'split': {
            const a = splitAction();
            if (!a) { status('Select a unit to split before (the bead has one unit per side)', true); return; }
            return act(a, (i) => i);
          }
          case 'first-source': return act({ action: 'moveUnit', bead: b.id, side: 'source', edge: 'first' });
          case 'last-source': return act({ action: 'moveUnit', bead: b.id, side: 'source', edge: 'last' });
          case 'first-target': return act({ action: 'moveUnit', bead: b.id, side: 'target', edge: 'first' });
          case 'last-target': return act({ action: 'moveUnit', bead: b.id, side: 'target', edge: 'last' });
          case 'boundary-source-minus': return act({ action: 'moveBoundary', bead: b.id, side: 'source', by: -1 });
          case 'boundary-source-plus': return act({ action: 'moveBoundary', bead: b.id, side: 'source', by: 1 });
          case 'boundary-target-minus': return act({ action: 'moveBoundary', bead: b.id, side: 'target', by: -1 });
          case 'boundary-target-plus': return act({ action: 'moveBoundary', bead: b.id, side: 'target', by: 1 });
          case 'confirm': return act({ action: b.confirmed ? 'unconfirm' : 'confirm', bead: b.id });
          case 'edit': {
            const side = chosen.source !== undefined ? 'source' : chosen.target !== undefined ? 'target' : (b.source.length ? 'source' : 'target');
            const u = chosen[side] !== undefined ? chosen[side] : b[side][0];
            if (u === undefined) return;
            return openEdit(side, u);
          }
          case 'dismiss': {
            if (!b.divergences.length) { status('This bead has no divergence to dismiss', true); return; }
            return openDismiss(b.divergences[0].id);
          }
          case 'undo': return act({ action: 'undo' });
          case 'redo': return act({ action: 'redo' });
          case 'realign': status('Re-aligning…'); return act({ action: 'realign' });
          case 'level': {
            const other = state.levels.find((l) => l !== state.level);
            if (other) return act({ action: 'level', level: other }, () => 0);
            return;
          }
          case 'export': return exportFile();
        }
      }

      function exportFile() {
        const format = $('export-format').value;
        const a = document.createElement('a');
        a.href = '/api/export?format=' + encodeURIComponent(format) + '&token=' + encodeURIComponent(token);
        a.download = '';
        document.body.append(a);
        a.click();
        a.remove();
        status('Exported ' + format.toUpperCase());
      }

      for (const button of document.querySelectorAll('[data-act]')) button.addEventListener('click', () => run(button.dataset.act));
      $('undo').addEventListener('click', () => run('undo'));
      $('redo').addEventListener('click', () => run('redo'));
      $('realign').addEventListener('click', () => run('realign'));
      $('export').addEventListener('click', () => run('export'));
      $('level').addEventListener('change', () => { if (state && $('level').value !== state.level) act({ action: 'level', level: $('level').value }, () => 0); });

      // ---------- dialogs ----------
      let editing = null;
      function openEdit(side, u) {
        const units = side === 'source' ? state.sourceUnits : state.targetUnits;
        const unit = units[u];
        if (!unit) return;
        editing = { side, unit: u };
        $('edit-where').textContent = (side === 'source' ? 'Original' : 'Translation') + ', ' + state.level + ' ' + (u + 1) + ', line ' + unit.line;
        $('edit-text').value = unit.text;
        $('edit-original').textContent = unit.original !== null && unit.original !== undefined ? unit.original : unit.text;
        $('edit-dialog').showModal();
        $('edit-text').focus();
      }
      function saveEdit() {
        if (!editing) return;
        const text = $('edit-text').value;
        const e = editing;
        editing = null;
        $('edit-dialog').close();
        act({ action: 'edit', side: e.side, unit: e.unit, text });
      }
      $('edit-save').addEventListener('click', saveEdit);
      $('edit-cancel').addEventListener('click', () => { editing = null; $('edit-dialog').close(); });
      $('edit-text').addEventListener('keydown', (event) => { if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); saveEdit(); } });

      let dismissing = null;
      function openDismiss(id) {
        const d = state.beads.flatMap((b) => b.divergences).find((x) => x.id === id);
        if (!d) return;
        dismissing = id;
        $('dismiss-what').textContent = d.kind + ': ' + d.message;
        $('dismiss-note').value = '';
        $('dismiss-dialog').showModal();
        $('dismiss-note').focus();
      }
      function saveDismiss() {
        if (!dismissing) return;
        const id = dismissing;
        dismissing = null;
        $('dismiss-dialog').close();
        act({ action: 'dismiss', divergence: id, note: $('dismiss-note').value });
      }
      $('dismiss-save').addEventListener('click', saveDismiss);
      $('dismiss-cancel').addEventListener('click', () => { dismissing = null; $('dismiss-dialog').close(); });
      $('dismiss-note').addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); saveDismiss(); } });
      $('help-button').addEventListener('click', () => $('help').showModal());
      $('help-close').addEventListener('click', () => $('help').close());

      // ---------- keyboard ----------
      document.addEventListener('keydown', (event) => {
        if (document.querySelector('dialog[open]')) return;
        const target = event.target;
        if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
        if (target && target.tagName === 'BUTTON' && (event.key === 'Enter' || event.key === ' ')) return;
        const ctrl = event.ctrlKey || event.metaKey;
        if (ctrl && (event.key === 'z' || event.key === 'Z')) { event.preventDefault(); run(event.shiftKey ? 'redo' : 'undo'); return; }
        if (ctrl && (event.key === 'y' || event.key === 'Y')) { event.preventDefault(); run('redo'); return; }
        if (ctrl || event.altKey) return;
        const keys = {
          ArrowDown: () => select(index + 1), j: () => select(index + 1),
          ArrowUp: () => select(index - 1), k: () => select(index - 1),
          PageDown: () => select(firstAt(offsets[index] + rows.clientHeight)), PageUp: () => select(firstAt(Math.max(0, offsets[index] - rows.clientHeight))),
          g: () => select(0, 'top'), Home: () => select(0, 'top'), G: () => select(state.beads.length - 1), End: () => select(state.beads.length - 1),
          m: () => run('merge-next'), M: () => run('merge-previous'), s: () => run('split'),
          '[': () => run('first-source'), ']': () => run('last-source'), '{': () => run('first-target'), '}': () => run('last-target'),
          ',': () => run('boundary-source-minus'), '.': () => run('boundary-source-plus'),
          '<': () => run('boundary-target-minus'), '>': () => run('boundary-target-plus'),
          c: () => run('confirm'), e: () => run('edit'), Enter: () => run('edit'), d: () => run('dismiss'),
          z: () => run('undo'), y: () => run('redo'), r: () => run('realign'), l: () => run('level'), x: () => run('export'),
          '/': () => $('search').focus(), n: () => nextMatch(1), N: () => nextMatch(-1), '?': () => $('help').showModal(),
        };
        const f = keys[event.key];
        if (f) { event.preventDefault(); f(); }
      });

      load();
    })();

    """#
}
