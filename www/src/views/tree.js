// The decision tree drawn as a tree: an ARIA tree view (role="tree") of nested lists with
// connector lines. Each question's answers hang under it, and under each answer the question or
// outcome it leads to. The tree's data is a graph (several answers lead to the same question), so
// a shared subtree appears under every answer that leads to it; groups are built when first
// opened, so the hidden ones cost nothing. The reader's path is opened and marked from the root
// to its leaf; every leaf shows its recommendation and what that costs in the current scenario.
//
// Keyboard, as the WAI-ARIA tree view pattern: one tab stop; Up and Down move, Right opens or
// goes in, Left closes or goes out, Home and End; Enter or Space takes an answer (the same scenario
// change as answering the question in the form). A click does the same.

import { h, link, usd } from '../format.js';

const ROOT = 'r';

/** The tree's nodes by id, each question node knowing the Scenario field its answers set. */
export function treeIndex(tree) {
  const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
  const fieldOf = new Map();
  for (const n of tree.nodes) {
    const answer = n.question && n.answers.find((a) => a.set);
    if (answer) fieldOf.set(n.id, answer.set.field);
  }
  return { nodes, fieldOf };
}

/** "The decision tree (21 questions), your path marked". */
export function treeSummary(tree) {
  return 'The decision tree (' + tree.nodes.filter((n) => n.question).length + ' questions), your path marked';
}

/**
 * Builds the tree view. `onAnswer(set)` is called when the reader takes an answer that changes
 * the scenario. Returns `{ node, markPath(advice) }`: `markPath` opens and marks the advice's path
 * and writes the current cost beside every leaf.
 */
