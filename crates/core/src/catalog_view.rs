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
    /// Every approach the advice can name, with the title a person reads (serialised as
    /// `options`, the public name).
    #[serde(rename = "options")]
    pub approaches: Vec<ApproachView>,
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
            approaches: Approach::ALL
                .into_iter()
                .map(|kind| ApproachView {
                    kind,
                    title: kind.title(),
                })
                .collect(),
        }
    }
}
