// The batch page: uploads a file to POST /api/batches with a progress bar, then polls GET /api/batches every two
// seconds and redraws the table, so a batch's chunks can be watched being scored. A batch's rejected count opens its
// rejects below the table (GET /api/batches/{id}/rejects, page by page), with a link to download them all.
(() => {
  const table = document.getElementById('batches');
  const text = name => table.dataset['text' + name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())] || name;
  const china = iso => new Date(new Date(iso).getTime() + 8 * 3600e3).toISOString().slice(0, 16).replace('T', ' ');
  const money = n => '¥' + Number(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const count = n => Number(n).toLocaleString('en-US');

  function cell(row, value, cls) {
    const td = row.insertCell();
    td.textContent = value;
    if (cls) td.className = cls;
    return td;
  }

  async function refresh() {
    const response = await fetch('/api/batches', { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const body = table.tBodies[0];
    body.replaceChildren();
    for (const b of await response.json()) {
      const row = body.insertRow();
      row.dataset.batch = b.batchId;
      row.dataset.status = b.status;
      cell(row, b.batchId + ' · ' + b.source.replace(/^[0-9a-f]{32}-/, ''));
      cell(row, china(b.receivedUtc));
      cell(row, text(b.status) + (b.error ? ': ' + b.error : ''));
      const bar = document.createElement('progress');
      bar.max = b.chunkCount || 1;
      bar.value = b.chunksDone;
      const progress = cell(row, '');
      progress.append(bar, ` ${b.chunksDone}/${b.chunkCount}`);
      cell(row, count(b.totals.accepted), 'num');
      const rejected = cell(row, b.totals.rejected > 0 ? '' : count(b.totals.rejected), 'num');
      if (b.totals.rejected > 0) {
        const link = document.createElement('a');
        link.href = '#rejects';
        link.textContent = count(b.totals.rejected);
        link.addEventListener('click', () => showRejects(b.batchId, null));
        rejected.append(link);
      }
      cell(row, count(b.totals.flags), 'num');
      cell(row, money(b.totals.amountAtStake), 'num');
    }
  }

  const rejects = document.getElementById('rejects');
  const more = document.getElementById('rejects-more');

  async function showRejects(id, page) {
    const path = '/api/batches/' + encodeURIComponent(id);
    const response = await fetch(path + '/rejects' + (page ? '?page=' + encodeURIComponent(page) : ''), { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const { items, next } = await response.json();
    const body = rejects.querySelector('tbody');
    if (!page) body.replaceChildren();
    for (const r of items) {
      const row = body.insertRow();
      cell(row, count(r.lineNumber), 'num');
      cell(row, r.settlementId || '');
      cell(row, r.field);
      cell(row, r.reason);
      cell(row, r.record + (r.recordCut ? '…' : '')).className = 'record';
    }

    document.getElementById('rejects-batch').textContent = id;
    document.getElementById('rejects-download').href = path + '/rejects.jsonl';
    more.hidden = !next;
    more.onclick = () => showRejects(id, next);
    rejects.hidden = false;
  }

  document.getElementById('upload').addEventListener('submit', event => {
    event.preventDefault();
    const file = document.getElementById('batch-file').files[0];
    if (!file) return;
    const bar = document.getElementById('upload-progress');
    const state = document.getElementById('upload-state');
    const form = new FormData();
    form.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/batches');
    bar.hidden = false;
    request.upload.onprogress = e => { if (e.lengthComputable) bar.value = 100 * e.loaded / e.total; };
    request.onload = () => {
      const ok = request.status === 202 || request.status === 200; // 200: the file is a batch already
      let answer = {};
      try { answer = JSON.parse(request.responseText); } catch { /* not JSON */ }
      state.textContent = request.status === 200 ? text('uploaded') + ' ' + text('already-uploaded') + ' ' + answer.batchId
        : ok ? text('uploaded') + ' ' + text('splitting')
        : text('upload-failed') + ' ' + request.status + (answer.detail ? ': ' + answer.detail : '');
      state.dataset.done = ok ? 'ok' : 'error';
      refresh();
    };
    request.onerror = () => { state.textContent = text('upload-failed'); state.dataset.done = 'error'; };
    request.send(form);
  });

  refresh();
  setInterval(refresh, 2000);
})();
