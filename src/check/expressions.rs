//! The list of standard expressions (规范表述) shipped with banmian, from public news-writing
//! style guides and dictionaries (`assets/expressions.tsv`, each entry naming its source).

use std::sync::OnceLock;

pub use crate::model::Expression;

/// The shipped list, read once.
pub fn standard_expressions() -> &'static [Expression] {
    static LIST: OnceLock<Vec<Expression>> = OnceLock::new();
    LIST.get_or_init(|| parse(include_str!("../../assets/expressions.tsv")))
}

/// Reads a list: a line per entry, wrong, right (empty: use with care) and source separated by
/// tabs; `#` starts a comment line.
fn parse(text: &str) -> Vec<Expression> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut cells = l.split('\t');
            let wrong = cells.next()?.trim().to_owned();
            let right = cells.next().map(str::trim).filter(|r| !r.is_empty());
            let source = cells.next().unwrap_or_default().trim().to_owned();
            (!wrong.is_empty()).then(|| Expression {
                wrong,
                right: right.map(str::to_owned),
                source,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_shipped_entry_names_its_source() {
        let list = super::standard_expressions();
        assert!(list.len() >= 20);
        assert!(list.iter().all(|e| !e.source.is_empty()), "{list:?}");
        assert!(
            list.iter().any(|e| e.right.is_none()),
            "some are use-with-care"
        );
    }
}
