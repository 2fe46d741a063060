#!/usr/bin/env python3
"""Runs a command and reports the peak resident memory of its whole process tree.

    tree-rss.py [--interval-ms 10] -- COMMAND [ARG...]

Prints one JSON object on the last line of stderr:
    {"peak_rss_kb": ..., "peak_processes": ..., "exit_code": ..., "main_exit_s": ..., "tree_exit_s": ...}

Why not /usr/bin/time -v: it reports the maximum RSS of a single process, while AutoRest runs
node plus a Java child (and does not wait for that child). We make ourselves a child subreaper,
so orphaned descendants are re-parented to us instead of init and stay visible; we sum the RSS
of every descendant every interval until the last one has exited.
"""
import ctypes
import json
import os
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def parent_map():
    parents = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue  # exited between listdir and open
        # the command name may contain spaces or parentheses: fields start after the last ')'
        fields = stat[stat.rindex(b")") + 2:].split()
        parents[int(entry)] = int(fields[1])
    return parents


def descendants(root, parents):
    children = {}
    for pid, ppid in parents.items():
        children.setdefault(ppid, []).append(pid)
    found, stack = [], [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def reap_orphans():
    """Collects exited re-parented descendants so they do not linger as zombies."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def main(argv):
    interval = 0.010
    if argv and argv[0] == "--interval-ms":
        interval = int(argv[1]) / 1000.0
        argv = argv[2:]
    if argv and argv[0] == "--":
        argv = argv[1:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("tree-rss: cannot become a child subreaper; orphans would escape", file=sys.stderr)
        return 2

    me = os.getpid()
    start = time.monotonic()
    child = subprocess.Popen(argv)
    peak_kb, peak_procs, main_exit, exit_code = 0, 0, None, None
    while True:
        tree = descendants(me, parent_map())
        if exit_code is None:
            exit_code = child.poll()
            if exit_code is not None:
                main_exit = time.monotonic() - start
        total = sum(rss_kb(pid) for pid in tree)
        if total > peak_kb:
            peak_kb, peak_procs = total, len(tree)
        reap_orphans()
        if exit_code is not None and not tree:
            break
        time.sleep(interval)
    report = {
        "peak_rss_kb": peak_kb,
        "peak_processes": peak_procs,
        "exit_code": exit_code,
        "main_exit_s": round(main_exit, 3),
        "tree_exit_s": round(time.monotonic() - start, 3),
    }
    print(json.dumps(report), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
