// The whole decision tree, one entry per node (it is a graph: several answers lead to the same
// question, so nesting would repeat and deepen it). Each answer says where it leads; one that
// carries a scenario change (`set`) is a button that makes it. The reader's path is marked.

import { h, link } from '../format.js';

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

/** "The whole decision tree: 12 questions, 9 outcomes, your path marked". */
export function treeSummary(tree) {
  const questions = tree.nodes.filter((n) => n.question).length;
  return 'The whole decision tree: ' + questions + ' questions, ' + (tree.nodes.length - questions)
    + ' outcomes, your path marked';
}

/**
 * Builds the list. Returns `{ node, markPath(advice) }`; `markPath` marks the nodes and answers on
 * the advice's path (`aria-current="step"`).
 */
export function buildTree(tree, titles) {
  const { nodes } = treeIndex(tree);
  const marks = new Map();
  const titleOf = (n) => (n ? n.question || titles.title(n.leaf.recommendation) + ': ' + n.leaf.text : '');
  const answerItem = (n, a) => {
    const item = h('li', null,
      a.set
        ? h('button', { type: 'button', class: 'a', 'data-set': JSON.stringify(a.set) }, a.label)
        : h('span', { class: 'a' }, a.label),
      h('span', { class: 'next' }, ' → ' + titleOf(nodes.get(a.next))));
    marks.set(n.id + '\n' + a.label, item);
    return item;
  };
  const node = h('ol', { class: 'tree' }, tree.nodes.map((n) => {
    const item = h('li', null);
    marks.set(n.id, item);
    if (n.question) {
      item.append(h('span', { class: 'q' }, n.question), h('ul', null, n.answers.map((a) => answerItem(n, a))));
    } else {
      item.append(h('span', { class: 'leaf' }, titleOf(n)),
        h('ul', { class: 'why' }, n.leaf.reasons.map((r) => h('li', null, r.text + ' ', link(r.source, 'source')))));
    }
    return item;
  }));

  function markPath(advice) {
    for (const item of node.querySelectorAll('.on')) item.classList.remove('on'), item.removeAttribute('aria-current');
    const mark = (item) => item && (item.classList.add('on'), item.setAttribute('aria-current', 'step'));
    for (const step of advice.path) {
      mark(marks.get(step.nodeId));
      mark(marks.get(step.nodeId + '\n' + step.answer));
    }
    mark(marks.get(advice.leaf));
  }
  return { node, markPath };
}

/** The fields the advice's path asked about (to highlight their questions in the form). */
export function fieldsOnPath(advice, index) {
  return new Set(advice.path.map((step) => index.fieldOf.get(step.nodeId)).filter(Boolean));
}

/** The reasons for the verdict, each with its AWS documentation link. */
export const reasonsList = (advice) => (advice.reasons.length
  ? h('ul', { class: 'reasons' },
    advice.reasons.map((r) => h('li', null, r.text + ' ', link(r.source, 'AWS documentation'))))
  : h('p', { class: 'muted' }, 'No reasons given.'));

/** The path as "question answer" lines. */
export const pathSteps = (advice) =>
  advice.path.map((p) => h('li', null, p.question + ' ', h('strong', null, p.answer)));
