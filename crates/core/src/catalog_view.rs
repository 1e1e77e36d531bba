//! The catalogue as the page sees it: Regions to choose from, sources to cite, dates and
//! versions to print in the footer, and for the whole-VPC plan the PrivateLink service names a
//! destination can take and the presets a reader can start from.

use crate::approach::Approach;
use crate::catalog::Catalog;
use crate::plan::services;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CatalogView {
    pub as_of: &'static str,
    pub currency: &'static str,
    pub regions: Vec<RegionView>,
    pub sources: Vec<SourceView>,
    /// The crate's version (the npm package carries the same).
    pub version: &'static str,
    /// Every approach the advice can name, with the title a person reads (serialised as
    /// `options`, the public name).
    #[serde(rename = "options")]
    pub approaches: Vec<ApproachView>,
    /// The PrivateLink service names `plan` knows (for a destination's autocomplete).
    pub private_link_services: Vec<ServiceView>,
    /// The presets `plan` accepts (`preset`), each with its destinations and its AWS source.
    pub presets: Vec<PresetView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceView {
    pub name: &'static str,
    pub title: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PresetView {
    pub id: &'static str,
    pub title: &'static str,
    /// The destinations' names (`"s3"`, `"dynamodb"` or a PrivateLink name).
    pub names: Vec<&'static str>,
    /// The AWS page that documents the preset's endpoints.
    #[serde(rename = "source")]
    pub url: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ApproachView {
    pub kind: Approach,
    pub title: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionView {
    pub code: &'static str,
    pub name: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceView {
    pub id: &'static str,
    pub title: &'static str,
    pub url: &'static str,
    /// The date of this source's figures; the catalogue's `asOf` is the oldest of them.
    pub as_of: &'static str,
    /// `"aws-feed"`, `"aws-page"` or `"third-party-copy"`.
    pub class: &'static str,
    /// The class as a reader sees it, e.g. "AWS price feed or offer file".
    pub class_title: &'static str,
    /// One line naming the source, its class and its date, e.g. "AWS price feed vpc.json,
    /// published 2025-11-04 (AWS price feed or offer file, as of 2025-11-04)": what a bill's
    /// price link shows, so that each rate's own date is one hover away.
    pub citation: String,
}

impl CatalogView {
    pub fn of(catalog: &Catalog) -> CatalogView {
        CatalogView {
            as_of: catalog.as_of,
            currency: catalog.currency,
            regions: catalog
                .regions
                .iter()
                .map(|r| RegionView {
                    code: r.code,
                    name: r.name,
                })
                .collect(),
            sources: catalog
                .sources
                .iter()
                .map(|s| SourceView {
                    id: s.id,
                    title: s.title,
                    url: s.url,
                    as_of: s.as_of,
                    class: s.class.key(),
                    class_title: s.class.title(),
                    citation: format!("{} ({}, as of {})", s.title, s.class.title(), s.as_of),
                })
                .collect(),
            version: env!("CARGO_PKG_VERSION"),
            approaches: Approach::ALL
                .into_iter()
                .map(|kind| ApproachView {
                    kind,
                    title: kind.title(),
                })
                .collect(),
            private_link_services: services::SERVICES
                .iter()
                .map(|s| ServiceView {
                    name: s.name,
                    title: s.title,
                })
                .collect(),
            presets: services::PRESETS
                .iter()
                .map(|p| PresetView {
                    id: p.id,
                    title: p.title,
                    names: p.items.iter().map(|i| i.name).collect(),
                    url: p.source,
                })
                .collect(),
        }
    }
}
