#!/usr/bin/env python3
"""Prints the ratio table of one run.sh pass from DIR/jmh.json and DIR/numpy-*.json.

Every JMH score here is ns per whole batch; it is divided by the `villages` parameter to give ns
per village. Ratios compare results of the same run only.
"""
import glob
import json
import os
import sys

out = sys.argv[1]
per_village = {}  # (benchmark, villages) -> ns/village
other = {}        # benchmark -> (score, unit) for benchmarks without a villages parameter
for result in json.load(open(os.path.join(out, "jmh.json"))):
    name = result["benchmark"].rsplit(".", 2)
    name = name[-2] + "." + name[-1]
    score = result["primaryMetric"]["score"]
    villages = result.get("params", {}).get("villages")
    if villages:
        per_village[(name, int(villages))] = score / int(villages)
    else:
        other[name] = (score, result["primaryMetric"]["scoreUnit"])
for path in glob.glob(os.path.join(out, "numpy-*.json")):
    peer = json.load(open(path))
    per_village[("numpy", peer["villages"])] = peer["ns_per_village"]


def get(name, villages):
    return per_village.get((name, villages))


rows = []


def ratio(label, a, b, target=None, better="low"):
    if a is None or b is None:
        rows.append((label, "n/a", target or "", "not measured"))
        return
    value = a / b
    verdict = ""
    if target is not None:
        limit = float(target.split()[-1].rstrip("x×"))
        met = value <= limit if better == "low" else value >= limit
        verdict = "met" if met else "MISSED"
    rows.append((label, "%.2f" % value, target or "", verdict))


M, K = 10_000_000, 75_000
print("ns per village:")
for (name, villages), ns in sorted(per_village.items()):
    print("  %-36s %9d villages  %10.2f ns" % (name, villages, ns))
for name, (score, unit) in sorted(other.items()):
    print("  %-36s %10.3f %s" % (name, score, unit))
print()
ratio("batch / floor at 10M", get("ScanBenchmark.batch", M), get("ScanBenchmark.floor", M), "<= 1.5x")
ratio("batch / floor at 75k", get("ScanBenchmark.batch", K), get("ScanBenchmark.floor", K))
ratio("batch / floorWords at 10M", get("ScanBenchmark.batch", M), get("ScanBenchmark.floorWords", M))
ratio("batch / batchParallel at 10M", get("ScanBenchmark.batch", M), get("ScanBenchmark.batchParallel", M))
ratio("naive / batch at 75k", get("PerVillageBenchmark.naive", K), get("ScanBenchmark.batch", K), ">= 50x", "high")
ratio("numpy / batch at 10M", get("numpy", M), get("ScanBenchmark.batch", M), ">= 10x", "high")
ratio("numpy / batch at 75k", get("numpy", K), get("ScanBenchmark.batch", K), ">= 10x", "high")
object_api = get("PerVillageBenchmark.objectApi", K)
if object_api is None:
    rows.append(("objectApi ns per village (75k)", "n/a", "<= 1000 ns", "not measured"))
else:
    rows.append(("objectApi ns per village (75k)", "%.0f" % object_api, "<= 1000 ns",
                 "met" if object_api <= 1000 else "MISSED"))
read_tree = other.get("RumusanReadBenchmark.readTree")
rumusan = other.get("RumusanReadBenchmark.rumusanRead")
if read_tree and rumusan:
    ratio("readTree / rumusanRead", read_tree[0], rumusan[0], ">= 2x", "high")
else:
    rows.append(("readTree / rumusanRead", "n/a", ">= 2x", "not run (no rumusan reader benchmark)"))
width = max(len(r[0]) for r in rows)
print("%-*s  %8s  %-10s  %s" % (width, "ratio", "value", "target", ""))
for label, value, target, verdict in rows:
    print("%-*s  %8s  %-10s  %s" % (width, label, value, target, verdict))
