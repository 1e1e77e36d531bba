// The inputs the Node benches time, the same as the native ones (crates/core/benches/).

/**
 * The plan input criterion times as `plan/<d>x<v>` (crates/core/benches/inputs `plan_input`):
 * the first `destinations` PrivateLink services of `wasm.catalog()`, 1,000 GB each, over `vpcs`
 * VPCs on a Transit Gateway.
 */
export const planInputOf = (wasm, destinations, vpcs) => ({
  vpcCount: vpcs,
  transitGateway: true,
  hasNatGateway: true,
  allowInternetPath: true,
  destinations: wasm.catalog().privateLinkServices.slice(0, destinations)
    .map((s) => ({ service: 'aws-service', awsService: s.name, gbPerMonth: 1000 })),
});
