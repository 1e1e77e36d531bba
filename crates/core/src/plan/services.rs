//! The PrivateLink service names a plan accepts, what AWS documents about each that changes a
//! design (a dependency on another endpoint, IPv6, Regions), "did you mean" suggestions for
//! names that are not PrivateLink names, and the presets (the endpoint sets AWS documents for
//! common workloads).
//!
//! The list is the commonly used part of "AWS services that integrate with AWS PrivateLink"
//! (`references::PL_SVC_LIST`), as the last part of `com.amazonaws.<region>.<name>`. A name not
//! in it is rejected with the closest known names rather than priced as a guess.

use crate::references::{DDB_STREAMS, ECR_VPCE, ECS_VPCE, PL_SVC_LIST};

/// What the catalogue knows about one PrivateLink service name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceInfo {
    /// The last part of `com.amazonaws.<region>.<name>`, e.g. `"ecr.dkr"`.
    pub name: &'static str,
    pub title: &'static str,
    /// `Some(true)` where an AWS page says the service accepts IPv6 through its interface
    /// endpoint; `None` where the catalogue has not confirmed it (never guessed as `true`).
    pub ipv6: Option<bool>,
    /// The Regions the service is offered in, where known; `None`: not recorded here (check
    /// `aws ec2 describe-vpc-endpoint-services` in the Region).
    pub regions: Option<&'static [&'static str]>,
    /// Global names have no Region part: `com.amazonaws.iam`.
    pub global: bool,
    /// The DNS name clients call, which a private hosted zone standing in for the endpoint's
    /// private DNS must carry. Never derived from the PrivateLink name (`kinesis-streams` is
    /// called at `kinesis.<region>.amazonaws.com`).
    pub dns: Dns,
}

/// What the catalogue knows about the DNS name clients call for a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dns {
    /// Not confirmed here from an AWS page: no hosted zone is built or priced for it; clients
    /// in other VPCs use the endpoint's own DNS names (`vpce-….<service>.<region>.vpce.amazonaws.com`).
    Unverified,
    /// `<host>.<region>.amazonaws.com` (with `*.` under it too when `wildcard`), as `source` lists it.
    Name {
        host: &'static str,
        wildcard: bool,
        /// The AWS page. Every name is written beside it and the unit tests check it, but nothing
        /// the widget shows reads it, so the shipped Wasm does not carry the strings.
        #[cfg(test)]
        source: &'static str,
    },
    /// AWS says not to override the service's names with a private hosted zone: clients use the
    /// endpoint-specific names.
    NoOverride { source: &'static str },
}

const fn svc(name: &'static str, title: &'static str) -> ServiceInfo {
    ServiceInfo {
        name,
        title,
        ipv6: None,
        regions: None,
        global: false,
        dns: Dns::Unverified,
    }
}

const fn svc6(name: &'static str, title: &'static str) -> ServiceInfo {
    ServiceInfo {
        ipv6: Some(true),
        ..svc(name, title)
    }
}

/// A service whose client-facing name `<host>.<region>.amazonaws.com` an AWS page lists.
const fn named(info: ServiceInfo, host: &'static str, source: &'static str) -> ServiceInfo {
    with_name(info, host, false, source)
}

/// A service whose clients call sub-names of `<host>.<region>.amazonaws.com` (`*.` under it), as
/// `source` shows them: the zone carries both.
const fn wildcard(info: ServiceInfo, host: &'static str, source: &'static str) -> ServiceInfo {
    with_name(info, host, true, source)
}

#[cfg_attr(not(test), allow(unused_variables))]
const fn with_name(
    info: ServiceInfo,
    host: &'static str,
    wildcard: bool,
    source: &'static str,
) -> ServiceInfo {
    ServiceInfo {
        dns: Dns::Name {
            host,
            wildcard,
            #[cfg(test)]
            source,
        },
        ..info
    }
}

