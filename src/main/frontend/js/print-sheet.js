// Shows the "Print this sheet" button when JavaScript is on; without it, the hint above says how to print.
document.querySelectorAll('.directory-print-button').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
