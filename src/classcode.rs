//! The class code: a short text a student hands in (through the LMS's assignment box or a
//! shared document) so the instructor's Class results page can count what the class
//! thought, with no server. It holds the predictions of each revealed phase, each
//! question's first try, the challenges reached and the Afghanistan judgements; the
//! student's own words only if they tick "include my reflections".
//!
//! Format (see docs/class-code.md): `RP1-` (the format's version is the digit), then the
//! payload in Crockford's base 32 in groups of four, for example
//! `RP1-8Z4K-1M0C-…`. The payload is a bit string: a byte that fingerprints the lesson's
//! content (questions, options, challenges, judgements), two flags, 2 bits per
//! prediction, 4 per question, 1 per challenge, 2 per judgement; padded to a byte; then,
//! if the reflections flag is set, each text as a length and UTF-8; then a CRC-16 of it
//! all. Reading forgives case, dashes, and O/I/L typed for 0/1/1.
//! Pure Rust, tested natively.

use crate::content::Course;
use crate::model::CONDITIONS;
use crate::state::Lesson;
use crate::transfer::{judged, Verdict};

/// The format's version: the digit after `RP`.
pub const VERSION: u32 = 1;
const PREFIX: &str = "RP";
/// A code without reflections is this long at most (it is the same length for every
/// student of one edition of the lesson: 33 characters today).
pub const MAX_LEN: usize = 60;
/// With reflections, they are shortened until the code fits this.
pub const MAX_LEN_WITH_WORDS: usize = 900;
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// What one student's code says, in the order of the lesson's content.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClassRecord {
    /// Per phase (1–3), per condition (CONDITIONS order): the prediction, for phases
    /// the student revealed.
    pub predictions: [[Option<bool>; 4]; 3],
    /// Per question (content order): the first try, and whether a retry got it right.
    pub answers: Vec<Option<(usize, bool)>>,
    /// Per challenge (content order): reached.
    pub challenges: Vec<bool>,
    /// Per judged item (`transfer::judged` order).
    pub judgements: Vec<Option<Verdict>>,
    pub transfer_revealed: bool,
    /// The reflections (debrief prompts, then the Afghanistan reasons per reading), when
    /// the student chose to include them.
    pub words: Option<Vec<String>>,
}

/// Why a code could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// Text, but nothing that looks like a class code.
    NoCode,
    /// Made by another version of the format (a newer lesson, usually).
    Version(u32),
    /// A character was changed, added or lost (the checksum does not match).
    Damaged,
    /// A sound code, from another edition of the lesson's content.
    OtherLesson,
}

/// The shape of a code for this edition of the content.
struct Shape {
    options: Vec<usize>,
    challenges: usize,
    judged: usize,
    /// Reflection slots: debrief prompts, then readings.
    words: usize,
    fingerprint: u8,
}

