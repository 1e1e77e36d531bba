//! The AWS pages the decision tree and the comparison matrix rest on, each stored once.
//!
//! Every reason and every matrix cell names one of these; both `decide` and `compare` import
//! this module, which imports nothing.

/// Gateway endpoints (PrivateLink guide).
pub const PL_GW: &str = "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html";
/// AWS PrivateLink quotas: endpoint counts and interface endpoint bandwidth.
pub const PL_QUOTAS: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html";
/// Gateway Load Balancer endpoints.
pub const PL_GWLB: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/vpce-gateway-load-balancer.html";
/// Resource endpoints ("Access VPC resources through AWS PrivateLink").
pub const PL_RES: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-resources.html";
/// Service-network endpoints.
pub const PL_SN: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/access-with-service-network-endpoint.html";
/// How VPC Lattice works: only an endpoint carries peering, TGW, VPN and DX traffic.
pub const LATTICE_HOW: &str = "https://docs.aws.amazon.com/vpc-lattice/latest/ug/how-it-works.html";
/// VPC Lattice access management: security groups, auth policies.
pub const LATTICE_ACCESS: &str =
    "https://docs.aws.amazon.com/vpc-lattice/latest/ug/access-management-overview.html";
/// Create an endpoint service: cross-Region access, AZs in common.
pub const PL_EPS: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html";
/// Cross-Region enabled AWS services.
pub const PL_XR_SVC: &str = "https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-cross-region-privatelink-support.html";
/// AWS services that integrate with AWS PrivateLink.
pub const PL_SVC_LIST: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-privatelink-support.html";
/// Access AWS services through AWS PrivateLink (interface endpoints, security groups).
pub const PL_AWS: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html";
/// AWS PrivateLink for Amazon S3.
pub const S3_PL: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/privatelink-interface-endpoints.html";
/// Networking for directory buckets (S3 Express One Zone).
pub const S3X_NET: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-networking.html";
/// S3 Express One Zone tutorial, step 1: the gateway endpoint.
pub const S3X_TUT: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-tutorial-endpoints.html";
/// AWS PrivateLink for DynamoDB.
pub const DDB_PL: &str = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/privatelink-interface-endpoints.html";
/// AWS PrivateLink for DynamoDB Streams.
pub const DDB_STREAMS: &str =
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/privatelink-streams.html";
/// DynamoDB PrivateLink launch blog: gateway for in-VPC, interface for on-premises.
pub const DDB_BLOG: &str = "https://aws.amazon.com/blogs/database/simplify-private-connectivity-to-amazon-dynamodb-with-aws-privatelink/";
/// Private DNS for S3 interface endpoints, inbound-resolver-only option.
pub const S3_DNS_BLOG: &str = "https://aws.amazon.com/blogs/storage/introducing-private-dns-support-for-amazon-s3-with-aws-privatelink/";
/// EC2 API `DnsOptionsSpecification` (`PrivateDnsOnlyForInboundResolverEndpoint`).
pub const EC2_DNS: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DnsOptionsSpecification.html";
/// Cross-Region connectivity for AWS PrivateLink (endpoint services, 2024-11).
pub const XR_BLOG: &str = "https://aws.amazon.com/blogs/networking-and-content-delivery/introducing-cross-region-connectivity-for-aws-privatelink/";
/// AWS PrivateLink pricing.
pub const PL_PRICE: &str = "https://aws.amazon.com/privatelink/pricing/";
/// Centralised interface endpoints in a multi-VPC network (whitepaper).
pub const WP_CENTRAL: &str = "https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/centralized-access-to-vpc-private-endpoints.html";
/// Centralised egress to the internet through Transit Gateway (whitepaper).
pub const WP_EGRESS: &str = "https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/centralized-egress-to-internet.html";
/// Data transfer costs for common architectures (NAT vs gateway endpoint, inter-Region).
pub const DT_BLOG: &str = "https://aws.amazon.com/blogs/architecture/overview-of-data-transfer-costs-for-common-architectures/";
/// NAT gateways (VPC user guide): use gateway endpoints for S3 and DynamoDB.
pub const NAT_GW: &str = "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html";
/// Amazon VPC pricing (NAT gateway).
pub const VPC_PRICE: &str = "https://aws.amazon.com/vpc/pricing/";
/// AWS Direct Connect pricing: data transfer out over Direct Connect at its own per-GB rates.
pub const DX_PRICE: &str = "https://aws.amazon.com/directconnect/pricing/";
/// AWS Transit Gateway pricing: attachment hours and per-GB processing of the traffic sent into it.
pub const TGW_PRICE: &str = "https://aws.amazon.com/transit-gateway/pricing/";
/// VPC peering limitations: no edge-to-edge routing through a gateway.
pub const PEERING: &str = "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html";
/// Route 53 Resolver inbound endpoints (on-premises DNS queries into a VPC).
pub const R53_INBOUND: &str = "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resolver-forwarding-inbound-queries.html";
/// Transit Gateway appliance mode for inspection VPCs (symmetric flows).
pub const TGW_APPLIANCE: &str =
    "https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-appliance-scenario.html";
