//! Glossary links: finds where each glossary term is first mentioned on a screen, so
//! the view can link that mention (and only that one) to the term's entry. Pure Rust,
//! tested natively.

/// A mention of a glossary term: byte offsets into one text, and the term's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub term: usize,
}

pub use crate::names::{anchor, head};

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
/// `terms` are the glossary's terms as the active language spells them.
pub fn first_mentions(terms: &[&str], texts: &[&str]) -> Vec<Vec<Mention>> {
    let mut out: Vec<Vec<Mention>> = vec![Vec::new(); texts.len()];
    let mut order: Vec<usize> = (0..terms.len()).collect();
    crate::small::sort_by_key(&mut order, |&i| std::cmp::Reverse(head(terms[i]).len()));
    for ti in order {
        let needle = head(terms[ti]);
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
        crate::small::sort_by_key(v, |m| m.start);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_only_the_first_whole_word_mention() {
        let g = ["UTO (United Tajik Opposition)", "Kulyab"];
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
        let g = ["Islamic", "Islamic Renaissance Party"];
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
