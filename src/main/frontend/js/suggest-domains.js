// Registration: marks the types of activity whose tags share a word with the activity's name
// ("Dog walking" -> Physical activity). Whole words only, compared without endings (walk, walking,
// walks), so a name like "Dog walking for volunteers" is not matched to Befriending by a part of a
// word or by a word in the description. People still choose; without JavaScript the checkboxes work
// the same, only without suggestions.
(function () {
  var choices = document.querySelectorAll('#domain-choices [data-keywords]');
  var name = document.getElementById('activityName');
  if (!choices.length || !name) { return; }
  var common = ['with', 'help', 'group', 'club', 'online', 'home', 'support', 'making', 'work', 'more', 'your', 'from'];
  function stem(word) {
    return word.replace(/(ings|ing|ers|er|es|s)$/, '');
  }
  function words(text) {
    return text.toLowerCase().split(/[^a-z]+/)
      .filter(function (w) { return w.length > 3 && common.indexOf(w) < 0; })
      .map(stem)
      .filter(function (w) { return w.length > 2 && common.indexOf(w) < 0; });
  }
  function suggest() {
    var typed = words(name.value);
    choices.forEach(function (choice) {
      var keywords = words(choice.getAttribute('data-keywords'));
      var match = typed.some(function (w) { return keywords.indexOf(w) >= 0; });
      choice.querySelector('.directory-suggested').hidden = !match;
    });
  }
  name.addEventListener('input', suggest);
  suggest();
})();