/// Direct Connect virtual interfaces: a public VIF reaches AWS public services at public IPs.
pub const DX_VIF: &str =
    "https://docs.aws.amazon.com/directconnect/latest/UserGuide/WorkingWithVirtualInterfaces.html";
/// Amazon ECR interface endpoints (image layers come from S3).
pub const ECR_VPCE: &str =
    "https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html";
/// The end-of-support notice heading every page of the App Mesh guide (read 2026-11-30, English
/// and Spanish editions): "On September 30, 2026, AWS will discontinue support for AWS App Mesh";
/// after it neither the console nor App Mesh resources can be reached.
pub const APPMESH_END: &str =
    "https://docs.aws.amazon.com/app-mesh/latest/userguide/virtual_routers.html";
/// Amazon ECS interface endpoints: the agent's (`ecs-agent`, `ecs-telemetry`) need `ecs`.
pub const ECS_VPCE: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html";
/// Service networks in VPC Lattice: one association per VPC, endpoints for more.
pub const LATTICE_SN: &str =
    "https://docs.aws.amazon.com/vpc-lattice/latest/ug/service-networks.html";
/// AWS What's New (2022-04): no data transfer charge between Availability Zones for traffic to
/// PrivateLink endpoints, through Transit Gateways and Client VPN, from 2022-04-01.
pub const PL_XAZ_FREE: &str = "https://aws.amazon.com/about-aws/whats-new/2022/04/aws-data-transfer-price-reduction-privatelink-transit-gateway-client-vpn-services/";

// ---- Pages read for the second specialist review (quotes in docs/specialist-review.md). ----

/// Gateway Load Balancer endpoints: one AZ each, 10 Gbps per AZ scaling to 100, IP address types.
pub const PL_GWLBE: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-load-balancer-endpoints.html";
/// A Gateway Load Balancer endpoint service: "available in the Region where you created it".
pub const PL_GWLB_SERVICE: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service-gwlbe.html";
/// Gateway route tables: an internet or virtual private gateway's table can target a GWLB endpoint.
pub const VPC_GATEWAY_ROUTES: &str =
    "https://docs.aws.amazon.com/vpc/latest/userguide/gateway-route-tables.html";
/// AWS Prescriptive Guidance: inline inspection with Gateway Load Balancer and Transit Gateway.
pub const PG_INSPECTION: &str = "https://docs.aws.amazon.com/prescriptive-guidance/latest/inline-traffic-inspection-third-party-appliances/welcome.html";
/// Manage resource endpoints: their security groups.
pub const PL_RES_MANAGE: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/manage-resource-endpoint.html";
/// Access service networks through AWS PrivateLink: pricing, DNS, IP address types.
pub const PL_SN_ACCESS: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-service-networks.html";
/// Endpoint policies: interface and gateway endpoints to AWS services.
pub const PL_POLICIES: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html";
/// CloudFormation `AWS::EC2::VPCEndpoint`: "Security groups are supported only for interface endpoints".
pub const CFN_VPCE: &str =
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-vpcendpoint.html";
/// Create an interface endpoint: IP address types (IPv6 needs IPv6-only subnets and a service that accepts it).
pub const PL_CREATE_IF: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html";
/// Share your services: endpoint services and cross-Region access.
pub const PL_SHARE: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html";
/// NAT gateway basics: NAT64 for IPv6 traffic, a quota per AZ.
pub const NAT_BASICS: &str =
    "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html";
/// Regional NAT gateways: one gateway that expands across the AZs with workloads.
pub const NAT_REGIONAL: &str =
    "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateways-regional.html";
/// DNS64 and NAT64: IPv6-only subnets reaching IPv4 destinations.
pub const NAT64: &str =
    "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-nat64-dns64.html";
/// Egress-only internet gateways: outbound-only IPv6.
pub const EIGW: &str =
    "https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html";
/// Amazon VPC quotas: NAT gateways per Availability Zone.
pub const VPC_QUOTAS: &str =
    "https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html";
/// AWS Knowledge Center: private DNS on an API Gateway (execute-api) endpoint covers every API's
/// default name, so public APIs called from the VPC answer HTTP 403.
pub const APIGW_VPC_403: &str =
    "https://aws.amazon.com/premiumsupport/knowledge-center/api-gateway-vpc-connections/";
/// What's new, 2025-11: IPv6 for Amazon S3 gateway and interface VPC endpoints.
pub const S3_IPV6_NEWS: &str = "https://aws.amazon.com/about-aws/whats-new/2025/11/ipv6-amazon-s3-gateway-interface-vpc-endpoints/";

// ---- Pages read for the fourth specialist review (quotes in docs/specialist-review.md). ----

/// Resource gateways in VPC Lattice: "At least one Availability Zone of the VPC endpoint and the
/// resource gateway have to overlap."
pub const LATTICE_RESOURCE_GW: &str =
    "https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html";
/// Access network segments through AWS PrivateLink: tunnel VPC endpoints to a CIDR-type
/// resource configuration, GENEVE-encapsulated.
pub const PL_TUNNEL: &str =
    "https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-cidr-ranges.html";
