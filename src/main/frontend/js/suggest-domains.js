// Registration: marks the types of activity that match the words typed. People still choose;
// without JavaScript the checkboxes work the same, only without suggestions.
(function () {
  var choices = document.querySelectorAll('#domain-choices [data-keywords]');
  var fields = [document.getElementById('activityName'), document.getElementById('description')];
  if (!choices.length) { return; }
  function words(text) { return text.toLowerCase().split(/[^a-z]+/).filter(function (w) { return w.length > 3; }); }
  function suggest() {
    var typed = words(fields.map(function (f) { return f ? f.value : ''; }).join(' '));
    choices.forEach(function (choice) {
      var keywords = words(choice.getAttribute('data-keywords'));
      var match = typed.some(function (w) { return keywords.some(function (k) { return k.indexOf(w.slice(0, 4)) === 0; }); });
      choice.querySelector('.directory-suggested').hidden = !match;
    });
  }
  fields.forEach(function (f) { if (f) { f.addEventListener('input', suggest); } });
  suggest();
})();
