(function () {
  var s = null;
  try {
    s = localStorage.getItem('gepnet:theme');
  } catch {
    /* storage blocked: follow the system */
  }
  document.documentElement.dataset.theme =
    s === 'dark' || s === 'light' ? s : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
})();
