// The theme's dark-mode switch: data-theme on <html>, remembered across pages.
(() => {
  const root = document.documentElement;
  const saved = localStorage.getItem('theme');
  if (saved) root.dataset.theme = saved;
  document.addEventListener('click', (e) => {
    if (!e.target.closest('.theme-toggle')) return;
    root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    localStorage.setItem('theme', root.dataset.theme);
  });
})();
