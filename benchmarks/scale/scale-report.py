#!/usr/bin/env python3
"""Adds size to a scale run: time and peak RSS per operation, relative to the smallest input.

    scale-report.py RESULTS.json SIZES.jsonl

A column that stays near 1.0 as the factor grows means linear growth; one that climbs with the
factor means superlinear work (worth a profile). Appends the table to RESULTS' markdown file
(same name, .md) and prints it.
"""
import json
import sys


def main(results_path, sizes_path):
    with open(results_path) as f:
        results = json.load(f)
    with open(sizes_path) as f:
        sizes = {e["case"]: e for e in map(json.loads, filter(str.strip, f))}
    lines = ["", "| input | tool | factor | definitions | operations | spec MB | wall s | wall/op vs smallest"
             " | RSS MB | RSS/op vs smallest |", "|---|---|---|---|---|---|---|---|---|---|"]
    base = {}
    for m in sorted(results["measurements"], key=lambda m: (m["tool"], sizes[m["case"]]["factor"])):
        size = sizes[m["case"]]
        ops, wall, rss = size["size"]["operations"], m.get("wall_s_median"), m.get("peak_rss_mb_median")
        ref = base.setdefault(m["tool"], (wall / ops if wall else None, rss / ops if rss else None))
        rel = lambda v, r: "n/a" if v is None or not r else f"{v / ops / r:.2f}"
        lines.append(f"| {m['case']} | {m['tool']} | {size['factor']} | {size['size']['definitions']} | {ops} | "
                     f"{size['size']['bytes'] / 1e6:.1f} | {wall if wall is not None else 'n/a'} | {rel(wall, ref[0])} | "
                     f"{rss if rss is not None else 'n/a'} | {rel(rss, ref[1])} |")
    text = "\n".join(lines) + "\n"
    with open(results_path[: -len(".json")] + ".md", "a") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main(*sys.argv[1:])
