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
    /// Every option the advice can name, with the title a person reads.
    pub options: Vec<OptionView>,
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
    pub source: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionView {
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
    pub as_of: &'static str,
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
                })
                .collect(),
            version: env!("CARGO_PKG_VERSION"),
            options: Approach::ALL
                .into_iter()
                .map(|kind| OptionView {
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
                    source: p.source,
                })
                .collect(),
        }
    }
}
