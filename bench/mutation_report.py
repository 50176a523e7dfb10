"""Kill rate per module after `mutmut run`, with the survivors that are equivalent by rule.

    mutmut run && python bench/mutation_report.py            # table
    python bench/mutation_report.py --survivors               # and every other survivor's diff

mutmut changes the case of string literals. Where the literal is SQL (keywords, column names,
``?`` placeholders), the key of an ``sqlite3.Row`` (whose lookup is case-blind) or a rich style
("bold yellow": rich lowers style words), the mutant behaves as the original: it is counted as
equivalent, not as a survivor. Every other survivor
is listed with its diff, to be killed by a test or explained in the README.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
KILLED = 1
# SQL as this code writes it: placeholders, keywords in capitals, alias.column, column lists.
SQL_RE = re.compile(
    r"\?|\b(?:SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|JOIN|ORDER BY|DESC|LIMIT|COLLATE|NOCASE|PRAGMA|"
    r"VALUES|MATCH|ESCAPE|CREATE|BEGIN|COMMIT|ROLLBACK|AND|OR|NOT|IN)\b|\b[a-z]\.[a-z_]+\b"
    r"|^[\w\", ]*,[\w\", ]*\)?\s*$"
)
ROW_KEY_RE = re.compile(r"\b(?:r|row|rows\[0\]|article|same_text|same)\[\s*$")
# rich reads style definitions case-blind ("bold yellow", "dim"): Style.parse lowers each word.
RICH_STYLE_RE = re.compile(r"(?:\bstyle=|\.stylize\()\s*$")
STRING_RE = re.compile(r"""(?P<q>["'])(?P<body>(?:\\.|(?!(?P=q)).)*)(?P=q)""")


def functions(path: Path) -> dict[str, str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    return {
        node.name: ast.get_source_segment(source, node) or ""
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and "__mutmut_" in node.name
    }


def changed_lines(orig: str, mutant: str) -> list[tuple[str, str]]:
    a = [line.strip() for line in orig.splitlines()[1:]]  # without the def line (its name differs)
    b = [line.strip() for line in mutant.splitlines()[1:]]
    pairs = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b).get_opcodes():
        if tag != "equal":
            pairs.extend(zip(a[i1:i2] or [""], b[j1:j2] or [""], strict=False))
    return pairs


def case_only_where_case_is_ignored(pairs: list[tuple[str, str]]) -> bool:
    if not pairs:
        return False
    for old, new in pairs:
        if old == new or old.lower() != new.lower() or len(old) != len(new):
            return False
        first = next(i for i, (x, y) in enumerate(zip(old, new, strict=True)) if x != y)
        literal = next((m for m in STRING_RE.finditer(old) if m.start() < first < m.end()), None)
        if literal is None:
            return False
        before = old[: literal.start()]
        if not (
            SQL_RE.search(literal.group("body")) or ROW_KEY_RE.search(before) or RICH_STYLE_RE.search(before)
        ):
            return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--survivors", action="store_true", help="print every survivor that is no equivalent")
    ap.add_argument("--mutants", type=Path, default=MUTANTS, help="mutmut's folder (default: ./mutants)")
    args = ap.parse_args()
    rows = []
    listed = []
    for meta in sorted(args.mutants.rglob("*.py.meta")):
        codes = json.loads(meta.read_text())["exit_code_by_key"]
        if not codes:
            continue
        source = meta.with_suffix("")
        bodies = functions(source)
        tally = Counter()
        for key, code in codes.items():
            if code == KILLED:
                tally["killed"] += 1
                continue
            name = key.rsplit(".", 1)[-1]
            orig = bodies.get(name.rsplit("__mutmut_", 1)[0] + "__mutmut_orig", "")
            pairs = changed_lines(orig, bodies.get(name, ""))
            if case_only_where_case_is_ignored(pairs):
                tally["equivalent"] += 1
            else:
                tally["survived" if code == 0 else "not run"] += 1
                listed.append((key, pairs))
        module = str(source.relative_to(args.mutants))
        rows.append((module, sum(tally.values()), tally))
    print(f"{'module':42} {'mutants':>8} {'killed':>7} {'equiv.':>7} {'left':>5} {'kill rate*':>10}")
    for module, total, t in rows:
        judged = total - t["equivalent"]
        rate = t["killed"] / judged if judged else 1.0
        left = t["survived"] + t["not run"]
        print(f"{module:42} {total:8} {t['killed']:7} {t['equivalent']:7} {left:5} {rate:10.1%}")
    print("* killed / (mutants - equivalent)")
    if args.survivors:
        for key, pairs in listed:
            print(f"\n{key}")
            for old, new in pairs:
                print(f"  - {old}\n  + {new}")


if __name__ == "__main__":
    main()
