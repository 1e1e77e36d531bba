//! The catalogue as the page sees it: Regions to choose from, sources to cite, dates and
//! versions to print in the footer.

use crate::approach::Approach;
use crate::catalog::Catalog;
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
            options: Approach::ALL
                .into_iter()
                .map(|kind| OptionView {
                    kind,
                    title: kind.title(),
                })
                .collect(),
        }
    }
}
