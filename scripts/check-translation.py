#!/usr/bin/env python3
"""Checks a translation of the lesson against English, file by file, before a build.

    python3 scripts/check-translation.py ru            # every file of content/ru/
    python3 scripts/check-translation.py tg model.toml # one file

A translation keeps English's structure exactly: the same tables and keys, lists of the
same length, and the same ids, numbers, citations and quotes (they point into the English
sources); only the words differ. In ui.toml it keeps every key and every { $placeholder }.
build.rs enforces the same when it compiles the lesson; this script says where, file by
file, and also lists words left in English (a hint, not an error: names and short labels
may rightly stay the same).

Exit status 0 when the structure matches, 1 otherwise.
"""
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "content"
# Values that are the same in every language (schema.rs: Id and Quote fields).
STRUCTURAL = {"id", "src", "file", "factor", "condition", "side", "kind", "tier", "sort",
              "screen", "quote", "anchor", "lines", "points", "level", "phase", "base",
              "threshold", "weak", "strong", "ripe", "holds", "fails", "set", "max_changes",
              "correct", "impossible", "external_pressure", "framing", "minutes", "party",
              "verdict", "condition", "bears_on", "code", "tag", "plurals"}
# Fields a translation may add where English leaves them out (schema.rs defaults them).
OPTIONAL = {"forms"}
PLACEHOLDER = re.compile(r"\{\s*\$([a-z0-9_]+)\s*\}")


CLDR = {"zero", "one", "two", "few", "many", "other"}


def plural(d):
    return isinstance(d, dict) and d and set(d) <= CLDR


def walk(en, tr, path, problems, same, structural=STRUCTURAL):
    # A plural message (ui.toml): each language gives the forms it needs (see
    # content/languages.toml); the placeholders must be English's.
    if plural(en):
        if not plural(tr) and not isinstance(tr, str):
            problems.append(f"{path}: should be plural forms (one, few, many, other) or text")
            return
        want = set().union(*(PLACEHOLDER.findall(v) for v in en.values()))
        forms = tr.values() if isinstance(tr, dict) else [tr]
        got = set().union(*(PLACEHOLDER.findall(v) for v in forms))
        if want != got:
            problems.append(f"{path}: placeholders {sorted(got)}, English has {sorted(want)}")
        return
    if isinstance(en, dict):
        if not isinstance(tr, dict):
            problems.append(f"{path}: should be a table")
            return
        for k in en:
            if k not in tr:
                problems.append(f"{path}.{k}: missing")
        for k in tr:
            if k not in en and k not in OPTIONAL:
                problems.append(f"{path}.{k}: not in English")
        for k in en:
            if k in tr:
                key_path = f"{path}.{k}" if path else k
                if k in structural:
                    if en[k] != tr[k]:
                        problems.append(f"{key_path}: must stay {en[k]!r} (found {tr[k]!r})")
                else:
                    walk(en[k], tr[k], key_path, problems, same, structural)
    elif isinstance(en, list):
        if not isinstance(tr, list) or len(en) != len(tr):
            problems.append(f"{path}: English has {len(en)} entries, the translation "
                            f"{len(tr) if isinstance(tr, list) else 'none'}")
            return
        for i, (a, b) in enumerate(zip(en, tr)):
            walk(a, b, f"{path}[{i}]", problems, same, structural)
    elif isinstance(en, str):
        if not isinstance(tr, str):
            problems.append(f"{path}: should be text")
        elif not tr.strip() and en.strip():
            problems.append(f"{path}: empty")
        else:
            if set(PLACEHOLDER.findall(en)) != set(PLACEHOLDER.findall(tr)):
                problems.append(f"{path}: placeholders {sorted(set(PLACEHOLDER.findall(tr)))}, "
                                f"English has {sorted(set(PLACEHOLDER.findall(en)))}")
            if tr == en and re.search(r"[A-Za-z]{3,}", en):
                same.append(f"{path}: {en[:70]}")
    elif isinstance(en, dict) != isinstance(tr, dict) or type(en) is not type(tr) or en != tr:
        problems.append(f"{path}: must stay {en!r} (found {tr!r})")


def check(lang, name):
    en_path, tr_path = ROOT / "en" / name, ROOT / lang / name
    if not tr_path.exists():
        return [f"{tr_path}: missing"], []
    try:
        en = tomllib.loads(en_path.read_text(encoding="utf-8"))
        tr = tomllib.loads(tr_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        return [f"{tr_path}: invalid TOML: {e}"], []
    problems, same = [], []
    # ui.toml keys are message names, never data: every value there is words.
    walk(en, tr, "", problems, same, set() if name == "ui.toml" else STRUCTURAL)
    return problems, same


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    lang = sys.argv[1]
    names = sys.argv[2:] or sorted(p.name for p in (ROOT / "en").glob("*.toml"))
    bad = 0
    for name in names:
        problems, same = check(lang, name)
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{lang}/{name}: {status}; {len(same)} text(s) left as in English")
        for p in problems[:60]:
            print(f"  ERROR {p}")
        for s in same[:15]:
            print(f"  same  {s}")
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
