// Types for the vpce-advisor package: the <vpce-advisor> element, mount(), and the data the
// WebAssembly core takes and returns (Scenario in, Advice out). Field names are the core's
// public contract (camelCase); see the README for what each means and its limits.

/** What the traffic goes to. */
export type Service =
  | 's3'
  | 's3-express'
  | 'dynamodb'
  | 'dynamodb-streams'
  | 'aws-service'
  | 'endpoint-service'
  | 'resource'
  | 'service-network'
  | 'traffic-inspection';

/** Where the clients are, relative to the VPC where the endpoint would live. */
export type TrafficSource = 'same-vpc' | 'peered-vpc' | 'transit-gateway' | 'on-premises' | 'other-region';

/** A way a VPC can reach the service; `Advice.recommendation` and `CostOption.kind`. */
export type OptionKind =
  | 'gateway'
  | 'interface'
  | 'gateway+interface'
  | 'gateway-load-balancer'
  | 'resource'
  | 'service-network'
  | 'nat-gateway';

/** Stable codes of the errors `advise` and `costCurve` throw (and the widget shows). */
export type ErrorCode =
  | 'invalid-type'
  | 'missing-field'
  | 'unknown-field'
  | 'unknown-value'
  | 'unknown-region'
  | 'not-finite'
  | 'out-of-range'
  | 'empty-list'
  | 'duplicate-value'
  | 'conflict'
  | 'internal';

/**
 * The question asked. Every field but `service` has a default; `null` means "use the default".
 * Unknown fields are rejected (`unknown-field`), so a typo never silently changes an answer.
 */
export interface Scenario {
  service: Service;
  /** For `"aws-service"`: PrivateLink names as in `com.amazonaws.<region>.<name>`, e.g. `["sqs", "ecr.dkr"]`. Default `[]`. */
  awsServices?: string[] | null;
  /** Default `["same-vpc"]`; non-empty, distinct. */
  trafficFrom?: TrafficSource[] | null;
  /** A Region code of `catalog().regions`. Default `"us-east-1"`. */
  region?: string | null;
  /** Where the bucket, table or service lives. Default: `region`. */
  serviceRegion?: string | null;
  /** Availability Zones an interface endpoint (and the NAT gateways) span: 1–6, default 2. */
  azCount?: number | null;
  /** Interface endpoints priced: 1–1000, default 1 (or the number of `awsServices`). */
  endpointCount?: number | null;
  /** NAT gateways on the public path: 0–100, default `azCount`. */
  natGatewayCount?: number | null;
  /** NAT gateways already exist for other egress. Default false. */
  hasNatGateway?: boolean | null;
  /** No rule requires a private path: the traffic may use the public endpoint. Default false. */
  allowInternetPath?: boolean | null;
  /** Data processed per month in GB (1 TB = 1,024 GB), 0 – 1,048,576,000. Default 100. */
  gbPerMonth?: number | null;
  /** Hours each endpoint or NAT gateway runs, more than 0 and at most 744; rounded up. Default 730. */
  hoursPerMonth?: number | null;
  /** Sustained throughput needed, 0 – 100,000 Gbps. Default none. */
  peakGbps?: number | null;
  /** Share (0–100) of `gbPerMonth` from outside the VPC when `trafficFrom` mixes `same-vpc` with remote sources. Default 50. */
  remoteTrafficPercent?: number | null;
  /** Access must be enforced with security groups at the endpoint. Default false. */
  requireSecurityGroups?: boolean | null;
  /** Clients must reach the service at private IP addresses. Default false. */
  requirePrivateIps?: boolean | null;
}

/** One line of a bill. */
export interface BillLine {
  label: string;
  quantity: number;
  unit: string;
  unitUsd: number;
  /** Rounded to the cent; an option's `monthlyUsd` is the sum of its lines. */
  usd: number;
  /** Depends on the data volume (as opposed to provisioned hours). */
  usageBased: boolean;
  /** Index into `catalog().sources`, or null. */
  source: number | null;
  /** False when the price could not be confirmed from an AWS source. */
  verified: boolean;
}

/** What one option would cost, and whether it can carry the traffic at all. */
export interface CostOption {
  kind: OptionKind;
  eligible: boolean;
  /** Why the option cannot carry this traffic (only when `eligible` is false). */
  whyNot?: string;
  monthlyUsd: number;
  lines: BillLine[];
}

export interface PathStep {
  nodeId: string;
  question: string;
  answer: string;
}

