(function () {
  var d = document;
  var l = d.currentScript.dataset.modules.split(' ');
  var n = l.length;
  var g;
  function s() {
    if (g) return;
    g = 1;
    l.forEach(function (f) {
      var e = d.createElement('script');
      e.type = 'module';
      e.src = '/_astro/' + f;
      e.onload = e.onerror = function () {
        if (!--n) d.documentElement.dataset.scripts = 'ready';
      };
      d.body.appendChild(e);
    });
  }
  try {
    new PerformanceObserver(function (x, o) {
      o.disconnect();
      setTimeout(s);
    }).observe({ type: 'paint', buffered: true });
  } catch {
    /* timer */
  }
  setTimeout(s, 1000);
})();
