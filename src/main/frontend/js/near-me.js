// "Use my location" on the search form: asks the browser where the person is, once, and lets the server
// turn it into the nearest postcode (/search/near-me). Nothing is stored. If the browser cannot or may
// not say, the person is told to type a postcode instead. What it says comes from the page, in the reader's language.
var button = document.getElementById('use-my-location');
var status = document.getElementById('near-me-status');

if (button && navigator.geolocation) {
  button.parentNode.hidden = false;
  button.addEventListener('click', function () {
    var form = button.form;
    status.textContent = status.getAttribute('data-finding');
    navigator.geolocation.getCurrentPosition(function (position) {
      var address = new URLSearchParams();
      address.set('latitude', position.coords.latitude.toFixed(5));
      address.set('longitude', position.coords.longitude.toFixed(5));
      ['q', 'domain'].forEach(function (name) {
        var field = form.querySelector('[name="' + name + '"]:not([type=radio]), [name="' + name + '"]:checked');
        if (field && field.value) { address.set(name, field.value); }
      });
      window.location.href = '/search/near-me?' + address.toString();
    }, function () {
      status.textContent = status.getAttribute('data-failed');
      document.getElementById('postcode').focus();
    }, { timeout: 15000, maximumAge: 600000 });
  });
}