/// AWS General Reference, "<service> endpoints and quotas": each page lists the Regional names.
macro_rules! gr {
    ($page:literal) => {
        concat!("https://docs.aws.amazon.com/general/latest/gr/", $page)
    };
}
/// Session Manager prerequisites: the agent calls `ssm`, `ssmmessages` and `ec2messages` at
/// `<name>.<region>.amazonaws.com`.
const SSM_NAMES: &str =
    "https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-prerequisites.html";
/// "Endpoints supported by Amazon Bedrock": inference calls go to
/// `bedrock-runtime.{region}.amazonaws.com`.
const BEDROCK_NAMES: &str = "https://docs.aws.amazon.com/bedrock/latest/userguide/endpoints.html";
/// "Service endpoints for EBS direct APIs": `ebs.region.amazonaws.com`.
const EBS_NAMES: &str = "https://docs.aws.amazon.com/ebs/latest/userguide/using-endpoints.html";
/// The AWS CLI reference's `get-repository-endpoint` example: a repository is called at
/// `https://<domain>-<owner>.d.codeartifact.<region>.amazonaws.com/npm/<repo>/`.
const CODEARTIFACT_REPO_NAMES: &str =
    "https://docs.aws.amazon.com/cli/latest/reference/codeartifact/get-repository-endpoint.html";
/// AWS Knowledge Center, API Gateway from a VPC: the endpoint's private DNS name is
/// `*.execute-api.<region>.amazonaws.com`, the same names as public APIs' default invoke URLs, so
/// with it the VPC reaches no public API's default endpoint (HTTP 403) — a private API's page
/// (`apigateway-private-apis.html`) says the same of private DNS.
const EXECUTE_API_NAMES: &str =
    "https://aws.amazon.com/premiumsupport/knowledge-center/api-gateway-vpc-connections/";
/// "Amazon ECS interface VPC endpoints" (read 2026-11-30): the endpoints' private DNS names are
/// `ecs-a.<region>.amazonaws.com` (ecs-agent) and `ecs-t.<region>.amazonaws.com` (ecs-telemetry);
/// "if you use your own Route 53 private hosted zones instead of the endpoint's private DNS, create
/// hosted zones only for" `ecs.`, `ecs-a.` and `ecs-t.` (the numbered `ecs-a-1.…` names need no
/// records). The agent is handed those base names only when its `DiscoverPollEndpoint` call goes
/// through the `ecs` endpoint, so the page requires all three endpoints.
const ECS_NAMES: &str = ECS_VPCE;
/// "Connect to SageMaker through a VPC interface endpoint" (read 2026-11-30): with private DNS,
/// "the SageMaker Runtime DNS hostname that the CLI and SageMaker Runtime SDK use by default
/// (`https://runtime.sagemaker.Region.amazonaws.com`) resolves to your VPC endpoint".
const SAGEMAKER_RUNTIME_NAMES: &str =
    "https://docs.aws.amazon.com/sagemaker/latest/dg/interface-vpc-endpoint.html";
/// The SES guide's command-line test of the SMTP interface (read 2026-11-30): clients connect to
/// `email-smtp.us-west-2.amazonaws.com:587` ("replace … with the URL of the Amazon SES SMTP
/// endpoint for your AWS Region"); the VPC endpoint page (`send-email-set-up-vpc-endpoints.html`)
/// tests its `email-smtp` endpoint with that very procedure.
const SES_SMTP_NAMES: &str =
    "https://docs.aws.amazon.com/ses/latest/dg/send-email-smtp-client-command-line.html";
/// "Working with an AWS DMS replication instance" (read 2026-11-30): a table of
/// `dms.<region>.amazonaws.com` (and `dms-fips.…` in US and Canada Regions) for each Region.
const DMS_NAMES: &str =
    "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.html";
