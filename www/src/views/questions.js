// "Your setup": the questions that decide the design (service, clients' location, where the
// service lives, the yes/no requirements). The service answers are the decision tree's first
// question's, so the two never disagree.

import { h } from '../format.js';
import { CLIENT_LOCATIONS, YES_NO_QUESTIONS } from '../labels.js';
import { choice, choiceGroup, field, numberInput, regionOptions } from './fields.js';

/** `node` with the class `name` added (the layout's hooks: grid2, yn, extra). */
const styled = (name, node) => (node.classList.add(name), node);

/** `fields` is the core's field table (a Map by name). */
export function buildQuestions(catalog, tree, fields) {
  const first = tree.nodes.find((n) => n.id === tree.root);
  return h('form', { class: 'questions', part: 'questions' },
    h('h3', null, 'Your setup'),
    styled('grid2', choiceGroup('service', first.question,
      first.answers.map((a) => choice('radio', 'service', a.set.value, a.label)))),
    h('div', { class: 'when-aws' },
      field('Which AWS services? (PrivateLink names such as sqs kms ecr.api)',
        h('input', { type: 'text', 'data-f': 'awsServices', autocomplete: 'off', spellcheck: 'false' }))),
    styled('grid2', choiceGroup('trafficFrom', 'Where are the clients?',
      Object.entries(CLIENT_LOCATIONS).map(([value, label]) => choice('checkbox', 'trafficFrom', value, label)))),
    h('div', { class: 'when-mixed' },
      field('Percent of the data from outside the VPC', numberInput('remoteTrafficPercent', fields))),
    field('Where does the service live?',
      h('select', { 'data-f': 'serviceRegion' }, regionOptions(catalog, 'In the same Region')), 'serviceRegion'),
    Object.entries(YES_NO_QUESTIONS).map(([name, question]) =>
      styled('yn', choiceGroup(name, question, choice('radio', name, 'true', 'Yes'), choice('radio', name, 'false', 'No')))),
    styled('extra', field('Peak throughput in Gbps (optional)', numberInput('peakGbps', fields))));
}