fn shape(course: &Course) -> Shape {
    let c = course.content;
    // FNV-1a over what the code's layout depends on.
    let mut h: u32 = 0x811c_9dc5;
    let mut eat = |s: &str| {
        for b in s.bytes().chain([0]) {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    };
    for q in c.questions {
        eat(q.id);
        eat(&q.options.len().to_string());
    }
    for ch in c.challenges {
        eat(ch.id);
    }
    let judged = judged(&c.afghanistan);
    for j in &judged {
        eat(&j.key());
    }
    eat(&c.debrief.prompts.len().to_string());
    Shape {
        options: c.questions.iter().map(|q| q.options.len()).collect(),
        challenges: c.challenges.len(),
        judged: judged.len(),
        words: c.debrief.prompts.len() + c.afghanistan.readings.len(),
        fingerprint: (h ^ (h >> 8) ^ (h >> 16) ^ (h >> 24)) as u8,
    }
}

/// The record of a student's lesson.
pub fn record(course: &Course, lesson: &Lesson, with_words: bool) -> ClassRecord {
    let c = course.content;
    let mut predictions = [[None; 4]; 3];
    for (n, row) in predictions.iter_mut().enumerate() {
        let Some(p) = lesson
            .predictions
            .get(&(n as u8 + 1))
            .filter(|p| p.revealed)
        else {
            continue;
        };
        for (k, cell) in CONDITIONS.iter().zip(row.iter_mut()) {
            *cell = p.guesses.get(*k).copied();
        }
    }
    let answers = c
        .questions
        .iter()
        .map(|q| {
            lesson.answers.get(q.id).map(|a| {
                let retry_right = a
                    .retry
                    .and_then(|r| q.options.get(r))
                    .is_some_and(|o| o.correct);
                (a.first, retry_right)
            })
        })
        .collect();
    let challenges = c
        .challenges
        .iter()
        .map(|ch| lesson.challenges.get(ch.id).is_some_and(|r| r.done))
        .collect();
    let judgements = judged(&c.afghanistan)
        .iter()
        .map(|j| lesson.judgements.get(&j.key()).copied())
        .collect();
    let words = with_words.then(|| {
        let mut w: Vec<String> = (0..c.debrief.prompts.len())
            .map(|i| {
                lesson
                    .reflections
                    .get(&i.to_string())
                    .cloned()
                    .unwrap_or_default()
            })
            .collect();
        w.extend(
            c.afghanistan
                .readings
                .iter()
                .map(|r| lesson.reasons.get(r.condition).cloned().unwrap_or_default()),
        );
        w
    });
    ClassRecord {
        predictions,
        answers,
        challenges,
        judgements,
        transfer_revealed: lesson.transfer_revealed,
        words,
    }
}

struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    fn push(&mut self, value: u32, n: usize) {
        for i in (0..n).rev() {
            if self.len % 8 == 0 {
                self.bytes.push(0);
            }
            if value >> i & 1 == 1 {
                let last = self.bytes.len() - 1;
                self.bytes[last] |= 0x80 >> (self.len % 8);
            }
            self.len += 1;
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<u32> {
        let mut v = 0;
        for _ in 0..n {
            let byte = *self.bytes.get(self.pos / 8)?;
            v = v << 1 | u32::from(byte >> (7 - self.pos % 8) & 1);
            self.pos += 1;
        }
        Some(v)
    }

    fn byte(&mut self) -> Option<u8> {
        self.take(8).map(|v| v as u8)
    }
}

/// CRC-16/CCITT-FALSE: catches every changed character and every lost one.
fn crc16(data: &[u8]) -> u16 {
    let mut crc: u16 = 0xffff;
    for &b in data {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

fn base32(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut acc, mut n) = (0u32, 0);
    for &b in bytes {
        acc = acc << 8 | u32::from(b);
        n += 8;
        while n >= 5 {
            n -= 5;
            out.push(ALPHABET[(acc >> n & 31) as usize] as char);
        }
    }
    if n > 0 {
        out.push(ALPHABET[(acc << (5 - n) & 31) as usize] as char);
    }
    out
}

fn unbase32(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut acc, mut n) = (0u32, 0);
    for c in s.chars() {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        let v = ALPHABET.iter().position(|&a| a as char == c)? as u32;
        acc = (acc << 5 | v) & 0xffff;
        n += 5;
        if n >= 8 {
            n -= 8;
            out.push((acc >> n) as u8);
        }
    }
    // Leftover bits are padding and must be zero (else a character was added).
    (acc & ((1 << n) - 1) == 0).then_some(out)
}

fn payload(shape: &Shape, r: &ClassRecord, words: Option<&[String]>) -> Vec<u8> {
    let mut b = Bits {
        bytes: Vec::new(),
        len: 0,
    };
    b.push(u32::from(shape.fingerprint), 8);
    b.push(u32::from(words.is_some()), 1);
    b.push(u32::from(r.transfer_revealed), 1);
    for row in &r.predictions {
        for p in row {
            b.push(
                match p {
                    None => 0,
                    Some(true) => 1,
                    Some(false) => 2,
                },
                2,
            );
        }
    }
    for (i, _) in shape.options.iter().enumerate() {
        match r.answers.get(i).copied().flatten() {
            Some((first, retry_right)) => {
                b.push(first as u32 + 1, 3);
                b.push(u32::from(retry_right), 1);
            }
            None => b.push(0, 4),
        }
    }
    for i in 0..shape.challenges {
        b.push(u32::from(r.challenges.get(i).copied().unwrap_or(false)), 1);
    }
    for i in 0..shape.judged {
        b.push(
            match r.judgements.get(i).copied().flatten() {
                None => 0,
                Some(Verdict::Holds) => 1,
                Some(Verdict::Fails) => 2,
                Some(Verdict::Unclear) => 3,
            },
            2,
        );
    }
    let mut bytes = b.bytes;
    if let Some(words) = words {
        for i in 0..shape.words {
            let w = words.get(i).map_or("", |s| s.as_str()).as_bytes();
            // Length as a base-128 varint.
            let mut n = w.len();
            loop {
                let low = (n & 0x7f) as u8;
                n >>= 7;
                bytes.push(if n > 0 { low | 0x80 } else { low });
                if n == 0 {
                    break;
                }
            }
            bytes.extend_from_slice(w);
        }
    }
    bytes
}

fn text_of(payload: &[u8]) -> String {
    let mut signed = vec![VERSION as u8];
    signed.extend_from_slice(payload);
    let crc = crc16(&signed);
    let mut all = payload.to_vec();
    all.extend_from_slice(&crc.to_be_bytes());
    let body = base32(&all);
    let groups: Vec<&str> = body
        .as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or(""))
        .collect();
    format!("{PREFIX}{VERSION}-{}", groups.join("-"))
}

/// The code, and whether the reflections had to be shortened to fit.
pub fn encode(course: &Course, r: &ClassRecord) -> (String, bool) {
    let shape = shape(course);
    let Some(words) = &r.words else {
        return (text_of(&payload(&shape, r, None)), false);
    };
    let mut words: Vec<String> = words.clone();
    let mut shortened = false;
    loop {
        let code = text_of(&payload(&shape, r, Some(&words)));
        if code.len() <= MAX_LEN_WITH_WORDS {
            return (code, shortened);
        }
        // Shorten the longest text by a tenth (at least a character), at a character.
        shortened = true;
        let Some(longest) = words.iter_mut().max_by_key(|w| w.len()) else {
            return (code, shortened);
        };
        let chars: Vec<char> = longest.trim_end_matches('…').chars().collect();
        let keep = chars.len().saturating_sub((chars.len() / 10).max(1));
        *longest = chars[..keep].iter().collect::<String>() + "…";
        if keep == 0 {
            longest.clear();
        }
    }
}

/// Finds the codes in a line of pasted text: each starts `RP` and a digit.
pub fn find_codes(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let b = line.as_bytes();
    let mut i = 0;
    while i + 2 < b.len() {
        let starts = b[i].eq_ignore_ascii_case(&b'R')
            && b[i + 1].eq_ignore_ascii_case(&b'P')
            && b[i + 2].is_ascii_digit()
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        if starts {
            let end = (i + 2..b.len())
                .find(|&j| !(b[j].is_ascii_alphanumeric() || b[j] == b'-'))
                .unwrap_or(b.len());
            out.push(line[i..end].trim_end_matches('-'));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Reads one code.
pub fn decode(course: &Course, code: &str) -> Result<ClassRecord, CodeError> {
    let code = code.trim();
    let upper = code.to_ascii_uppercase();
    let Some(rest) = upper.strip_prefix(PREFIX) else {
        return Err(CodeError::NoCode);
    };
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let version: u32 = digits.parse().map_err(|_| CodeError::NoCode)?;
    if version != VERSION {
        return Err(CodeError::Version(version));
    }
    let body: String = rest[digits.len()..]
        .chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .collect();
    let all = unbase32(&body).ok_or(CodeError::Damaged)?;
    if all.len() < 3 {
        return Err(CodeError::Damaged);
    }
    let (data, crc) = all.split_at(all.len() - 2);
    let mut signed = vec![VERSION as u8];
    signed.extend_from_slice(data);
    if crc16(&signed).to_be_bytes() != crc {
        return Err(CodeError::Damaged);
    }
    let shape = shape(course);
    let mut r = Reader {
        bytes: data,
        pos: 0,
    };
    let bad = CodeError::Damaged;
    if r.byte().ok_or(bad.clone())? != shape.fingerprint {
        return Err(CodeError::OtherLesson);
    }
    let with_words = r.take(1).ok_or(bad.clone())? == 1;
    let mut rec = ClassRecord {
        transfer_revealed: r.take(1).ok_or(bad.clone())? == 1,
        ..ClassRecord::default()
    };
    for row in rec.predictions.iter_mut() {
        for cell in row.iter_mut() {
            *cell = match r.take(2).ok_or(bad.clone())? {
                0 => None,
                1 => Some(true),
                2 => Some(false),
                _ => return Err(bad),
            };
        }
    }
    for &n in &shape.options {
        let first = r.take(3).ok_or(bad.clone())? as usize;
        let retry_right = r.take(1).ok_or(bad.clone())? == 1;
        rec.answers.push(match first {
            0 if !retry_right => None,
            f if f >= 1 && f <= n => Some((f - 1, retry_right)),
            _ => return Err(bad),
        });
    }
    for _ in 0..shape.challenges {
        rec.challenges.push(r.take(1).ok_or(bad.clone())? == 1);
    }
    for _ in 0..shape.judged {
        rec.judgements.push(match r.take(2).ok_or(bad.clone())? {
            0 => None,
            1 => Some(Verdict::Holds),
            2 => Some(Verdict::Fails),
            _ => Some(Verdict::Unclear),
        });
    }
    // The padding to the byte is zero.
    let pad = (8 - r.pos % 8) % 8;
    if r.take(pad) != Some(0) {
        return Err(bad);
    }
    let mut at = r.pos / 8;
    if with_words {
        let mut words = Vec::new();
        for _ in 0..shape.words {
            let (mut n, mut shift) = (0usize, 0);
            loop {
                let b = *data.get(at).ok_or(bad.clone())?;
                at += 1;
                n |= usize::from(b & 0x7f) << shift;
                shift += 7;
                if b & 0x80 == 0 {
                    break;
                }
                if shift > 21 {
                    return Err(bad);
                }
            }
            let w = data.get(at..at + n).ok_or(bad.clone())?;
            at += n;
            words.push(String::from_utf8(w.to_vec()).map_err(|_| bad.clone())?);
        }
        rec.words = Some(words);
    }
    if at != data.len() {
        return Err(bad);
    }
    Ok(rec)
}

/// Pasted text, read line by line (1-based line numbers).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pasted {
    pub records: Vec<(usize, ClassRecord)>,
    /// Codes that could not be read, with their line and why.
    pub bad: Vec<(usize, CodeError)>,
    /// Lines with text but no code (names, headings): ignored, but said.
    pub no_code: Vec<usize>,
}

pub fn read_pasted(course: &Course, text: &str) -> Pasted {
    let mut out = Pasted::default();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let codes = find_codes(line);
        if codes.is_empty() {
            if !line.trim().is_empty() {
                out.no_code.push(n);
            }
            continue;
        }
        for code in codes {
            match decode(course, code) {
                Ok(r) => out.records.push((n, r)),
                Err(e) => out.bad.push((n, e)),
            }
        }
    }
    out
}
