// Marks the page as JavaScript-capable, as the NHS.UK frontend expects. Everything works without it.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');
