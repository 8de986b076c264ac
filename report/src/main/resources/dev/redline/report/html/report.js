(function () {
  'use strict';
  var root = document.documentElement;
  var body = document.body;
  root.classList.add('js');
  var buttons = document.querySelectorAll('[data-view]');
  function setView(view) {
    body.classList.remove('view-inline', 'view-side');
    body.classList.add('view-' + view);
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-view') === view));
    }
  }
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function (event) {
      setView(event.currentTarget.getAttribute('data-view'));
    });
  }
  var only = document.getElementById('changed-only');
  if (only) {
    only.addEventListener('change', function () {
      body.classList.toggle('changed-only', only.checked);
    });
  }
})();
