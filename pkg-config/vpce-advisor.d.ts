// Types for the vpce-advisor package: the <vpce-advisor> element, mount(), and the data the
// WebAssembly core takes and returns (Scenario in, Advice out). Field names are the core's
// public contract (camelCase); see docs/api.md in the repository for the whole contract.

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

/** Which IP versions the clients use. */
export type IpAddressType = 'ipv4' | 'dualstack' | 'ipv6';

/** A way a VPC can reach the service; `Advice.recommendation` and `CostOption.kind`. */
export type OptionKind =
  | 'gateway'
  | 'interface'
  | 'gateway+interface'
  | 'gateway-load-balancer'
  | 'resource'
  | 'service-network'
  | 'nat-gateway';

/** Stable codes of the errors `advise`, `plan` and `costCurve` throw (and the widget shows). */
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
  /** What the traffic goes to. Default: required. Allowed: one of `"s3"`, `"s3-express"`, `"dynamodb"`, `"dynamodb-streams"`, `"aws-service"`, `"endpoint-service"`, `"resource"`, `"service-network"`, `"traffic-inspection"`. */
  service: Service;
  /** For service "aws-service": the PrivateLink service names, e.g. sqs or ecr.dkr. Default: `[]`. Allowed: up to 200 distinct names of at most 64 characters (a–z, 0–9, `.`, `-`). */
  awsServices?: string[] | null;
  /** Where the clients are, relative to the VPC where the endpoint would live. Default: `["same-vpc"]`. Allowed: a non-empty list of distinct `"same-vpc"`, `"peered-vpc"`, `"transit-gateway"`, `"on-premises"`, `"other-region"`. */
  trafficFrom?: TrafficSource[] | null;
  /** The Region of the VPC and of the endpoints priced. Default: `"us-east-1"`. Allowed: a Region code of `catalog().regions`. */
  region?: string | null;
  /** Where the bucket, table or service lives. Default: follows `region`. Allowed: a Region code of `catalog().regions`. */
  serviceRegion?: string | null;
  /** Availability Zones an interface endpoint (and the NAT gateways) span. Default: 2. Allowed: a whole number from 1 to 6. */
  azCount?: number | null;
  /** Interface endpoints priced; by default one per awsServices name, at least 1. Default: follows `awsServices`. Allowed: a whole number from 1 to 1000. */
  endpointCount?: number | null;
  /** NAT gateways on the public path; by default one per Availability Zone; 0 is priced as 1. Default: follows `azCount`. Allowed: a whole number from 0 to 100. */
  natGatewayCount?: number | null;
  /** NAT gateways already exist for other egress. Default: `false`. Allowed: `true` or `false`. */
  hasNatGateway?: boolean | null;
  /** No rule requires a private path: the traffic may use the public endpoint. Default: `false`. Allowed: `true` or `false`. */
  allowInternetPath?: boolean | null;
  /** Data processed per month in GB (1 TB = 1,024 GB). Default: 100. Allowed: 0 to 1,048,576,000 GB. */
  gbPerMonth?: number | null;
  /** Hours each endpoint or NAT gateway runs; partial hours are billed as whole hours, so it is rounded up. Default: 730. Allowed: more than 0 and at most 744 hours. */
  hoursPerMonth?: number | null;
  /** Sustained throughput needed. Default: none. Allowed: 0 to 100,000 Gbps. */
  peakGbps?: number | null;
  /** Share of gbPerMonth from remote clients (on premises, other Regions) when trafficFrom mixes them with clients in VPCs, which use gateway endpoints: what a gateway+interface design sends through the interface endpoint. Default: 50. Allowed: 0 to 100 percent. */
  remoteTrafficPercent?: number | null;
  /** Access must be enforced with security groups at the endpoint. Default: `false`. Allowed: `true` or `false`. */
  requireSecurityGroups?: boolean | null;
  /** Clients must reach the service at private IP addresses. Default: `false`. Allowed: `true` or `false`. */
  requirePrivateIps?: boolean | null;
  /** Which IP versions the clients use: IPv4 only, both, or IPv6 only. Default: `"ipv4"`. Allowed: one of `"ipv4"`, `"dualstack"`, `"ipv6"`. */
  ipAddressType?: IpAddressType | null;
}