export function buildTree(tree, titles, onAnswer) {
  const { nodes } = treeIndex(tree);
  const items = new Map(); // key → treeitem, for the items built so far
  const leaves = new Set();
  let costs = new Map();
  let onPath = new Set();

  const now = h('p', { class: 'tree-now' });
  const root = h('ul', { role: 'tree', class: 'dtree', 'aria-label': 'Decision tree' });
  const box = h('div', { class: 'tree-box scroll-cue', part: 'tree' }, root);

  // An item's key is the answers taken from the root to it: "r" for the root question, "r/3" for
  // its fourth answer, "r/3>" for the node that answer leads to, "r/3>/0" for that one's first.
  function nodeItem(id, key, level) {
    const n = nodes.get(id);
    if (!n) return null;
    if (n.leaf) {
      const cost = h('span', { class: 'cost num' });
      const item = h('li', { role: 'treeitem', class: 'leaf', 'aria-level': level, tabindex: -1, 'data-key': key },
        h('span', { class: 'row' }, h('span', { class: 'twisty', 'aria-hidden': 'true' }),
          h('strong', null, titles.title(n.leaf.recommendation)), ' ', cost,
          h('span', { class: 'leaf-text' }, n.leaf.text)));
      item.leafKind = n.leaf.recommendation;
      item.cost = cost;
      leaves.add(item);
      showCost(item);
      items.set(key, item);
      return item;
    }
    const item = h('li', { role: 'treeitem', class: 'q', 'aria-level': level, 'aria-expanded': 'false', tabindex: -1, 'data-key': key },
      h('span', { class: 'row' }, h('span', { class: 'twisty', 'aria-hidden': 'true' }), n.question));
    item.make = () => h('ul', { role: 'group' }, n.answers.map((a, i) => answerItem(a, key + '/' + i, level + 1)));
    items.set(key, item);
    return item;
  }

  function answerItem(a, key, level) {
    const item = h('li', { role: 'treeitem', class: 'a' + (a.set ? ' takes' : ''), 'aria-level': level, 'aria-expanded': 'false', tabindex: -1, 'data-key': key },
      h('span', { class: 'row' }, h('span', { class: 'twisty', 'aria-hidden': 'true' }), a.label));
    item.set = a.set || null;
    item.make = () => h('ul', { role: 'group' }, nodeItem(a.next, key + '>', level + 1));
    items.set(key, item);
    return item;
  }

  function showCost(item) {
    const o = costs.get(item.leafKind);
    item.cost.textContent = o == null ? '' : o.eligible ? usd(o.monthlyUsd) + ' a month' : usd(o.monthlyUsd) + ' a month (not possible here)';
  }

  /** Opens or closes an item, building its group the first time. */
  function expand(item, open) {
    if (!item.make) return;
    if (open && !item.group) item.append(item.group = item.make());
    item.setAttribute('aria-expanded', String(open));
  }

  const visible = () => [...root.querySelectorAll('[role=treeitem]')].filter((i) => !i.parentElement.closest('[aria-expanded=false]'));
  const parentOf = (item) => item.parentElement.closest('[role=treeitem]');

  function focus(item) {
    for (const i of root.querySelectorAll('[tabindex="0"]')) i.tabIndex = -1;
    item.tabIndex = 0;
    item.focus();
  }

  function take(item) {
    if (item.make) expand(item, true);
    if (item.set) onAnswer(item.set);
  }

  root.addEventListener('click', (e) => {
    const row = e.target.closest('.row');
    const item = row && row.parentElement;
    if (!item) return;
    focus(item);
    if (e.target.classList.contains('twisty') || !item.set) expand(item, item.getAttribute('aria-expanded') !== 'true');
    else take(item);
  });
  root.addEventListener('keydown', (e) => {
    const item = e.target.closest('[role=treeitem]');
    if (!item) return;
    const list = visible(), i = list.indexOf(item), open = item.getAttribute('aria-expanded');
    const go = {
      ArrowDown: () => list[i + 1],
      ArrowUp: () => list[i - 1],
      Home: () => list[0],
      End: () => list[list.length - 1],
      ArrowRight: () => (open === 'false' ? (expand(item, true), item) : open === 'true' ? item.group.firstElementChild : null),
      ArrowLeft: () => (open === 'true' ? (expand(item, false), item) : parentOf(item)),
    }[e.key];
    if (go) { e.preventDefault(); const t = go(); if (t) focus(t); return; }
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); if (item.set) take(item); else expand(item, open !== 'true'); }
  });

  function markPath(advice, titlesNow = titles) {
    costs = new Map(advice.options.map((o) => [o.kind, o]));
    // The keys of the path: the root question, then each answer taken and where it leads.
    const keys = [ROOT];
    let key = ROOT;
    for (const step of advice.path) {
      const n = nodes.get(step.nodeId);
      const i = n && n.question ? n.answers.findIndex((a) => a.label === step.answer) : -1;
      if (i < 0) break;
      key += '/' + i;
      keys.push(key, key += '>');
    }
    onPath = new Set(keys);
    const focused = root.querySelector('[tabindex="0"]');
    // Close what is open off the path, except around the item the reader is on; open the path.
    for (const item of root.querySelectorAll('[aria-expanded=true]')) {
      if (!onPath.has(item.dataset.key) && !(focused && item.contains(focused))) expand(item, false);
    }
    for (const k of keys) { const item = items.get(k); if (item) expand(item, true); }
    for (const item of root.querySelectorAll('.on')) item.classList.remove('on'), item.removeAttribute('aria-current');
    for (const k of keys) {
      const item = items.get(k);
      if (item) item.classList.add('on'), item.setAttribute('aria-current', 'step');
    }
    for (const item of leaves) showCost(item);
    if (!focused) items.get(ROOT).tabIndex = 0;
    const last = items.get(keys[keys.length - 1]);
    const o = costs.get(advice.recommendation);
    now.replaceChildren(h('strong', null, 'Your answers lead to: '), titlesNow.title(advice.recommendation),
      o ? ' — ' + usd(o.monthlyUsd) + ' a month' : '');
    return last;
  }

  const first = nodeItem(tree.root, ROOT, 1);
  root.append(first);
  return { node: h('div', { class: 'tree-wrap' }, now, box), markPath };
}

/** The fields the advice's path asked about (to highlight their questions in the form). */
export function fieldsOnPath(advice, index) {
  return new Set(advice.path.map((step) => index.fieldOf.get(step.nodeId)).filter(Boolean));
}

/** The reasons for the verdict, each with its AWS documentation link. */
export const reasonsList = (advice) => (advice.reasons.length
  ? h('ul', { class: 'reasons' }, advice.reasons.map((r) => h('li', null, r.text + ' ', link(r.source, 'AWS documentation'))))
  : h('p', { class: 'muted' }, 'No reasons given.'));

/** The path as "question answer" lines. */
export const pathSteps = (advice) => advice.path.map((p) => h('li', null, p.question + ' ', h('strong', null, p.answer)));