/// App Mesh setup troubleshooting (read 2026-11-30): "App Mesh's public Envoy management service
/// endpoints follow the … format `appmesh-envoy-management.region-code.amazonaws.com`", reached
/// through the internet or "a private VPC endpoint".
const APPMESH_NAMES: &str =
    "https://docs.aws.amazon.com/app-mesh/latest/userguide/troubleshooting-setup.html";

/// IAM's and STS's dual-stack endpoints can be reached privately through PrivateLink
/// ("Dual-stack endpoint support", IAM User Guide); S3 documents IP address types for its
/// interface endpoints (`references::S3_PL`).
pub const IPV6_SOURCE: &str =
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_dual-stack_endpoint_support.html";

/// Sorted by name; `find` relies on it.
pub const SERVICES: &[ServiceInfo] = &[
    named(
        svc("acm-pca", "AWS Private Certificate Authority"),
        "acm-pca",
        gr!("pca.html"),
    ),
    named(
        svc("application-autoscaling", "Application Auto Scaling"),
        "application-autoscaling",
        gr!("as-app.html"),
    ),
    // AWS ended support for App Mesh on 2026-09-30 (the end-of-support notice heading the App Mesh
    // guide's pages, e.g. `virtual_routers.html`, read 2026-11-30): the name stays accepted for
    // plans of meshes not yet migrated.
    named(
        svc("appmesh-envoy-management", "AWS App Mesh Envoy management"),
        "appmesh-envoy-management",
        APPMESH_NAMES,
    ),
    // The data plane (remote write, queries); the page lists the control plane, `aps`, apart.
    named(
        svc("aps-workspaces", "Amazon Managed Service for Prometheus"),
        "aps-workspaces",
        gr!("prometheus-service.html"),
    ),
    named(svc("athena", "Amazon Athena"), "athena", gr!("athena.html")),
    named(
        svc("autoscaling", "Amazon EC2 Auto Scaling"),
        "autoscaling",
        gr!("as.html"),
    ),
    named(svc("backup", "AWS Backup"), "backup", gr!("bk.html")),
    named(svc("batch", "AWS Batch"), "batch", gr!("batch.html")),
    named(
        svc("bedrock-runtime", "Amazon Bedrock runtime"),
        "bedrock-runtime",
        BEDROCK_NAMES,
    ),
    named(
        svc("cloudformation", "AWS CloudFormation"),
        "cloudformation",
        gr!("cfn.html"),
    ),
    named(
        svc("cloudtrail", "AWS CloudTrail"),
        "cloudtrail",
        gr!("ct.html"),
    ),
    // The page lists CodeArtifact in 13 Regions only (US, Mumbai, Singapore, Sydney, Tokyo,
    // Frankfurt, Ireland, London, Milan, Paris, Stockholm).
    named(
        svc("codeartifact.api", "AWS CodeArtifact API"),
        "codeartifact",
        gr!("codeartifact.html"),
    ),
    // Repositories are `<domain>-<owner>.d.codeartifact.<region>.amazonaws.com`: only `*.` names.
    wildcard(
        svc("codeartifact.repositories", "AWS CodeArtifact repositories"),
        "d.codeartifact",
        CODEARTIFACT_REPO_NAMES,
    ),
    named(
        svc("codebuild", "AWS CodeBuild"),
        "codebuild",
        gr!("codebuild.html"),
    ),
    // The API; Git itself is `git-codecommit`, a separate PrivateLink service.
    named(
        svc("codecommit", "AWS CodeCommit"),
        "codecommit",
        gr!("codecommit.html"),
    ),
    named(
        svc("codedeploy", "AWS CodeDeploy"),
        "codedeploy",
        gr!("codedeploy.html"),
    ),
    named(
        svc("codepipeline", "AWS CodePipeline"),
        "codepipeline",
        gr!("codepipeline.html"),
    ),
    named(svc("config", "AWS Config"), "config", gr!("awsconfig.html")),
    // The DMS guide lists the API's Regional names with the Regions it runs in; its
    // "Infrastructure security" page (`infrastructure-security.html`) adds that with the endpoint's
    // private DNS "you don't have to specify the endpoint URL".
    named(
        svc("dms", "AWS Database Migration Service"),
        "dms",
        DMS_NAMES,
    ),
    ServiceInfo {
        // "Do not create private hosted zones to override DynamoDB Streams endpoint DNS names".
        dns: Dns::NoOverride {
            source: DDB_STREAMS,
        },
        ..svc("dynamodb-streams", "Amazon DynamoDB Streams")
    },
    named(svc("ebs", "Amazon EBS direct APIs"), "ebs", EBS_NAMES),
    named(svc("ec2", "Amazon EC2 API"), "ec2", gr!("ec2-service.html")),
    named(
        svc("ec2messages", "Systems Manager (ec2messages)"),
        "ec2messages",
        SSM_NAMES,
    ),
    named(svc("ecr.api", "Amazon ECR API"), "api.ecr", gr!("ecr.html")),
    // Registries are `<account>.dkr.ecr.<region>.amazonaws.com`: the zone needs `*.` too.
    wildcard(
        svc("ecr.dkr", "Amazon ECR Docker registry"),
        "dkr.ecr",
        gr!("ecr.html"),
    ),
    named(svc("ecs", "Amazon ECS"), "ecs", gr!("ecs-service.html")),
    // `ecs-a.…` and `ecs-t.…`, never the numbered `ecs-a-1.…` names (public ones, returned when
    // the agent's `DiscoverPollEndpoint` call misses the `ecs` endpoint): see `ECS_NAMES`.
    named(svc("ecs-agent", "Amazon ECS agent"), "ecs-a", ECS_NAMES),
    named(
        svc("ecs-telemetry", "Amazon ECS telemetry"),
        "ecs-t",
        ECS_NAMES,
    ),
    named(svc("eks", "Amazon EKS API"), "eks", gr!("eks.html")),
    // Unverified: the EKS Auth API is called at an `api.aws` name (`eks-auth.<region>.api.aws`
    // in AWS SDKs and third-party write-ups), which `Dns::Name` (`<host>.<region>.amazonaws.com`)
    // cannot express. Searched to 2026-11-30 and not found on an AWS page: the EKS guide's
    // `vpc-interface-endpoints.html`, `pod-id-agent-setup.html` (any language: they say only that
    // nodes in private subnets need the `eks-auth` endpoint), `private-clusters.html`, the General
    // Reference `gr/eks.html` (lists `eks.` and `fips.eks.` only), re:Post and AWS blogs. Widening
    // the type for an unconfirmed name would be a guess.
    svc("eks-auth", "Amazon EKS Pod Identity"),
    named(
        svc("elasticache", "Amazon ElastiCache"),
        "elasticache",
        gr!("elasticache-service.html"),
    ),
    named(
        svc("elasticfilesystem", "Amazon EFS"),
        "elasticfilesystem",
        gr!("elasticfilesystem.html"),
    ),
    named(
        svc("elasticloadbalancing", "Elastic Load Balancing"),
        "elasticloadbalancing",
        gr!("elb.html"),
    ),
    named(
        svc("elasticmapreduce", "Amazon EMR"),
        "elasticmapreduce",
        gr!("emr.html"),
    ),
    named(
        svc("email-smtp", "Amazon SES SMTP"),
        "email-smtp",
        SES_SMTP_NAMES,
    ),
    named(
        svc("events", "Amazon EventBridge"),
        "events",
        gr!("ev.html"),
    ),
    // Private APIs are `<api-id>.execute-api.<region>.amazonaws.com`. The zone does what the
    // endpoint's private DNS does in its own VPC: every VPC associated with it reaches no public
    // API's default invoke URL any more (HTTP 403).
    wildcard(
        svc("execute-api", "Amazon API Gateway (private APIs)"),
        "execute-api",
        EXECUTE_API_NAMES,
    ),
    named(svc("glue", "AWS Glue"), "glue", gr!("glue.html")),
    // No zone: IAM's name has no Region part (`iam.amazonaws.com`, General Reference
    // `gr/iam-service.html`), which `Dns::Name` does not express; and the IAM guide
    // (`reference_iam_vpc_endpoint_create.html`, read 2026-11-30) creates `com.amazonaws.iam` only in
    // us-east-1, other Regions reaching it over Transit Gateway peering, which this plan does not model.
    ServiceInfo {
        global: true,
        ..svc6("iam", "AWS Identity and Access Management")
    },
    named(
        svc("kinesis-firehose", "Amazon Data Firehose"),
        "firehose",
        gr!("fh.html"),
    ),
    named(
        svc("kinesis-streams", "Amazon Kinesis Data Streams"),
        "kinesis",
        gr!("ak.html"),
    ),
    named(
        svc("kms", "AWS Key Management Service"),
        "kms",
        gr!("kms.html"),
    ),
    named(
        svc("kms-fips", "AWS KMS (FIPS)"),
        "kms-fips",
        gr!("kms.html"),
    ),
    named(
        svc("lambda", "AWS Lambda"),
        "lambda",
        gr!("lambda-service.html"),
    ),
    named(
        svc("logs", "Amazon CloudWatch Logs"),
        "logs",
        gr!("cwl_region.html"),
    ),
    named(
        svc("monitoring", "Amazon CloudWatch (metrics)"),
        "monitoring",
        gr!("cw_region.html"),
    ),
    named(svc("rds", "Amazon RDS API"), "rds", gr!("rds-service.html")),
    named(
        svc("redshift", "Amazon Redshift API"),
        "redshift",
        gr!("redshift-service.html"),
    ),
    named(
        svc("sagemaker.api", "Amazon SageMaker API"),
        "api.sagemaker",
        gr!("sagemaker.html"),
    ),
    named(
        svc("sagemaker.runtime", "Amazon SageMaker runtime"),
        "runtime.sagemaker",
        SAGEMAKER_RUNTIME_NAMES,
    ),
    named(
        svc("secretsmanager", "AWS Secrets Manager"),
        "secretsmanager",
        gr!("asm.html"),
    ),
    named(
        svc("servicecatalog", "AWS Service Catalog"),
        "servicecatalog",
        gr!("servicecatalog.html"),
    ),
    named(svc("sns", "Amazon SNS"), "sns", gr!("sns.html")),
    named(svc("sqs", "Amazon SQS"), "sqs", gr!("sqs-service.html")),
    named(svc("ssm", "AWS Systems Manager"), "ssm", SSM_NAMES),
    named(
        svc(
            "ssmmessages",
            "Systems Manager Session Manager (ssmmessages)",
        ),
        "ssmmessages",
        SSM_NAMES,
    ),
    // `states`; synchronous Express calls are `sync-states`, a separate PrivateLink service.
    named(
        svc("states", "AWS Step Functions"),
        "states",
        gr!("step-functions.html"),
    ),
    named(
        svc6("sts", "AWS Security Token Service"),
        "sts",
        gr!("sts.html"),
    ),
    // The Transfer Family API; SFTP servers are `transfer.server`, a separate PrivateLink service.
    named(
        svc("transfer", "AWS Transfer Family"),
        "transfer",
        gr!("transfer-service.html"),
    ),
    named(svc("xray", "AWS X-Ray"), "xray", gr!("xray.html")),
];

