// Starts the NHS.UK frontend on every page: the header menu, focus on the error summary after a failed
// form, buttons that ignore double clicks. The package exports initAll() but does not call it itself.
import { initAll } from '@NHSUK_FRONTEND@';

initAll();

// On a wide screen the filters sit beside the results, so open them; on a phone they stay folded
// under "Filter results" so the results come first. Without JavaScript the details work the same.
var filters = document.querySelector('.directory-filters');
if (filters && window.matchMedia('(min-width: 48.0625em)').matches) {
  filters.open = true;
}

// "Copy link" on a listing page, where the browser allows it; the address is written out beside it too.
// What it says afterwards comes from the page, in the reader's language.
document.querySelectorAll('[data-copy]').forEach(function (button) {
  if (!navigator.clipboard) { return; }
  var status = button.parentNode.querySelector('[role=status]');
  button.parentNode.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(button.getAttribute('data-copy')).then(function () {
      status.textContent = status.getAttribute('data-copied');
    }, function () {
      status.textContent = status.getAttribute('data-not-copied');
    });
  });
});
