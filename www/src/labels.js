// The words the views share: option titles (from the Wasm's catalogue), the order options are
// listed in, and the labels of the scenario's choices.

/** Titles of the options by kind, from `catalog().options`; unknown kinds show as they are. */
export function optionTitles(catalog) {
  const titles = new Map(catalog.options.map((o) => [o.kind, o.title]));
  const title = (kind) => titles.get(kind) || String(kind);
  return {
    title,
    /** "Interface" for "Interface endpoints (PrivateLink)": for chart labels. */
    shortTitle: (kind) => title(kind).replace(/ \(.*\)| endpoints?/g, ''),
  };
}

/** Where the scenario has no documented private path, the tree's answer is the closest one. */
export const verdictLead = (advice) =>
  (advice.options.some((o) => o.kind === advice.recommendation && !o.eligible)
    ? 'Closest private option: '
    : 'Recommended: ');

/** Eligible options first, the recommended one at the top, then by cost. */
export const byRecommendation = (options, recommended) => [...options].sort((a, b) =>
  (b.kind === recommended) - (a.kind === recommended) || b.eligible - a.eligible || a.monthlyUsd - b.monthlyUsd);

export const CLIENT_LOCATIONS = {
  'same-vpc': 'The same VPC',
  'peered-vpc': 'A peered VPC',
  'transit-gateway': 'VPCs behind a Transit Gateway',
  'on-premises': 'On-premises (VPN or Direct Connect)',
  'other-region': 'Another Region',
};

export const YES_NO_QUESTIONS = {
  allowInternetPath: 'May the traffic take the service’s public endpoint through a NAT or internet gateway?',
  requireSecurityGroups: 'Must security groups at the endpoint control access?',
  requirePrivateIps: 'Must clients reach the service at private IP addresses?',
  hasNatGateway: 'Do NAT gateways already exist for other egress?',
};