/// Names people write that are not PrivateLink names, and what they mean.
const ALIASES: &[(&str, &[&str])] = &[
    ("apigateway", &["execute-api"]),
    ("cloudwatch", &["monitoring", "logs"]),
    ("cloudwatch-logs", &["logs"]),
    ("dynamodb", &["(service \"dynamodb\")"]),
    ("ecr", &["ecr.api", "ecr.dkr"]),
    ("efs", &["elasticfilesystem"]),
    ("elb", &["elasticloadbalancing"]),
    ("eventbridge", &["events"]),
    ("firehose", &["kinesis-firehose"]),
    ("kinesis", &["kinesis-streams"]),
    ("s3", &["(service \"s3\")"]),
    ("secrets-manager", &["secretsmanager"]),
    ("session-manager", &["ssm", "ssmmessages", "ec2messages"]),
    ("step-functions", &["states"]),
    ("stepfunctions", &["states"]),
];

pub fn find(name: &str) -> Option<&'static ServiceInfo> {
    SERVICES
        .binary_search_by(|s| s.name.cmp(name))
        .ok()
        .map(|i| &SERVICES[i])
}

/// The known names closest to `name`: an alias's meaning if it is one, else up to three names
/// within a small edit distance (or sharing its first part before a dot).
pub fn suggestions(name: &str) -> Vec<&'static str> {
    if let Some((_, meant)) = ALIASES.iter().find(|(alias, _)| *alias == name) {
        return meant.to_vec();
    }
    // The three best in one pass (ties keep the list's order), without a sort's code size.
    let mut best: Vec<(usize, &'static str)> = Vec::with_capacity(4);
    for s in SERVICES {
        let d = distance(name, s.name);
        if d <= 2.max(name.len() / 3) || (!name.is_empty() && s.name.starts_with(name)) {
            let at = best
                .iter()
                .position(|(bd, _)| d < *bd)
                .unwrap_or(best.len());
            best.insert(at, (d, s.name));
            best.truncate(3);
        }
    }
    best.into_iter().map(|(_, n)| n).collect()
}

