// Quick exit (the GOV.UK "Exit this page" pattern): the button is an ordinary link that works without
// JavaScript. With JavaScript, clicking it or pressing Shift 3 times replaces this page in the history
// with the neutral page, so the back button does not return here.
(function () {
  var link = document.querySelector('[data-exit-this-page]');
  if (!link) {
    return;
  }
  function exit(event) {
    if (event) {
      event.preventDefault();
    }
    document.body.style.visibility = 'hidden';
    window.location.replace(link.href);
  }
  link.addEventListener('click', exit);
  var presses = 0;
  var timer = null;
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') {
      presses = 0;
      return;
    }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { presses = 0; }, 5000);
    if (presses >= 3) {
      exit();
    }
  });
})();
