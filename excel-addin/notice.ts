/**
 * The dialog a ribbon command opens to say what went wrong (Excel has no notification API for
 * function commands). It shows `?title=…&message=…&line=…` as text and tells its opener when the
 * person closes it.
 */
function show(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

const params = new URLSearchParams(window.location.search);
show('title', params.get('title') ?? 'Riskbook');
show('message', params.get('message') ?? '');
const lines = params.getAll('line');
const list = document.getElementById('lines');
if (list && lines.length > 0) {
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.appendChild(item);
  }
  list.hidden = false;
}

const closeButton = document.getElementById('close');
closeButton?.focus();
if (typeof Office === 'undefined') {
  // Opened outside an Office dialog (office.js did not load): the button closes the window.
  closeButton?.addEventListener('click', () => window.close());
} else {
  void Office.onReady(() => closeButton?.addEventListener('click', () => Office.context.ui.messageParent('close')));
}

// A module, so its names stay out of the global scope (where `close` is window.close).
export {};
