#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Prints the ratio table of one run.sh pass from DIR/jmh*.json and DIR/numpy-*.json.

Every JMH score here is ns per whole batch; it is divided by the `villages` parameter to give ns
per village. Ratios compare results of the same run only. JMH runs in sample mode (every
operation timed) and each figure is the median operation, as the numpy peer reports its median
repeat: on a machine shared with other work the mean is dominated by the few operations another
process pre-empted. The fastest operation and the JMH mean are listed beside it.
"""
import glob
import json
import os
import sys

out = sys.argv[1]
per_village = {}  # (benchmark, villages) -> ns/village, median
extra_village = {}  # (benchmark, villages) -> (fastest, mean) ns/village
other = {}        # benchmark -> (median, fastest, mean, unit) for benchmarks without a villages parameter
spread = {}       # (benchmark, villages) -> slowest / fastest measured iteration (iteration means)
results = [r for path in sorted(glob.glob(os.path.join(out, "jmh*.json"))) for r in json.load(open(path))]
for result in results:
    name = result["benchmark"].rsplit(".", 2)
    name = name[-2] + "." + name[-1]
    metric = result["primaryMetric"]
    mean = metric["score"]
    median = metric["scorePercentiles"]["50.0"]
    fastest = metric["scorePercentiles"]["0.0"]
    villages = result.get("params", {}).get("villages")
    if villages:
        v = int(villages)
        if name.endswith("objectApi10k"):
            # A fixed 10,000 villages per operation, whatever the data set's size.
            v = 10_000
            villages = "10000"
        per_village[(name, v)] = median / v
        extra_village[(name, v)] = (fastest / v, mean / v)
        iterations = []
        for fork in metric.get("rawDataHistogram", []):
            for histogram in fork:
                ops = sum(count for _, count in histogram)
                if ops:
                    iterations.append(sum(value * count for value, count in histogram) / ops)
        if len(iterations) > 1:
            spread[(name, v)] = max(iterations) / min(iterations)
    else:
        other[name] = (median, fastest, mean, metric["scoreUnit"])
for path in glob.glob(os.path.join(out, "numpy-*.json")):
    peer = json.load(open(path))
    per_village[("numpy", peer["villages"])] = peer["ns_per_village"]
    extra_village[("numpy", peer["villages"])] = (peer["best_ns_per_village"], None)


def get(name, villages):
    """The median and the fastest ns/village of a benchmark, or None."""
    median = per_village.get((name, villages))
    return None if median is None else (median, extra_village[(name, villages)][0])


rows = []


def ratio(label, a, b, target=None, better="low"):
    """A row with the ratio of medians (which decides the verdict) and the ratio of fastest runs."""
    if a is None or b is None:
        rows.append((label, "n/a", "n/a", target or "", "not measured"))
        return
    value = a[0] / b[0]
    verdict = ""
    if target is not None:
        limit = float(target.split()[-1].rstrip("x×"))
        met = value <= limit if better == "low" else value >= limit
        verdict = "met" if met else "MISSED"
    rows.append((label, "%.2f" % value, "%.2f" % (a[1] / b[1]), target or "", verdict))


M, K = 10_000_000, 75_000
print("%-38s %9s  %10s  %10s  %10s" % ("ns per village", "villages", "median", "fastest", "mean"))
for (name, villages), ns in sorted(per_village.items()):
    fastest, mean = extra_village[(name, villages)]
    print("  %-36s %9d  %10.2f  %10.2f  %10s" % (name, villages, ns, fastest, "%.2f" % mean if mean else "-"))
print("%-38s %9s  %10s  %10s  %10s" % ("ns per op (all reports / whole table)", "", "median", "fastest", "mean"))
for name, (median, fastest, mean, unit) in sorted(other.items()):
    print("  %-36s %9s  %10.0f  %10.0f  %10.0f" % (name, "", median, fastest, mean))
# floorWords (every byte read as part of a long) is the floor; floor (a byte loop) is a reference.
# batchSimd is batch in a JVM run with --add-modules jdk.incubator.vector (the Vector API loop);
# batch runs without it (the scalar SWAR loop). Targets: 1.5x with SIMD, 3x scalar. The SIMD
# verdict is on batchSimdBlocks, a matrix made by ScoreMatrix.of (in such a JVM, in blocks of eight
# villages); batchSimd scores a wrapped array of rows.
ratio("batch / floorWords at 10M, SIMD", get("ScanBenchmark.batchSimdBlocks", M), get("ScanBenchmark.floorWords", M),
      "<= 1.5x")
ratio("batchSimd (rows) / floorWords at 10M", get("ScanBenchmark.batchSimd", M), get("ScanBenchmark.floorWords", M))
ratio("batchSimdBlocks / floorWords at 75k", get("ScanBenchmark.batchSimdBlocks", K),
      get("ScanBenchmark.floorWords", K))
ratio("ofRows / floorWords at 10M (the copy)", get("ScanBenchmark.ofRows", M), get("ScanBenchmark.floorWords", M))
ratio("batchSimdChecked / floorWords at 10M", get("ScanBenchmark.batchSimdChecked", M),
      get("ScanBenchmark.floorWords", M))
ratio("rowFold / floorWords at 10M", get("ScanBenchmark.rowFold", M), get("ScanBenchmark.floorWords", M))
ratio("batchSimd / rowFold at 10M", get("ScanBenchmark.batchSimd", M), get("ScanBenchmark.rowFold", M))
ratio("transposeCopy / floorWords at 10M", get("ScanBenchmark.transposeCopy", M),
      get("ScanBenchmark.floorWords", M))
ratio("batch / batchSimdBlocks at 10M (scalar / SIMD)", get("ScanBenchmark.batch", M),
      get("ScanBenchmark.batchSimdBlocks", M))
ratio("batch / batchSimd at 75k", get("ScanBenchmark.batch", K), get("ScanBenchmark.batchSimd", K))
ratio("batch / floorWords at 10M, scalar", get("ScanBenchmark.batch", M), get("ScanBenchmark.floorWords", M), "<= 3x")
ratio("batch / floorWords at 75k", get("ScanBenchmark.batch", K), get("ScanBenchmark.floorWords", K))
ratio("batchChecked / floorWords at 10M", get("ScanBenchmark.batchChecked", M), get("ScanBenchmark.floorWords", M))
ratio("batchCounts / floorWords at 10M", get("ScanBenchmark.batchCounts", M), get("ScanBenchmark.floorWords", M))
ratio("batchAlloc / batch at 10M", get("ScanBenchmark.batchAlloc", M), get("ScanBenchmark.batch", M))
ratio("batch / floor at 10M (byte loop)", get("ScanBenchmark.batch", M), get("ScanBenchmark.floor", M))
ratio("whatIf / batch at 10M", get("ScanBenchmark.whatIf", M), get("ScanBenchmark.batch", M))
ratio("batch / batchParallel at 10M", get("ScanBenchmark.batch", M), get("ScanBenchmark.batchParallel", M))
for name in ("ScanBenchmark.batch", "ScanBenchmark.batchSimdBlocks", "ScanBenchmark.batchSimd", "ScanBenchmark.batchAlloc",
             "ScanBenchmark.floorWords"):
    label = "spread of %s at 10M" % name.split(".")[1]
    value = spread.get((name, M))
    target = "< 1.3x" if name == "ScanBenchmark.batch" else ""
    if value is None:
        rows.append((label, "n/a", "", target, "not measured" if target else ""))
    else:
        rows.append((label, "%.2f" % value, "", target, ("met" if value < 1.3 else "MISSED") if target else ""))
# The Indeks Desa rows (127 bytes a village), against their own floor in the same run.
ID_M = 1_000_000
ratio("ID batch / floorWords at 1M", get("IndeksDesaScanBenchmark.batch", ID_M),
      get("IndeksDesaScanBenchmark.floorWords", ID_M), "<= 3x")
ratio("ID batch / floorWords at 75k", get("IndeksDesaScanBenchmark.batch", K),
      get("IndeksDesaScanBenchmark.floorWords", K))
ratio("ID whatIf / batch at 1M", get("IndeksDesaScanBenchmark.whatIf", ID_M), get("IndeksDesaScanBenchmark.batch", ID_M))
ratio("ID objectApi / batch at 75k", get("IndeksDesaScanBenchmark.objectApi10k", 10_000),
      get("IndeksDesaScanBenchmark.batch", K))
ratio("naive / batch at 75k, SIMD", get("PerVillageBenchmark.naive", K), get("ScanBenchmark.batchSimdBlocks", K),
      ">= 50x", "high")
ratio("naive / batch at 75k, scalar", get("PerVillageBenchmark.naive", K), get("ScanBenchmark.batch", K))
ratio("naive / batchChecked at 75k", get("PerVillageBenchmark.naive", K), get("ScanBenchmark.batchChecked", K))
ratio("numpy / batch at 10M, SIMD", get("numpy", M), get("ScanBenchmark.batchSimdBlocks", M), ">= 10x", "high")
ratio("numpy / floorWords at 10M (ceiling)", get("numpy", M), get("ScanBenchmark.floorWords", M))
ratio("numpy / batch at 10M, scalar", get("numpy", M), get("ScanBenchmark.batch", M))
ratio("numpy / batch at 75k", get("numpy", K), get("ScanBenchmark.batch", K))
object_api = get("PerVillageBenchmark.objectApi", K)
if object_api is None:
    rows.append(("objectApi ns per village (75k)", "n/a", "n/a", "<= 1000 ns", "not measured"))
else:
    rows.append(("objectApi ns per village (75k)", "%.0f" % object_api[0], "%.0f" % object_api[1], "<= 1000 ns",
                 "met" if object_api[0] <= 1000 else "MISSED"))
read_tree = other.get("ReaderBenchmark.readTree")
rumusan = other.get("ReaderBenchmark.rumusanRead")
tokens = other.get("ReaderBenchmark.tokens")
scores_only = other.get("ReaderBenchmark.scoresOnly")
if rumusan and tokens:
    ratio("rumusanRead / tokens", rumusan[:2], tokens[:2], "<= 1.5x")
    ratio("readTree / rumusanRead", read_tree[:2], rumusan[:2])
    rows.append(("rumusanRead us per report (295)", "%.0f" % (rumusan[0] / 295 / 1000),
                 "%.0f" % (rumusan[1] / 295 / 1000), "", ""))
else:
    rows.append(("rumusanRead / tokens", "n/a", "n/a", "<= 1.5x", "not measured (needs ../shared/data)"))
if read_tree and scores_only:
    ratio("readTree / scoresOnly", read_tree[:2], scores_only[:2], ">= 2x", "high")
else:
    rows.append(("readTree / scoresOnly", "n/a", "n/a", ">= 2x", "not measured (no scoresOnly benchmark)"))
bulk = other.get("ReaderBenchmark.bulkTable")
if bulk:
    per_row = bulk[0] / 75261
    rows.append(("bulkTable ns per row (75,261 rows)", "%.0f" % per_row, "%.0f" % (bulk[1] / 75261), "<= 1000 ns",
                 "met" if per_row <= 1000 else "MISSED"))
else:
    rows.append(("bulkTable ns per row (75,261 rows)", "n/a", "n/a", "<= 1000 ns", "not measured (needs ../shared/data)"))
# The CSV parsers on the same national table: the floor (gunzip and a scan for every field's
# boundaries), gunzip alone, our CsvRecords, and the peers FastCSV and jackson-dataformat-csv.
for label, a, b in (("bulkTable / csvFloor", "bulkTable", "csvFloor"),
                    ("csvRecords / csvFloor", "csvRecords", "csvFloor"),
                    ("csvGunzip / csvFloor", "csvGunzip", "csvFloor"),
                    ("csvRecords / fastCsv (ours / peer)", "csvRecords", "fastCsv"),
                    ("csvRecords / jacksonCsv (ours / peer)", "csvRecords", "jacksonCsv"),
                    ("fastCsv / csvFloor", "fastCsv", "csvFloor"),
                    ("jacksonCsv / csvFloor", "jacksonCsv", "csvFloor")):
    first, second = other.get("ReaderBenchmark." + a), other.get("ReaderBenchmark." + b)
    if first and second:
        ratio(label, first[:2], second[:2])
    else:
        rows.append((label, "n/a", "n/a", "", "not measured (needs ../shared/data)"))
for name in ("csvFloor", "csvRecords", "fastCsv", "jacksonCsv"):
    result = other.get("ReaderBenchmark." + name)
    if result:
        rows.append(("%s ns per row" % name, "%.0f" % (result[0] / 75261), "%.0f" % (result[1] / 75261), "", ""))
width = max(len(r[0]) for r in rows)
print()
print("%-*s  %8s  %8s  %-10s  %s" % (width, "ratio (verdict on the medians)", "median", "fastest", "target", ""))
for label, value, fastest, target, verdict in rows:
    print("%-*s  %8s  %8s  %-10s  %s" % (width, label, value, fastest, target, verdict))
