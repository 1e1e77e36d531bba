//! `update-prices`: regenerates the price catalogue (`data/prices.json`) from AWS's pricing-page
//! feeds or from AWS Price List bulk offer files, and prints what changed for review.
//!
//! ```text
//! update-prices --feeds DIR [--out FILE] [--catalog FILE] [--dry-run]
//! update-prices --offers DIR [--out FILE] [--catalog FILE] [--as-of YYYY-MM-DD] [--prune]
//!     [--dry-run] [--rule FIELD=Offer:Usage[:Unit]]...
//! ```
//!
//! `--feeds DIR` reads `vpc.json`, `natgateway.json`, `route53.json` (the JSON AWS's pricing
//! pages render from) and `locations.json` (location name → Region code) and refreshes every
//! Region of the catalogue (`feeds`, `feed_update`); the result must pass the catalogue's own
//! validation before anything is written.
//!
//! DIR mirrors the Price List URL layout: `DIR/<OfferCode>/current/<region>/index.json` for
//! the offer codes AmazonVPC, AmazonEC2 and AWSDataTransfer. The flow: read the catalogue
//! (`json`), stream each offer file keeping only the products a rule wants (`offer`), match
//! rates by attributes (`rules`), apply them and diff (`update`), then write atomically.
//!
//! Exit status: 0 no change (nothing written), 1 changed (file written), 2 error (nothing
//! written). The review diff goes to stdout; rates that could not be refreshed, to stderr.
//! It never reads the clock: the new "asOf" is `--as-of`, or the newest publication date.
//! See docs/maintainers.md.

#![forbid(unsafe_code)]

mod feed_update;
mod feeds;
mod json;
mod offer;
mod rules;
mod update;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vpce_advisor_catalog_schema::{is_date, is_region_code};

const USAGE: &str = "usage: update-prices --feeds DIR [--out FILE] [--catalog FILE] [--dry-run]\n       update-prices --offers DIR [--out FILE] [--catalog FILE] [--as-of YYYY-MM-DD] [--prune] [--dry-run] [--rule FIELD=OfferCode:UsageSuffix[:Unit]]...";

/// Where the new figures come from.
enum Input {
    /// AWS Price List offer files, `DIR/<OfferCode>/current/<region>/index.json`.
    Offers(PathBuf),
    /// AWS pricing-page feeds, `DIR/{vpc,natgateway,route53,locations}.json`.
    Feeds(PathBuf),
}

struct Args {
    input: Input,
    out: PathBuf,
    catalog: PathBuf,
    as_of: Option<String>,
    prune: bool,
    dry_run: bool,
    rules: Vec<rules::Rule>,
}

