(function () {
  var stored = null;
  try {
    stored = localStorage.getItem('gepnet:theme');
  } catch {
    /* storage blocked: follow the system */
  }
  var system = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = stored === 'dark' || stored === 'light' ? stored : system;
})();