export interface Reason {
  text: string;
  /** The AWS documentation URL the reason rests on. */
  source: string;
}

export interface Warning {
  code: string;
  text: string;
}

/** The answer for one scenario. */
export interface Advice {
  recommendation: OptionKind;
  /** One sentence a person reads first. */
  summary: string;
  /** The route through the decision tree. */
  path: PathStep[];
  reasons: Reason[];
  /** Every option that could carry the traffic, eligible or not, with its bill. */
  options: CostOption[];
  /** Volume (GB/month) above which an interface endpoint costs less than the NAT path, or null. */
  breakEvenGbPerMonth: number | null;
  warnings: Warning[];
  region: string;
  /** The price catalogue's date, YYYY-MM-DD. */
  pricesAsOf: string;
  currency: 'USD';
}

export interface Catalog {
  /** The prices' date, YYYY-MM-DD. */
  asOf: string;
  currency: 'USD';
  regions: { code: string; name: string }[];
  sources: { id: string; title: string; url: string; asOf: string }[];
  /** The crate's (and this package's) version. */
  version: string;
  /** Every option the advice can name, with its title. */
  options: { kind: OptionKind; title: string }[];
  /** The PrivateLink service names `plan` knows (`"sqs"`, `"ecr.dkr"`), for autocomplete. */
  privateLinkServices: { name: string; title: string }[];
  /** The presets `plan` accepts as `preset`, each with its destinations' names and AWS source. */
  presets: { id: string; title: string; names: string[]; source: string }[];
}

/** The decision tree, for drawing. Node details beyond these fields may grow. */
export interface DecisionTree {
  root: string;
  nodes: {
    id: string;
    question?: string;
    field?: string;
    answers?: { label: string; next: string; set?: Record<string, unknown> }[];
    leaf?: { recommendation: OptionKind; summary?: string; [key: string]: unknown };
    [key: string]: unknown;
  }[];
}

/** The feature comparison matrix; every row carries its source. */
export interface Comparison {
  options: { kind: OptionKind; title: string }[];
  rows: {
    feature: string;
    values: Partial<Record<OptionKind, { text: string; source: string; unverified?: boolean }>>;
    source: string;
  }[];
}

export interface CurveRange {
  fromGb?: number;
  toGb?: number;
  points?: number;
}

export interface CostCurve {
  series: { option: OptionKind; eligible: boolean; points: [gb: number, usd: number][] }[];
}

/** What `advise` and `costCurve` throw. */
export interface AdvisorError extends Error {
  code: ErrorCode;
  /** The scenario field at fault (camelCase), or null. */
  field: string | null;
}

/** `mount` options: any Scenario field, plus the widget's own settings. */
export type MountOptions = Partial<Scenario> & {
  /** Default "auto": follows the reader's system. */
  theme?: 'light' | 'dark' | 'auto' | null;
  /** Keep the scenario in the address's `#vpce=…` part and offer "Copy link". Default false. */
  syncUrl?: boolean;
  /** "compact" (default): answer first, only the questions on the path; "full": everything open. */
  layout?: 'compact' | 'full';
  /** Several destinations (plan()'s), or their JSON text: shows the whole-VPC section. */
  destinations?: Record<string, unknown>[] | string;
};

export interface MountHandle {
  /** Merges `options` into the scenario (a `null` field goes back to its default) and redraws. */
  update(options: MountOptions): void;
  /** Removes the widget's content and listeners from the element. */
  destroy(): void;
}

/** Draws the advisor into `el`'s (open) shadow root. The WebAssembly is loaded once per page. */
export function mount(el: HTMLElement, options?: MountOptions): MountHandle;

/** Loads and starts the WebAssembly (once per page; later calls share the promise). */
export function load(): Promise<unknown>;

/** Registers the element (done on import); a no-op without a custom-element registry (SSR). */
export function define(tag?: string): void;

/** The element's attribute names: the Scenario's fields in kebab-case. */
export const ATTRIBUTES: readonly string[];

/** An attribute's text as the Scenario value it stands for. */
export function fromAttribute(attr: string, value: string | null): unknown;

/**
 * `<vpce-advisor service="s3" gb-per-month="5120" traffic-from="same-vpc on-premises">`.
 * Attributes win over `options`.
 */
export class VpceAdvisor extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Scenario fields and widget settings, as for `mount`. */
  options: MountOptions;
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'vpce-advisor': VpceAdvisor;
  }
}
