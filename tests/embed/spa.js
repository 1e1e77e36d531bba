// A tiny client-side router standing in for Docusaurus (React creates the page's elements and
// inserts them) and Material for MkDocs instant loading (fetches the next page's HTML, parses it
// and swaps the content in). Neither fires DOMContentLoaded again: the custom element's
// connectedCallback is what draws the widget, and disconnectedCallback cleans it up.

const content = document.getElementById('content');

function home() {
  const p = document.createElement('p');
  p.textContent = 'Home: no widget on this page.';
  content.replaceChildren(p);
}

// React-style: document.createElement + setAttribute, then insert.
function react() {
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = 'Reaching S3 privately';
  const el = document.createElement('vpce-advisor');
  el.id = 'spa-advisor';
  el.setAttribute('service', 's3');
  el.setAttribute('gb-per-month', '1024');
  el.setAttribute('traffic-from', 'same-vpc on-premises');
  article.append(h1, el);
  content.replaceChildren(article);
}

// Instant-loading-style: HTML parsed in another document, its nodes adopted into this one.
const NEXT_PAGE = '<html><body><main id="content"><article><h1>DynamoDB from on-premises</h1>' +
  '<vpce-advisor id="spa-advisor" service="dynamodb" gb-per-month="20480" traffic-from="same-vpc on-premises">' +
  '</vpce-advisor></article></main></body></html>';
function instant() {
  const doc = new DOMParser().parseFromString(NEXT_PAGE, 'text/html');
  content.replaceChildren(...doc.getElementById('content').childNodes);
}

const routes = { '#/': home, '#/react': react, '#/instant': instant };
const render = () => (routes[location.hash] || home)();

document.querySelector('nav').addEventListener('click', (e) => {
  const a = e.target.closest('a');
  if (!a) return;
  e.preventDefault();
  history.pushState(null, '', a.getAttribute('href'));
  render();
});
window.addEventListener('popstate', render);
render();
