#!/usr/bin/env python3
"""Turns the raw measurements of cli-bench.sh into one JSON document and a markdown table.

Each table row is one input; for every tool the median wall time (hyperfine) and the median of
the per-run peak RSS of the whole process tree (tree-rss.py), then armgen's ratios to each peer
next to the targets of issue 5 (time <= 1/4 of OpenAPI Generator, <= 1/12 of AutoRest Java;
armgen peak RSS <= 150 MB).
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
from datetime import datetime, timezone

PEERS = {"openapi": ("OpenAPI Generator", 1 / 4), "autorest": ("AutoRest Java", 1 / 12)}
ARMGEN_RSS_TARGET_MB = 150


def machine():
    def first_line(cmd):
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
            return (out.stdout + out.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "unknown"

    cpu, mem_kb, os_name = "unknown", 0, platform.platform()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
        with open("/proc/meminfo") as f:
            mem_kb = int(next(line.split()[1] for line in f if line.startswith("MemTotal")))
        with open("/etc/os-release") as f:
            os_name = next(line.split("=", 1)[1].strip().strip('"') for line in f if line.startswith("PRETTY_NAME"))
    except (OSError, StopIteration):
        pass
    return {
        "nproc": os.cpu_count(),
        "memory_mb": mem_kb // 1024,
        "cpu": cpu,
        "os": os_name,
        "kernel": platform.release(),
        "jdk": first_line(["java", "-version"]),
        "node": first_line(["node", "--version"]),
        "hyperfine": first_line(["hyperfine", "--version"]),
    }


def summarize(m):
    entry = {k: m[k] for k in ("case", "tool", "ok", "java_files", "inputs", "logs")}
    peaks = [r["peak_rss_kb"] for r in m["rss"] if r.get("exit_code") == 0]
    if peaks:
        entry["peak_rss_mb_median"] = round(statistics.median(peaks) / 1024, 1)
        entry["peak_rss_mb_runs"] = [round(p / 1024, 1) for p in peaks]
        # a positive lag means a descendant outlived the command (AutoRest's Java child)
        entry["tree_outlived_command_s"] = max(r["tree_exit_s"] - r["main_exit_s"] for r in m["rss"])
    if m["ok"] and m["hyperfine"]:
        with open(m["hyperfine"]) as f:
            result = json.load(f)["results"][0]
        entry["wall_s_median"] = round(result["median"], 3)
        entry["wall_s_mean"] = round(result["mean"], 3)
        entry["wall_s_stddev"] = round(result["stddev"] or 0.0, 3)
        entry["wall_s_runs"] = [round(t, 3) for t in result["times"]]
    return entry


def fmt(value, unit=""):
    return "n/a" if value is None else f"{value:g}{unit}"


def ratio(ours, theirs):
    return None if ours is None or not theirs else round(ours / theirs, 3)


def table(rows, tools):
    names = {"armgen": "armgen", "openapi": "OAG", "autorest": "AutoRest"}
    peers = [t for t in tools if t in PEERS]
    head = ["input"] + [f"{names[t]} wall s" for t in tools] + [f"{names[t]} RSS MB" for t in tools]
    if "armgen" in tools:
        head += [f"time armgen/{names[p]} (target <= {PEERS[p][1]:.3g})" for p in peers]
        head += [f"RSS armgen/{names[p]}" for p in peers]
        head += [f"armgen RSS <= {ARMGEN_RSS_TARGET_MB} MB"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for case, by_tool in rows.items():
        get = lambda t, k: by_tool.get(t, {}).get(k)
        cells = [case] + [fmt(get(t, "wall_s_median")) for t in tools] + [fmt(get(t, "peak_rss_mb_median")) for t in tools]
        if "armgen" in tools:
            for p in peers:
                r = ratio(get("armgen", "wall_s_median"), get(p, "wall_s_median"))
                cells.append("n/a" if r is None else f"{r:g} {'ok' if r <= PEERS[p][1] else 'MISS'}")
            for p in peers:
                cells.append(fmt(ratio(get("armgen", "peak_rss_mb_median"), get(p, "peak_rss_mb_median"))))
            rss = get("armgen", "peak_rss_mb_median")
            cells.append("n/a" if rss is None else ("ok" if rss <= ARMGEN_RSS_TARGET_MB else "MISS"))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--measurements", required=True)
    p.add_argument("--runs", type=int, required=True)
    p.add_argument("--rss-runs", type=int, required=True)
    p.add_argument("--load", nargs=2, default=["?", "?"])
    p.add_argument("--json", required=True)
    p.add_argument("--markdown", required=True)
    a = p.parse_args()

    with open(a.measurements) as f:
        entries = [summarize(json.loads(line)) for line in f if line.strip()]
    rows, tools = {}, []
    for e in entries:
        rows.setdefault(e["case"], {})[e["tool"]] = e
        if e["tool"] not in tools:
            tools.append(e["tool"])
    doc = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "load_average_before_after": a.load,
        "timed_runs": a.runs,
        "rss_runs": a.rss_runs,
        "smoke": a.runs < 5,
        "measurements": entries,
    }
    with open(a.json, "w") as f:
        json.dump(doc, f, indent=2)
    md = [f"CLI benchmark {doc['date']}: medians of {a.runs} timed run(s) and {a.rss_runs} memory run(s); "
          f"load average before/after: {a.load[0]} / {a.load[1]}"]
    if doc["smoke"]:
        md.append("SMOKE RUN: fewer than 5 timed runs; the numbers only show that the scripts work.")
    md += ["", table(rows, tools), ""]
    failed = [f"{e['case']}/{e['tool']} (logs: {e['logs']})" for e in entries if not e["ok"]]
    if failed:
        md.append("Failed: " + ", ".join(failed))
    with open(a.markdown, "w") as f:
        f.write("\n".join(md) + "\n")


if __name__ == "__main__":
    main()
