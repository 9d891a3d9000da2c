"""How long drafting an article takes: a 10,000-character article from the dataset's own five.

Times are the best of 5 runs in CPU seconds of this process (:func:`bench.scale.best_of`);
``python -m bench.draft`` prints them, with the scan and the check of the real dataset beside.
"""

from __future__ import annotations

import argparse

from bench.scale import best_of
from indicators import DATA_FILE, SOURCES_DIR
from indicators.check import check_file
from indicators.draft import draft_article
from indicators.scan import find_mentions

LENGTH = 10_000


def article(length: int = LENGTH) -> str:
    """Paragraphs of the five articles, in turn, until the text is ``length`` characters long."""
    paragraphs = [
        line
        for path in sorted(SOURCES_DIR.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").split("\n")
        if line.strip()
    ]
    lines: list[str] = []
    index = 0
    while sum(len(line) + 1 for line in lines) < length:
        lines.append(paragraphs[index % len(paragraphs)])
        index += 1
    return "\n".join(lines)[:length]


def main(argv: list[str] | None = None) -> int:
    """Print the best CPU time of drafting, scanning and checking."""
    parser = argparse.ArgumentParser(prog="python -m bench.draft", description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    dataset = check_file(DATA_FILE, with_coverage=False).dataset
    assert dataset is not None
    text = article()
    steps = {
        f"draft a {len(text):,}-character article": lambda: draft_article(
            text, "bench", "bench.txt", dataset.indicators, "2025-12-30"
        ),
        f"scan the same {len(text):,} characters": lambda: find_mentions(text),
        "check data/indicators.yaml": lambda: check_file(DATA_FILE),
    }
    for name, step in steps.items():
        print(f"{name}: {best_of(step, args.rounds) * 1000:.1f} ms (best of {args.rounds}, CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
