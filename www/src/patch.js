// Redraws a part in place: the views build a fresh copy of the part (detached, cheap) and
// `patchChildren` makes the drawn part look like it while touching only what differs — a text
// node whose words changed gets its new words, an attribute its new value; everything else keeps
// its node, so the browser restyles and re-lays out only what changed, focus and scroll stay
// where they were, and a slider step that changes a few figures costs a few text writes instead
// of a rebuilt bill.
//
// What this asks of the views it redraws (the verdict, the bills): plain DOM, no listeners on the
// nodes they build — a kept node keeps whatever listener it had, bound to the data of the drawing
// it came from. The widget listens on its box instead (`data-act` on buttons, delegation).

/**
 * Makes `live`'s children match `fresh`'s, node by node in order. Nodes that match (the same
 * tag, or both text) are kept and updated; the rest are replaced by the fresh node itself (moved
 * out of `fresh`). A `<details>`'s `open` is the reader's and is kept.
 */
export function patchChildren(live, fresh) {
  let l = live.firstChild;
  let f = fresh.firstChild;
  while (f) {
    const nextFresh = f.nextSibling; // before `f` may move
    if (!l) {
      live.append(f);
    } else {
      const nextLive = l.nextSibling;
      if (f.nodeType === 3 && l.nodeType === 3) {
        if (l.data !== f.data) l.data = f.data;
      } else if (f.nodeType === 1 && l.nodeType === 1 && l.localName === f.localName && l.namespaceURI === f.namespaceURI) {
        patchAttributes(l, f);
        patchChildren(l, f);
      } else {
        live.replaceChild(f, l);
      }
      l = nextLive;
    }
    f = nextFresh;
  }
  while (l) {
    const nextLive = l.nextSibling;
    l.remove();
    l = nextLive;
  }
}

function patchAttributes(l, f) {
  const kept = (name) => name === 'open' && l.localName === 'details';
  for (const { name, value } of f.attributes) if (!kept(name) && l.getAttribute(name) !== value) l.setAttribute(name, value);
  for (const { name } of [...l.attributes]) if (!kept(name) && !f.hasAttribute(name)) l.removeAttribute(name);
}

/** Sets a node's text only when it differs (a write would be a DOM change, and a restyle). */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}
