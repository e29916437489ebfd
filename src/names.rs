//! Names made from glossary terms. A leaf module: `build.rs` includes it too, to give every
//! term an anchor made from its English spelling, the same in every language.

/// The words a term is recognised by in running text: the term up to any bracketed
/// expansion ("CNR (Commission on National Reconciliation)" is found as "CNR").
pub fn head(term: &str) -> &str {
    term.split(" (").next().unwrap_or(term).trim()
}

/// The anchor id of a term's glossary entry, e.g. "term-gorno-badakhshan".
pub fn anchor(term: &str) -> String {
    let mut id = String::from("term-");
    let mut dash = false;
    for c in head(term).chars() {
        if c.is_alphanumeric() {
            id.extend(c.to_lowercase());
            dash = false;
        } else if !dash && !id.ends_with('-') {
            id.push('-');
            dash = true;
        }
    }
    id.trim_end_matches('-').to_string()
}
