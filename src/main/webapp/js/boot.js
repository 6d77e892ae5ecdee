// Starts the TeaVM-compiled app (js/maskai.js defines main). Kept out of index.html because the
// Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  if (typeof main === 'function') {
    main();
  } else {
    var status = document.getElementById('status');
    if (status) {
      status.textContent = 'MaskAI could not start: its code did not load. Reload the page to try again.';
      status.classList.add('error');
    }
  }
})();
