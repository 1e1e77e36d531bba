// Types for vpce-advisor/core: the WebAssembly core without the widget (wasm-bindgen
// `--target web` output). Start it once with the default export, then call the functions.
//
//   import init, { advise } from 'vpce-advisor/core';
//   await init();                                            // browser: fetches pkg/vpce_advisor_bg.wasm
//   await init({ module_or_path: await readFile(wasmPath) }); // Node: hand it the bytes

import type {
  Advice, Catalog, Comparison, CostCurve, CurveRange, DecisionTree, Plan, PlanInput, Scenario,
  ScenarioField,
} from './vpce-advisor.js';
export type * from './vpce-advisor.js';

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Loads and starts the WebAssembly; later calls return the same promise. */
export default function init(options?: { module_or_path?: InitInput | Promise<InitInput> }): Promise<unknown>;
/** Starts the WebAssembly synchronously from bytes or a compiled module (workers, Node). */
export function initSync(options: { module: BufferSource | WebAssembly.Module }): unknown;

/** Throws an `AdvisorError` (`code`, `field`, `message`) on invalid input. */
export function advise(scenario: Scenario): Advice;
export function catalog(): Catalog;
/** Every `Scenario` field at its documented default (service `s3`). */
export function defaultScenario(): Required<Omit<Scenario, 'peakGbps'>> & Pick<Scenario, 'peakGbps'>;
/** The table of `Scenario` fields: types, defaults, limits and a line of doc for each, in order. */
export function scenarioFields(): ScenarioField[];
/** The plan's own fields (`vpcCount`, `transitGateway`, `endpointAzCount`,
 * `existingPrivateLinkGbPerMonth`) in the same shape; those it shares with a scenario are in
 * `scenarioFields()`. */
export function planFields(): ScenarioField[];
/** The whole-VPC plan (docs/plan.md). Throws an `AdvisorError` (`field` like
 * `destinations[2].gbPerMonth`) on invalid input. */
export function plan(input: PlanInput): Plan;
export function decisionTree(): DecisionTree;
export function comparison(): Comparison;
/** Throws an `AdvisorError` on invalid input. */
export function costCurve(scenario: Scenario, range?: CurveRange): CostCurve;
