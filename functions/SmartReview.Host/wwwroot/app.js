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

// Final decision: the fine's input takes the range its basis allows for the loss (the amount decided, or the
// proposed one), and only that basis' range stays listed. The review flow checks the range again.
(() => {
  const box = document.getElementById('sanctions');
  const basis = document.getElementById('penalty-basis');
  const fine = document.getElementById('penalty-amount');
  if (!box || !basis || !fine) return;
  const amount = document.getElementById('amount-input');
  const fen = x => (Math.round(x * 100) / 100).toFixed(2);
  function update() {
    const option = basis.selectedOptions[0];
    const loss = parseFloat(amount && amount.value ? amount.value : box.dataset.loss) || 0;
    document.querySelectorAll('#penalty-ranges li').forEach(li => { li.hidden = option.value !== '' && li.dataset.basis !== option.value; });
    if (option.value === '') { fine.removeAttribute('min'); fine.removeAttribute('max'); return; }
    const min = parseFloat(option.dataset.min), max = parseFloat(option.dataset.max);
    const fixed = option.dataset.scale === 'Fixed';
    fine.min = fen(fixed ? min : Math.ceil(loss * min * 100) / 100);
    fine.max = fen(fixed ? max : Math.floor(loss * max * 100) / 100);
  }
  basis.addEventListener('change', update);
  if (amount) amount.addEventListener('input', update);
  update();
})();