/// Levenshtein distance over bytes (names are ASCII), with one row of memory.
fn distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.bytes().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// An endpoint a service needs beside its own, as AWS documents it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Another interface endpoint (`ecr.dkr` needs `ecr.api`).
    Interface(&'static str),
    /// The bytes the service serves come from S3: an S3 gateway endpoint carries them.
    S3Bytes,
}

/// What each service needs beside itself, with the page that says so.
pub fn needs(name: &str) -> (&'static [Needs], &'static str) {
    match name {
        // "Amazon ECR uses Amazon S3 to store your image layers"; pulls need both ECR
        // endpoints and the S3 gateway endpoint.
        "ecr.dkr" => (&[Needs::Interface("ecr.api"), Needs::S3Bytes], ECR_VPCE),
        "ecr.api" => (&[Needs::Interface("ecr.dkr"), Needs::S3Bytes], ECR_VPCE),
        // The agent is handed the `ecs-a.`/`ecs-t.` names it resolves only through the `ecs`
        // endpoint (`ECS_NAMES`), so the ECS guide asks for all three.
        "ecs-agent" | "ecs-telemetry" => (&[Needs::Interface("ecs")], ECS_VPCE),
        _ => (&[], PL_SVC_LIST),
    }
}

/// One destination of a preset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PresetItem {
    /// `"s3"`, `"dynamodb"`, or a PrivateLink name for an `"aws-service"` destination.
    pub name: &'static str,
    pub gb_per_month: f64,
}