/** One row of `scenarioFields()`: what a `Scenario` field accepts. Keys that do not apply are null. */
export interface ScenarioField {
  /** As in `Scenario` (camelCase). */
  name: keyof Scenario;
  type: 'string' | 'string[]' | 'integer' | 'number' | 'boolean';
  /** Only `service` is required. */
  required: boolean;
  /** The value used when the field is absent or null; null when required, absent, or derived. */
  default: string | string[] | number | boolean | null;
  /** The field a derived default follows (`serviceRegion` follows `region`), or null. */
  defaultFrom: string | null;
  min: number | null;
  max: number | null;
  /** True when `min` itself is not allowed (more than `min`). */
  aboveMin: boolean;
  unit: string | null;
  /** The longest list allowed, for lists of free names. */
  maxItems: number | null;
  /** The allowed strings of a choice (or of each item of a list of choices). */
  values: string[] | null;
  /** A Region code of `catalog().regions`. */
  region: boolean;
  /** One line for people. */
  doc: string;
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
  /**
   * On an unverified line (from `advise` and `plan`): what could not be confirmed, in words, and
   * how far the line could be off. `couldBe`: `"lower"` (the line could be too high by
   * `byUsd`), `"higher"` (too low by `byUsd`) or `"unknown"` (no bound; `byUsd` absent).
   * Absent on verified lines.
   */
  doubt?: { text: string; couldBe: 'lower' | 'higher' | 'unknown'; byUsd?: number };
}

/** What one option would cost, and whether it can carry the traffic at all. */
export interface CostOption {
  kind: OptionKind;
  eligible: boolean;
  /** Why the option cannot carry this traffic (only when `eligible` is false). */
  whyNot?: string;
  monthlyUsd: number;
  lines: BillLine[];
  /**
   * Other ways to build the same option, each priced in full. Present only on the NAT option:
   * `[{ id: "regional-nat-gateway", ... }]`, a regional NAT gateway in place of the zonal ones.
   */
  alternatives?: CostAlternative[];
}

/** A priced alternative build of an option (see `CostOption.alternatives`). */
export interface CostAlternative {
  /** Stable id: `"regional-nat-gateway"`. */
  id: string;
  title: string;
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
  /**
   * Volume (GB/month) above which an interface endpoint costs less than the NAT path, or null;
   * null also where no NAT path could carry the traffic (no public endpoint, or clients on
   * premises, in peered VPCs or in other Regions).
   */
  breakEvenGbPerMonth: number | null;
  warnings: Warning[];
  region: string;
  /** The price catalogue's date, YYYY-MM-DD. */
  pricesAsOf: string;
  currency: 'USD';
}

/** Where figures come from. */
export interface CatalogSource {
  id: string;
  title: string;
  url: string;
  /** The date of this source's figures (a feed's publication day, or when a page was read), YYYY-MM-DD. */
  asOf: string;
  /** `aws-feed`: an AWS price feed or Price List offer file (or a verbatim copy); `aws-page`: an AWS page; `third-party-copy`: figures as another project reproduced them. */
  class: 'aws-feed' | 'aws-page' | 'third-party-copy';
  /** The class as a reader sees it, e.g. "AWS price feed or offer file". */
  classTitle: string;
  /** Title, class and date in one line, e.g. for a price link's tooltip. */
  citation: string;
}

