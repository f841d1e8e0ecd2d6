(function () {
  var list = document.currentScript && document.currentScript.getAttribute('data-modules');
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var sources = (list || '').split(' ').filter(Boolean);
    var pending = sources.length;
    function done() {
      pending -= 1;
      if (pending === 0) document.documentElement.setAttribute('data-scripts', 'ready');
    }
    sources.forEach(function (src) {
      var s = document.createElement('script');
      s.type = 'module';
      s.src = src;
      s.onload = done;
      s.onerror = done;
      document.body.appendChild(s);
    });
  }
  requestAnimationFrame(function () {
    setTimeout(start, 0);
  });
  setTimeout(start, 1000);
})();
