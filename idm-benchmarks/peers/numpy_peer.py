#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The numpy peer: scores the same synthetic villages as the Java benchmarks and reports ns/village.

Usage: numpy_peer.py FILE VILLAGES [REPEATS]

FILE is written by io.github.indeksdesa.idm.benchmarks.SyntheticVillages (one int8 score per
indicator, 50 per village, ministry order) together with FILE.counts, the status counts the Java
batch scorer gives; this script checks that it finds the same counts.

This is a careful numpy implementation, the best of the variants we timed (slice sums, matmul in
int16/int32/float32, einsum): IDM numerator N = 12*sum(IKS) + 35*sum(IKE) + 140*sum(IKL) via one
einsum with the per-indicator weights, status by comparing N with the lowest N of each status
(exact integers, no floating point), counts by bincount. Reading the file is not timed; the best
and the median of REPEATS runs are reported, as JSON on one line.
"""
import json
import sys
import time
from fractions import Fraction

import numpy as np

WEIGHTS = np.array([12] * 35 + [35] * 12 + [140] * 3, dtype=np.int32)
# Lowest N of TERTINGGAL, BERKEMBANG, MAJU, MANDIRI: the least N with N/6300 above each threshold.
THRESHOLDS = ["0.4907", "0.5989", "0.7072", "0.8155"]
LOWEST = [int(Fraction(t) * 6300) + 1 for t in THRESHOLDS]
STATUSES = ["SANGAT_TERTINGGAL", "TERTINGGAL", "BERKEMBANG", "MAJU", "MANDIRI"]


def score(matrix):
    n = np.einsum("ij,j->i", matrix, WEIGHTS)
    status = (n >= LOWEST[0]).astype(np.int8)
    for lowest in LOWEST[1:]:
        status += n >= lowest
    return n, status, np.bincount(status, minlength=5)


def main():
    path, villages = sys.argv[1], int(sys.argv[2])
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    matrix = np.fromfile(path, dtype=np.int8).reshape(villages, 50)
    times = []
    counts = None
    for _ in range(repeats):
        start = time.perf_counter()
        _, _, counts = score(matrix)
        times.append(time.perf_counter() - start)
    expected = {}
    with open(path + ".counts") as f:
        for line in f:
            name, count = line.split()
            expected[name] = int(count)
    found = {name: int(c) for name, c in zip(STATUSES, counts)}
    print(json.dumps({"villages": villages, "repeats": repeats,
                      "ns_per_village": float(np.median(times)) * 1e9 / villages,
                      "best_ns_per_village": min(times) * 1e9 / villages,
                      "numpy": np.__version__, "counts_match": found == expected, "counts": found}))
    if found != expected:
        sys.exit("numpy counts differ from Java's: %s vs %s" % (found, expected))


if __name__ == "__main__":
    main()
