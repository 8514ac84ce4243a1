// Keyboard work for lists and cases: j / k (or ↓ / ↑) move through a list, Enter opens the case;
// on a case, r goes to the reason and Ctrl+Enter presses the form's first decision button.
(() => {
  const typing = e => ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName);
  const rows = () => [...document.querySelectorAll('table[data-keys="queue"] tbody tr')];
  let at = -1;

  function select(i) {
    const all = rows();
    if (all.length === 0) return;
    at = Math.max(0, Math.min(all.length - 1, i));
    all.forEach((r, n) => r.classList.toggle('selected', n === at));
    all[at].scrollIntoView({ block: 'nearest' });
  }

  document.addEventListener('keydown', e => {
    if (e.ctrlKey && e.key === 'Enter') {
      const first = document.querySelector('#decision button[type="submit"]');
      if (first) { e.preventDefault(); first.click(); }
      return;
    }
    if (typing(e) || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); select(at + 1); }
    else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); select(at - 1); }
    else if (e.key === 'Enter' && at >= 0) { window.location.href = rows()[at].dataset.href; }
    else if (e.key === 'r') { const reason = document.getElementById('reason'); if (reason) { e.preventDefault(); reason.focus(); } }
  });

  const all = document.getElementById('select-all');
  if (all) all.addEventListener('change', () => document.querySelectorAll('input.pick').forEach(box => { box.checked = all.checked; }));

  // The bulk form says how many cases are selected, as they are ticked.
  const count = document.getElementById('bulk-count');
  if (count) {
    const show = () => { count.textContent = count.dataset.template.replace('{n}', document.querySelectorAll('input.pick:checked').length); };
    document.addEventListener('change', e => { if (e.target.matches('input.pick, #select-all')) show(); });
    show();
  }

  document.addEventListener('click', e => {
    const row = e.target.closest('table[data-keys="queue"] tbody tr');
    if (row && !e.target.closest('a, input, button, label, td:first-child:has(input)')) window.location.href = row.dataset.href;
  });
})();