export interface Catalog {
  /** The prices' date, YYYY-MM-DD: the oldest date among the sources the rates cite. */
  asOf: string;
  currency: 'USD';
  regions: { code: string; name: string }[];
  sources: CatalogSource[];
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

/** One destination of a plan: a service its VPCs use, with its volume. */
export interface PlanDestination {
  /** `s3`, `s3-express`, `dynamodb`, `dynamodb-streams` or `aws-service` (others are advised one at a time by `advise`). */
  service: Service;
  /** For `"aws-service"`: one PrivateLink name (`"sqs"`, `"ecr.dkr"`); unknown names are rejected with the closest known ones. */
  awsService?: string | null;
  /** Total over all VPCs, GB a month, both directions. Default 100; 0 – 1,048,576,000. */
  gbPerMonth?: number | null;
  /**
   * Default `["same-vpc"]`: the VPCs' own workloads. `"peered-vpc"` and `"transit-gateway"` are
   * VPCs counted in `vpcCount`, each with its own gateway endpoints; remote sources (on premises,
   * other Regions) need interface endpoints.
   */
  trafficFrom?: TrafficSource[] | null;
  /** 0–100, default 50: the on-premises and other-Region share when `trafficFrom` mixes them with VPC sources. */
  remoteTrafficPercent?: number | null;
  /** Default: the plan's `region`; only services AWS lists as reachable across Regions through PrivateLink. */
  serviceRegion?: string | null;
}

/** The ids of the plan's presets (each the endpoint set AWS documents for the workload). */
export type PlanPreset = 'eks-private-cluster' | 'ecs-fargate-no-nat' | 'ssm-session-manager' | 'lambda-in-vpc';

/** The ids of the plan's designs (stable). */
export type PlanDesignId = 'nat' | 'per-vpc' | 'nat+endpoints' | 'centralised';

/** `plan(input)`: every field but `destinations` (or `preset`) has a default; `null` means the default. */
export interface PlanInput {
  /** 1–50 destinations, one per service. With a `preset`, these replace the preset's entry for the same service or add to it. */
  destinations?: PlanDestination[] | null;
  preset?: PlanPreset | null;
  /** Default `"us-east-1"`. */
  region?: string | null;
  /** VPCs whose workloads use the destinations: 1–1000, default 1; the volume splits evenly. */
  vpcCount?: number | null;
  /** The VPCs are attached to one Transit Gateway (enables `"centralised"`). Default false. */
  transitGateway?: boolean | null;
  /** AZs with clients in each VPC: 1–6, default 2. */
  azCount?: number | null;
  /** AZs that get interface endpoints: 1..azCount, default azCount; clients elsewhere cross AZs. */
  endpointAzCount?: number | null;
  hasNatGateway?: boolean | null;
  allowInternetPath?: boolean | null;
  requireSecurityGroups?: boolean | null;
  requirePrivateIps?: boolean | null;
  /** Default 730; rounded up to whole hours. */
  hoursPerMonth?: number | null;
  /** The clients' IP version. Default `"ipv4"`. */
  ipAddressType?: 'ipv4' | 'dualstack' | 'ipv6' | null;
  /** Other interface endpoint traffic in the Region (GB a month), counted first in the processing tiers. Default 0. */
  existingPrivateLinkGbPerMonth?: number | null;
}

/** One endpoint a design builds. */
export interface PlanEndpoint {
  kind: 'gateway' | 'interface';
  /** As AWS names it, e.g. `com.amazonaws.us-east-1.sqs`. */
  serviceName: string;
  /**
   * `one-vpc`: an interface endpoint whose clients are all outside the VPCs (on premises or in
   * other Regions), built once in the VPC they reach. Peered and Transit Gateway-attached VPCs
   * with clients count among `vpcCount`, each with its own gateway endpoints.
   */
  placement: 'each-vpc' | 'one-vpc' | 'shared-services-vpc';
  /** How many such endpoints exist (one per VPC, or one). */
  vpcs: number;
  /** AZs with an endpoint network interface; null for gateway endpoints (route tables). */
  azCount: number | null;
  privateDns: boolean;
  ipAddressType: 'ipv4' | 'dualstack' | 'ipv6';
  gbPerMonth: number;
  note: string | null;
  /**
   * The Route 53 private hosted zone pointing the service's client-facing name at this
   * centralised endpoint (e.g. `kinesis.us-east-1.amazonaws.com`); null where none is built:
   * not centralised, a name not confirmed in the catalogue, DynamoDB and DynamoDB Streams (AWS
   * says not to override their names), or S3 while the VPCs keep S3 gateway endpoints.
   */
  hostedZone: string | null;
  /**
   * S3 interface endpoints with private DNS: the EC2 `PrivateDnsOnlyForInboundResolverEndpoint`
   * setting the Terraform export sets — true beside an S3 gateway endpoint (in-VPC S3 stays on
   * the gateway), false without one (AWS defaults it to true for S3, and true needs the gateway
   * endpoint). Null otherwise.
   */
  privateDnsOnlyForInboundResolverEndpoint: boolean | null;
}

/** One design, priced whether eligible or not. */
export interface PlanDesign {
  id: PlanDesignId;
  title: string;
  eligible: boolean;
  whyNot: string | null;
  monthlyUsd: number;
  lines: BillLine[];
  endpoints: PlanEndpoint[];
}

/** What `plan(input)` returns. */
export interface Plan {
  /** The cheapest eligible design; a tie goes to the simpler (earlier) one. */
  recommended: PlanDesignId;
  designs: PlanDesign[];
  /** Per destination, in the recommended design. */
  destinations: {
    service: Service;
    name: string;
    gbPerMonth: number;
    path: 'gateway' | 'interface' | 'gateway+interface' | 'gateway+nat' | 'nat';
    serviceNames: string[];
    /** Its share of the recommended bill; the shares add up to the total. */
    monthlyUsd: number;
    /** GB a month above which its endpoints cost less than NAT processing, or null. */
    breakEvenGbPerMonth: number | null;
  }[];
  /** The smallest VPC count at which `"centralised"` costs less than `"per-vpc"`, or null. */
  breakEvenVpcCount: number | null;
  reasons: Reason[];
  warnings: Warning[];
  assumptions: string[];
  preset: { id: PlanPreset; title: string; note: string; source: string } | null;
  /** The recommended design as Markdown, CSV of its lines, and Terraform (`aws_vpc_endpoint` with variables for the IDs). */
  exports: { markdown: string; csv: string; terraform: string };
  region: string;
  pricesAsOf: string;
  currency: 'USD';
  /**
   * What the recommended design saves a month against each other eligible design (their
   * total minus its total, exact to the cent), in `designs` order; empty when none is eligible.
   */
  savings: { design: PlanDesignId; title: string; monthlyUsd: number }[];
}

/** What `advise`, `plan` and `costCurve` throw. */
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
