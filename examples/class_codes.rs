//! Prints class codes of made-up students, for the browser tests of Class results and for
//! trying the page by hand:
//!
//!     cargo run --example class_codes -- 30 7 > codes.json
//!
//! (30 students, random seed 7). The JSON holds the codes and, beside them, what each
//! student did, in plain numbers, so a test can count the class on its own:
//! `predictions[phase][condition]` 0 none / 1 held / 2 not held, `answers[question]` the
//! first option (-1 none), `right[question]` 1 if that was right, `challenges[i]` 0/1,
//! `judgements[item]` 0 none / 1 holds / 2 does not hold / 3 unclear.

use ripe_for_peace::classcode::{encode, ClassRecord};
use ripe_for_peace::content::course;
use ripe_for_peace::transfer::{judged, Verdict};

struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        // xorshift64*: plenty for made-up students.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n
    }
}

fn list(v: impl IntoIterator<Item = i64>) -> String {
    let items: Vec<String> = v.into_iter().map(|x| x.to_string()).collect();
    format!("[{}]", items.join(","))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(30);
    let seed: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(1);
    let c = course();
    let content = c.content;
    let items = judged(&content.afghanistan).len();
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut out = Vec::new();
    for _ in 0..n {
        let mut r = ClassRecord::default();
        for row in r.predictions.iter_mut() {
            let revealed = rng.next(5) > 0;
            for cell in row.iter_mut() {
                *cell = match (revealed, rng.next(3)) {
                    (false, _) | (true, 0) => None,
                    (true, 1) => Some(true),
                    _ => Some(false),
                };
            }
        }
        r.answers = content
            .questions
            .iter()
            .map(|q| (rng.next(6) > 0).then(|| (rng.next(q.options.len()), rng.next(2) == 1)))
            .collect();
        r.challenges = (0..content.challenges.len())
            .map(|_| rng.next(2) == 1)
            .collect();
        r.judgements = (0..items)
            .map(|_| match rng.next(4) {
                0 => None,
                1 => Some(Verdict::Holds),
                2 => Some(Verdict::Fails),
                _ => Some(Verdict::Unclear),
            })
            .collect();
        r.transfer_revealed = r.judgements.iter().all(|j| j.is_some());
        let (code, _) = encode(c, &r);
        let predictions: Vec<String> = r
            .predictions
            .iter()
            .map(|row| {
                list(row.iter().map(|p| match p {
                    None => 0,
                    Some(true) => 1,
                    Some(false) => 2,
                }))
            })
            .collect();
        let answers = list(r.answers.iter().map(|a| a.map_or(-1, |(f, _)| f as i64)));
        let right = list(
            content
                .questions
                .iter()
                .zip(&r.answers)
                .map(|(q, a)| i64::from(a.is_some_and(|(f, _)| q.options[f].correct))),
        );
        let challenges = list(r.challenges.iter().map(|&d| i64::from(d)));
        let judgements = list(r.judgements.iter().map(|j| match j {
            None => 0,
            Some(Verdict::Holds) => 1,
            Some(Verdict::Fails) => 2,
            Some(Verdict::Unclear) => 3,
        }));
        out.push(format!(
            "{{\"code\":\"{code}\",\"predictions\":[{}],\"answers\":{answers},\"right\":{right},\"challenges\":{challenges},\"judgements\":{judgements}}}",
            predictions.join(",")
        ));
    }
    println!("[\n{}\n]", out.join(",\n"));
}
