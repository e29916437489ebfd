//! Glossary links: finds where each glossary term is first mentioned on a screen, so
//! the view can link that mention (and only that one) to the term's entry. Pure Rust,
//! tested natively.

use crate::content::Term;

/// A mention of a glossary term: byte offsets into one text, and the term's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub term: usize,
}

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

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// Finds `needle` in `text` as a whole word, from byte offset `from`.
fn find_word(text: &str, needle: &str, from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(i) = text[at..].find(needle) {
        let start = at + i;
        let end = start + needle.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !is_word_char(before) && !is_word_char(after) {
            return Some(start);
        }
        at = start + needle.len();
    }
    None
}

/// For texts in reading order, the first mention of each term across all of them.
/// Longer terms win over shorter ones that overlap them ("Islamic Renaissance Party"
/// over "Islamic"); a term is linked at most once per screen.
pub fn first_mentions(glossary: &[Term], texts: &[&str]) -> Vec<Vec<Mention>> {
    let mut out: Vec<Vec<Mention>> = vec![Vec::new(); texts.len()];
    let mut order: Vec<usize> = (0..glossary.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(head(&glossary[i].term).len()));
    for ti in order {
        let needle = head(&glossary[ti].term);
        if needle.len() < 3 {
            continue;
        }
        'texts: for (k, text) in texts.iter().enumerate() {
            let mut from = 0;
            while let Some(start) = find_word(text, needle, from) {
                let end = start + needle.len();
                let overlaps = out[k].iter().any(|m| start < m.end && m.start < end);
                if !overlaps {
                    out[k].push(Mention {
                        start,
                        end,
                        term: ti,
                    });
                    break 'texts;
                }
                from = end;
            }
        }
    }
    for v in &mut out {
        v.sort_by_key(|m| m.start);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(t: &str) -> Term {
        Term {
            term: t.into(),
            variants: vec![],
            definition: String::new(),
            cite: vec![],
        }
    }

    #[test]
    fn links_only_the_first_whole_word_mention() {
        let g = [term("UTO (United Tajik Opposition)"), term("Kulyab")];
        let texts = [
            "The UTOX and the UTO met.",
            "Kulyabi fighters; the UTO; Kulyab.",
        ];
        let m = first_mentions(&g, &texts);
        let uto = texts[0].rfind("UTO").unwrap();
        assert_eq!(
            m[0],
            vec![Mention {
                start: uto,
                end: uto + 3,
                term: 0
            }]
        );
        let kulyab = texts[1].rfind("Kulyab").unwrap();
        assert_eq!(
            m[1],
            vec![Mention {
                start: kulyab,
                end: kulyab + 6,
                term: 1
            }]
        );
    }

    #[test]
    fn longer_terms_win_and_anchors_are_stable() {
        let g = [term("Islamic"), term("Islamic Renaissance Party")];
        let m = first_mentions(&g, &["The Islamic Renaissance Party."]);
        assert_eq!(m[0].len(), 1);
        assert_eq!(m[0][0].term, 1);
        assert_eq!(
            anchor("CNR (Commission on National Reconciliation)"),
            "term-cnr"
        );
        assert_eq!(anchor("Gorno-Badakhshan"), "term-gorno-badakhshan");
        assert_eq!(anchor("30 per cent quota"), "term-30-per-cent-quota");
    }
}