/// A starting set of destinations for a common workload.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Preset {
    pub id: &'static str,
    pub title: &'static str,
    pub items: &'static [PresetItem],
    pub note: &'static str,
    pub source: &'static str,
}

const fn item(name: &'static str, gb_per_month: f64) -> PresetItem {
    PresetItem { name, gb_per_month }
}

/// The presets, each the endpoint set its AWS page lists. Volumes are placeholders (10 GB for
/// API traffic; image pulls and logs larger) for the caller to replace.
pub const PRESETS: &[Preset] = &[
    Preset {
        id: "eks-private-cluster",
        title: "Amazon EKS private cluster (no outbound internet)",
        items: &[
            item("ec2", 10.0),
            item("ecr.api", 10.0),
            item("ecr.dkr", 100.0),
            item("s3", 10.0),
            item("elasticloadbalancing", 10.0),
            item("logs", 10.0),
            item("sts", 10.0),
            item("eks-auth", 10.0),
            item("eks", 10.0),
        ],
        note: "The endpoints the EKS guide lists for clusters without outbound internet access: EC2, ECR (API and registry) with the S3 gateway endpoint for image layers, Elastic Load Balancing, CloudWatch Logs, STS (IAM roles for service accounts), EKS Pod Identity (eks-auth) and the Amazon EKS API (eks). The guide also lists xray (tracing), ssm (node management) and com.amazonaws.route53: add them, or others your workloads call.",
        source: "https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html",
    },
    Preset {
        id: "ecs-fargate-no-nat",
        title: "Amazon ECS on Fargate without a NAT gateway",
        items: &[
            item("ecr.api", 10.0),
            item("ecr.dkr", 100.0),
            item("s3", 10.0),
            item("logs", 10.0),
        ],
        note: "Fargate tasks pulling from ECR need ecr.api, ecr.dkr and the S3 gateway endpoint (image layers); tasks using the awslogs driver need CloudWatch Logs. Add secretsmanager or ssm if task definitions reference secrets or parameters.",
        source: ECR_VPCE,
    },
    Preset {
        id: "ssm-session-manager",
        title: "AWS Systems Manager Session Manager without internet access",
        items: &[
            item("ssm", 10.0),
            item("ssmmessages", 10.0),
            item("ec2messages", 10.0),
        ],
        note: "Managed instances in private subnets need ssm, ssmmessages and ec2messages; add kms for encrypted sessions, logs or s3 for session logging.",
        source: "https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-create-vpc.html",
    },
    Preset {
        id: "lambda-in-vpc",
        title: "AWS Lambda functions in a VPC",
        items: &[
            item("s3", 10.0),
            item("dynamodb", 10.0),
            item("sqs", 10.0),
            item("secretsmanager", 10.0),
            item("sts", 10.0),
        ],
        note: "A function attached to a VPC has no internet access through it; it reaches each AWS service it calls through an endpoint (or a NAT gateway). AWS documents no fixed set: these are common ones; remove what your functions do not call.",
        source: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc-internet.html",
    },
];

pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_are_sorted_and_distinct() {
        assert!(SERVICES.windows(2).all(|w| w[0].name < w[1].name));
    }

    #[test]
    fn every_confirmed_name_cites_an_aws_page() {
        for s in SERVICES {
            if let Dns::Name { host, source, .. } = s.dns {
                assert!(
                    source.starts_with("https://docs.aws.amazon.com/")
                        || source.starts_with("https://aws.amazon.com/"),
                    "{}: {source}",
                    s.name
                );
                assert!(!host.is_empty() && !host.ends_with('.'), "{}", s.name);
            }
        }
    }

    #[test]
    fn only_eks_auth_and_iam_lack_a_confirmed_name() {
        // The two whose names no AWS page confirmed in the Dns::Name shape (reasons beside them).
        let unverified: Vec<&str> = SERVICES
            .iter()
            .filter(|s| s.dns == Dns::Unverified)
            .map(|s| s.name)
            .collect();
        assert_eq!(unverified, ["eks-auth", "iam"]);
        assert_eq!(
            find("ecs-agent").unwrap().dns,
            Dns::Name {
                host: "ecs-a",
                wildcard: false,
                source:
                    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html",
            }
        );
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("sqs", "sqs"), 0);
        assert_eq!(distance("sns", "sqs"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn ecr_suggests_both_ecr_endpoints() {
        assert_eq!(suggestions("ecr"), vec!["ecr.api", "ecr.dkr"]);
        assert!(suggestions("secretmanager").contains(&"secretsmanager"));
    }

    #[test]
    fn preset_names_are_known() {
        for p in PRESETS {
            for i in p.items {
                assert!(
                    find(i.name).is_some() || i.name == "s3" || i.name == "dynamodb",
                    "{}",
                    i.name
                );
            }
        }
    }
}
