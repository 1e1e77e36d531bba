// Redraws a part in place: the views build a fresh copy of the part (detached, cheap) and
// `patchChildren` makes the drawn part look like it while touching only what differs — a text
// node whose words changed gets its new words, an attribute its new value; everything else keeps
// its node, so the browser restyles and re-lays out only what changed, focus and scroll stay
// where they were, and a slider step that changes a few figures costs a few text writes instead
// of a rebuilt bill.

/**
 * Makes `live`'s children match `fresh`'s, node by node in order. Nodes that match (the same
 * tag, or both text) are kept and updated; the rest are replaced by the fresh node itself (moved
 * out of `fresh`). A `<details>`'s `open` is the reader's and is kept. `visit(l, f)` is called on
 * each pair of matching elements before their children are compared; when it returns false the
 * children are left alone.
 */
export function patchChildren(live, fresh, visit) {
  const next = [...fresh.childNodes];
  let l = live.firstChild;
  for (const f of next) {
    if (!l) {
      live.append(f);
      continue;
    }
    const following = l.nextSibling;
    if (f.nodeType === 3 && l.nodeType === 3) {
      if (l.data !== f.data) l.data = f.data;
    } else if (f.nodeType === 1 && l.nodeType === 1 && l.namespaceURI === f.namespaceURI && l.localName === f.localName) {
      patchAttributes(l, f);
      if (visit(l, f) !== false) patchChildren(l, f, visit);
    } else {
      live.replaceChild(f, l);
    }
    l = following;
  }
  while (l) {
    const following = l.nextSibling;
    l.remove();
    l = following;
  }
}

function patchAttributes(l, f) {
  const keepOpen = l.localName === 'details';
  for (const name of l.getAttributeNames()) {
    if (!f.hasAttribute(name) && !(keepOpen && name === 'open')) l.removeAttribute(name);
  }
  for (const name of f.getAttributeNames()) {
    if (keepOpen && name === 'open') continue;
    const value = f.getAttribute(name);
    if (l.getAttribute(name) !== value) l.setAttribute(name, value);
  }
}

/** Sets a node's text only when it differs (a write would be a DOM change, and a restyle). */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}
