// Draws the search results on a map beside the list (progressive enhancement: without JavaScript, or
// when no result has a place, there is only the list). Each marker is a keyboard-reachable button named
// after its activity, numbered as in the list; it opens a link to the activity's page.
import '@LEAFLET@';

var container = document.getElementById('results-map');
var results = Array.prototype.slice.call(document.querySelectorAll('#results .directory-result'));

if (container && window.L && results.some(function (result) { return result.hasAttribute('data-latitude'); })) {
  container.hidden = false;

  var places = [];
  results.forEach(function (result, index) {
    var link = result.querySelector('.nhsuk-card__heading a');
    var number = index + 1;
    result.querySelector('.directory-result__number').textContent = number + '. ';
    if (result.hasAttribute('data-latitude')) {
      places.push({
        number: number,
        link: link,
        position: [parseFloat(result.getAttribute('data-latitude')), parseFloat(result.getAttribute('data-longitude'))]
      });
    }
  });

  var map = L.map(container, { scrollWheelZoom: false });
  var tiles = container.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18, attribution: container.getAttribute('data-attribution') }).addTo(map);
  }
  map.fitBounds(places.map(function (place) { return place.position; }), { padding: [24, 24], maxZoom: 15 });
  // Activities at the same place, or very close, would hide each other's markers: move the later ones a
  // little way round the first, so every marker can be seen and pressed (its popup still names it).
  var taken = [];
  places.forEach(function (place) {
    var point = map.latLngToLayerPoint(place.position);
    for (var step = 0; step < 48 && taken.some(function (other) { return other.distanceTo(point) < 40; }); step++) {
      var radius = 40 * (1 + Math.floor(step / 8));
      var angle = step * (Math.PI / 4);
      point = map.latLngToLayerPoint(place.position).add(L.point(Math.cos(angle) * radius, Math.sin(angle) * radius));
    }
    taken.push(point);
    place.shown = map.layerPointToLatLng(point);
  });
  places.forEach(function (place) {
    var name = place.number + '. ' + place.link.textContent;
    var marker = L.marker(place.shown, {
      keyboard: true,
      title: name,
      icon: L.divIcon({ className: 'directory-map__marker', html: String(place.number), iconSize: [32, 32] })
    }).addTo(map);
    marker.getElement().setAttribute('aria-label', name);
    var popup = document.createElement('a');
    popup.href = place.link.getAttribute('href');
    popup.textContent = place.link.textContent;
    marker.bindPopup(popup);
  });
}
