// Form building blocks shared by the controls and the questions, and the two-way mapping between
// the scenario and the inputs: every input names its Scenario field in `data-f` (the volume's
// three inputs are `gbRange`, `gbNum` and `gbUnit`, read by the volume control).

import { h } from '../format.js';

/** A labelled field; `question` marks it as the answer to a tree question (highlighted on the path). */
export const field = (label, input, question) =>
  h('label', { class: 'field', 'data-q': question }, h('span', null, label), input);

export const numberInput = (name, min, max, step = 1) =>
  h('input', { type: 'number', 'data-f': name, min, max, step, inputmode: 'decimal' });

/** A radio button or checkbox with its label. */
export const choice = (type, name, value, label) =>
  h('label', { class: 'opt' }, h('input', { type, name, value, 'data-f': name }), ' ', label);

/** A group of choices answering one question about `name`. */
export const choiceGroup = (name, legend, ...choices) =>
  h('fieldset', { 'data-q': name }, h('legend', null, legend), ...choices);

/** The catalogue's Regions as <option>s, after an optional first entry with the value "". */
export const regionOptions = (catalog, first) => [
  first && h('option', { value: '' }, first),
  catalog.regions.map((r) => h('option', { value: r.code }, r.name + ' (' + r.code + ')')),
];

/**
 * Puts the scenario's values into every input in `container` that names a field (not the volume,
 * which the volume control shows). `defaults` is the Wasm's default scenario; an empty field
 * shows its default. Fields in `shownBlank` stay empty when unset (their default depends on others).
 */
export function showScenario(container, scenario, defaults, shownBlank) {
  const focused = container.getRootNode().activeElement;
  for (const input of container.querySelectorAll('[data-f]')) {
    const name = input.dataset.f;
    if (name.startsWith('gb')) continue;
    const value = scenario[name];
    const fallback = shownBlank.has(name) ? undefined : defaults[name];
    if (input.type === 'radio') {
      input.checked = String(value ?? (name === 'service' ? '' : fallback ?? false)) === input.value;
    } else if (input.type === 'checkbox') {
      input.checked = (Array.isArray(value) ? value : fallback || []).includes(input.value);
    } else if (input !== focused) {
      const shown = value ?? fallback ?? '';
      input.value = Array.isArray(shown) ? shown.join(' ') : shown;
    }
  }
}

/** Writes an edited input's value into the scenario (not the volume's inputs). */
export function readInput(input, scenario, container) {
  const name = input.dataset.f;
  if (input.type === 'checkbox') {
    const boxes = [...container.querySelectorAll(`input[data-f=${name}]`)];
    scenario[name] = boxes.filter((i) => i.checked).map((i) => i.value);
  } else if (name === 'awsServices') {
    scenario[name] = input.value.split(/[\s,]+/).filter(Boolean);
  } else if (input.type === 'number') {
    const n = input.valueAsNumber;
    if (input.value === '' && name === 'peakGbps') delete scenario[name];
    else scenario[name] = isFinite(n) ? n : input.value;
  } else if (input.type === 'radio' && name !== 'service') {
    scenario[name] = input.value === 'true';
  } else if (input.value === '') {
    delete scenario[name];
  } else {
    scenario[name] = input.value;
  }
}
