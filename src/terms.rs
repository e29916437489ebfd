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
        // A hyphen after the term ends it: Tajik joins suffixes so ("ИНМТ-ро").
        if !is_word_char(before) && (after == Some('-') || !is_word_char(after)) {
            return Some(start);
        }
        at = start + needle.len();
    }
    None
}

/// A glossary term as running text may show it: its head ("CNR" for "CNR (Commission on
/// National Reconciliation)") and, comma-separated in `forms`, its other forms (the cases
/// of a Russian or Tajik noun).
pub fn needles<'a>(term: &'a str, forms: &'a str) -> Vec<&'a str> {
    std::iter::once(head(term))
        .chain(forms.split(',').map(str::trim))
        .filter(|n| n.chars().count() >= 3)
        .collect()
}

/// For texts in reading order, the first mention of each term across all of them.
/// Longer terms win over shorter ones that overlap them ("Islamic Renaissance Party"
/// over "Islamic"); a term is linked at most once per screen. `terms` gives, for each
/// glossary term, the words it is found by (see `needles`).
pub fn first_mentions(terms: &[Vec<&str>], texts: &[&str]) -> Vec<Vec<Mention>> {
    let mut out: Vec<Vec<Mention>> = vec![Vec::new(); texts.len()];
    let longest = |i: usize| terms[i].iter().map(|n| n.len()).max().unwrap_or(0);
    let mut order: Vec<usize> = (0..terms.len()).collect();
    crate::small::sort_by_key(&mut order, |&i| std::cmp::Reverse(longest(i)));
    for ti in order {
        'texts: for (k, text) in texts.iter().enumerate() {
            // The earliest free mention of any of the term's forms in this text.
            let mut best: Option<(usize, usize)> = None;
            for needle in &terms[ti] {
                let mut from = 0;
                while let Some(start) = find_word(text, needle, from) {
                    let end = start + needle.len();
                    if !out[k].iter().any(|m| start < m.end && m.start < end) {
                        if best.is_none_or(|(s, _)| start < s) {
                            best = Some((start, end));
                        }
                        break;
                    }
                    from = end;
                }
            }
            if let Some((start, end)) = best {
                out[k].push(Mention {
                    start,
                    end,
                    term: ti,
                });
                break 'texts;
            }
        }
    }
    for v in &mut out {
        crate::small::sort_by_key(v, |m| m.start);
    }
    out
}

/// Splits text into runs with and without Latin letters: (byte range, is Latin). A Latin
/// run is trimmed to its first and last letter, so that quotation marks and the spaces
/// around an English phrase stay with the surrounding text.
pub fn latin_runs(text: &str) -> Vec<(std::ops::Range<usize>, bool)> {
    let latin = |c: char| c.is_ascii_alphabetic();
    let other_script = |c: char| c.is_alphabetic() && !c.is_ascii_alphabetic();
    let mut out = Vec::new();
    let mut at = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if latin(chars[i].1) {
            // Extend over anything that is not another script's letter...
            let mut j = i;
            while j < chars.len() && !other_script(chars[j].1) {
                j += 1;
            }
            // ...then back to the last Latin letter (or digit run after it).
            let mut end = j;
            while end > i && !chars[end - 1].1.is_ascii_alphanumeric() {
                end -= 1;
            }
            let (start_b, end_b) = (chars[i].0, chars.get(end).map_or(text.len(), |c| c.0));
            if start_b > at {
                out.push((at..start_b, false));
            }
            out.push((start_b..end_b, true));
            at = end_b;
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    if at < text.len() {
        out.push((at..text.len(), false));
    }
    out
}

/// A key that sorts words alphabetically in the lesson's languages: Tajik's extra letters
/// follow their base letters (г ғ, и ӣ, к қ, у ӯ, х ҳ, ч ҷ), and ё follows е.
pub fn collation_key(s: &str) -> Vec<u32> {
    s.chars()
        .flat_map(|c| c.to_lowercase())
        .map(|c| {
            let base = |b: char, extra: u32| (b as u32) * 4 + extra;
            match c {
                'ғ' => base('г', 1),
                'ӣ' => base('и', 1),
                'қ' => base('к', 1),
                'ӯ' => base('у', 1),
                'ҳ' => base('х', 1),
                'ҷ' => base('ч', 1),
                'ё' => base('е', 1),
                c => base(c, 0),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_only_the_first_whole_word_mention() {
        let g = [vec!["UTO"], vec!["Kulyab"]];
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
        let g = [vec!["Islamic"], vec!["Islamic Renaissance Party"]];
        let m = first_mentions(&g, &["The Islamic Renaissance Party."]);
        assert_eq!(m[0].len(), 1);
        assert_eq!(m[0][0].term, 1);
        assert_eq!(
            anchor("CNR (Commission on National Reconciliation)"),
            "term-cnr"
        );
        assert_eq!(anchor("Gorno-Badakhshan"), "term-gorno-badakhshan");
        assert_eq!(needles("CNR (Commission)", ""), ["CNR"]);
        assert_eq!(
            needles("Рахмонов", "Рахмонова, Рахмонову,"),
            ["Рахмонов", "Рахмонова", "Рахмонову"]
        );
        assert_eq!(anchor("30 per cent quota"), "term-30-per-cent-quota");
    }

    #[test]
    fn inflected_forms_are_found_and_the_earliest_wins() {
        let g = [needles("Рахмонов", "Рахмонова, Рахмонову")];
        let texts = ["Правительство Рахмонова и сам Рахмонов."];
        let m = first_mentions(&g, &texts);
        assert_eq!(&texts[0][m[0][0].start..m[0][0].end], "Рахмонова");
    }

    #[test]
    fn tajik_letters_sort_after_their_base_letters() {
        let mut words = vec!["ҳизб", "хат", "ғарм", "гарм", "ҷанг", "чой"];
        crate::small::sort_by_key(&mut words, |w| collation_key(w));
        assert_eq!(words, ["гарм", "ғарм", "хат", "ҳизб", "чой", "ҷанг"]);
    }

    #[test]
    fn english_runs_in_russian_text_are_found() {
        let t = "Маколифф называет это “a gradually encroaching parity” («паритет»).";
        let runs: Vec<(&str, bool)> = latin_runs(t).into_iter().map(|(r, l)| (&t[r], l)).collect();
        assert_eq!(
            runs,
            [
                ("Маколифф называет это “", false),
                ("a gradually encroaching parity", true),
                ("” («паритет»).", false)
            ]
        );
        assert_eq!(
            latin_runs("Всё по-русски"),
            [(0..t_len("Всё по-русски"), false)]
        );
    }

    fn t_len(s: &str) -> usize {
        s.len()
    }

    #[test]
    fn a_hyphenated_suffix_still_finds_the_term() {
        let m = first_mentions(&[vec!["ИНМТ"]], &["Ҳукумат ИНМТ-ро даъват кард."]);
        assert_eq!(m[0].len(), 1);
    }
}