fn parse_args(mut argv: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut offers = None;
    let mut feeds = None;
    let mut offers_only = Vec::new();
    let mut out = None;
    let mut catalog = None;
    let mut as_of = None;
    let mut prune = false;
    let mut dry_run = false;
    let mut rules = rules::default_rules();
    while let Some(flag) = argv.next() {
        let mut value = |name: &str| argv.next().ok_or(format!("{name} needs a value\n{USAGE}"));
        match flag.as_str() {
            "--offers" => offers = Some(PathBuf::from(value("--offers")?)),
            "--feeds" => feeds = Some(PathBuf::from(value("--feeds")?)),
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--catalog" => catalog = Some(PathBuf::from(value("--catalog")?)),
            "--as-of" => {
                let date = value("--as-of")?;
                if !is_date(&date) {
                    return Err(format!("--as-of {date:?}: expected YYYY-MM-DD"));
                }
                as_of = Some(date);
                offers_only.push("--as-of");
            }
            "--prune" => {
                prune = true;
                offers_only.push("--prune");
            }
            "--dry-run" => dry_run = true,
            "--rule" => {
                let rule = rules::parse_rule(&value("--rule")?)?;
                rules.retain(|r| r.field != rule.field);
                rules.push(rule);
                offers_only.push("--rule");
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    let input = match (offers, feeds) {
        (Some(dir), None) => Input::Offers(dir),
        (None, Some(dir)) => {
            if let Some(flag) = offers_only.first() {
                return Err(format!("{flag} applies to --offers only\n{USAGE}"));
            }
            Input::Feeds(dir)
        }
        (Some(_), Some(_)) => return Err(format!("give --feeds or --offers, not both\n{USAGE}")),
        (None, None) => return Err(format!("--feeds DIR or --offers DIR is required\n{USAGE}")),
    };
    let out = out.unwrap_or_else(|| PathBuf::from("data/prices.json"));
    let catalog = catalog.unwrap_or_else(|| out.clone());
    Ok(Args {
        input,
        out,
        catalog,
        as_of,
        prune,
        dry_run,
        rules,
    })
}

/// Reads every `DIR/<OfferCode>/current/<region>/index.json` of the known offer codes.
fn read_offers(dir: &Path, rules: &[rules::Rule]) -> Result<update::Offers, String> {
    if !dir.is_dir() {
        return Err(format!("--offers {}: not a directory", dir.display()));
    }
    let mut offers = update::Offers::new();
    let mut read = 0usize;
    for code in rules::OFFER_CODES {
        let current = dir.join(code).join("current");
        if !current.is_dir() {
            continue;
        }
        let entries = fs::read_dir(&current)
            .map_err(|e| format!("{}: cannot list: {e}", current.display()))?;
        let mut regions: Vec<String> = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: cannot list: {e}", current.display()))?;
            if entry.path().join("index.json").is_file() {
                regions.push(entry.file_name().to_string_lossy().into_owned());
            }
        }
        regions.sort();
        for region in regions {
            let path = current.join(&region).join("index.json");
            if !is_region_code(&region) {
                return Err(format!(
                    "{}: {region:?} is not a Region code",
                    path.display()
                ));
            }
            let keep = |p: &offer::Product| {
                rules
                    .iter()
                    .any(|r| r.offer_code == code && r.matches_any_region(p))
            };
            let offer = offer::read_offer(&path, &keep)?;
            if offer.offer_code != code {
                return Err(format!(
                    "{}: offerCode is {:?}, but the file sits under {code}/",
                    path.display(),
                    offer.offer_code
                ));
            }
            offers
                .entry(region)
                .or_default()
                .insert(code.to_string(), offer);
            read += 1;
        }
    }
    if read == 0 {
        return Err(format!(
            "{}: no offer files found (expected <OfferCode>/current/<region>/index.json for {})",
            dir.display(),
            rules::OFFER_CODES.join(", ")
        ));
    }
    Ok(offers)
}

/// Writes `text` to a temporary file beside `path`, then renames it over `path`, so a failed
/// run never leaves a half-written catalogue.
fn write_atomically(path: &Path, text: &str) -> Result<(), String> {
    let name = path
        .file_name()
        .ok_or_else(|| format!("{}: not a file path", path.display()))?;
    let tmp = path.with_file_name(format!(".{}.update-prices.tmp", name.to_string_lossy()));
    let result = fs::File::create(&tmp)
        .and_then(|mut f| {
            f.write_all(text.as_bytes())?;
            f.sync_all()
        })
        .and_then(|()| fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(format!("{}: cannot write: {e}", path.display()));
    }
    Ok(())
}

enum Status {
    Unchanged,
    Changed,
}

fn run(args: &Args) -> Result<Status, String> {
    let text = fs::read_to_string(&args.catalog)
        .map_err(|e| format!("{}: cannot read the catalogue: {e}", args.catalog.display()))?;
    let old = json::Json::parse(&text)
        .map_err(|e| format!("{}: malformed catalogue: {e}", args.catalog.display()))?;
    let outcome = match &args.input {
        Input::Offers(dir) => {
            let offers = read_offers(dir, &args.rules)?;
            update::update(
                &old,
                &offers,
                &args.rules,
                &update::Options {
                    as_of: args.as_of.clone(),
                    prune: args.prune,
                    offers_dir: dir.display().to_string(),
                },
            )?
        }
        Input::Feeds(dir) => {
            let outcome = feed_update::update(&old, &feeds::read_dir(dir)?)?;
            // The same rules the build applies: a catalogue the build would refuse is not written.
            vpce_advisor_catalog_schema::parse(&outcome.catalog.to_pretty()).map_err(
                |problems| format!("the refreshed catalogue would not be valid:\n{problems}"),
            )?;
            outcome
        }
    };

    for note in &outcome.notes {
        eprintln!("{note}");
    }
    if outcome.changed {
        for line in &outcome.diff {
            println!("{line}");
        }
        if outcome.diff.is_empty() {
            println!("(flags or fields changed, no rate or date)");
        }
    } else {
        println!("no change");
    }

    let same_file = args.out == args.catalog;
    if !args.dry_run && (outcome.changed || !same_file) {
        write_atomically(&args.out, &outcome.catalog.to_pretty())?;
    }
    Ok(if outcome.changed {
        Status::Changed
    } else {
        Status::Unchanged
    })
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(e) => {
            eprintln!("update-prices: {e}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(Status::Unchanged) => ExitCode::SUCCESS,
        Ok(Status::Changed) => ExitCode::from(1),
        Err(e) => {
            eprintln!("update-prices: error: {e}\nupdate-prices: nothing written");
            ExitCode::from(2)
        }
    }
}
