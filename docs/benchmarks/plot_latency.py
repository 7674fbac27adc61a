#!/usr/bin/env python3
"""Draws docs/benchmarks/latency.svg (answer computation latency vs corpus size) from latency.csv.

latency.csv holds the figures of the `check` runs quoted in docs/benchmarks.md (copied from
generated/results/check.csv, one row per corpus size). No plotting package needed: plain SVG.
Usage: python3 docs/benchmarks/plot_latency.py [latency.csv] [latency.svg]
"""
import csv
import math
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "latency.csv")
target = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "latency.svg")

rows = sorted(csv.DictReader(open(source)), key=lambda r: int(r["articles"]))
# Corpus size on a log axis: the shipped knowledge is 1 article; generated corpora add N to it.
points = [(int(r["articles"]) + 1, float(r["p50_ms"]), float(r["p90_ms"]), float(r["p99_ms"])) for r in rows]

W, H, L, R, T, B = 640, 400, 70, 150, 40, 60
xs = [math.log10(p[0]) for p in points]
x_min, x_max = 0, max(5.0, max(xs))
y_max_raw = max(max(p[1:]) for p in points)
y_min, y_max = -2, max(1, math.ceil(math.log10(y_max_raw)))  # log axis, 0.01 ms up


def sx(v):
    return L + (v - x_min) / (x_max - x_min) * (W - L - R)


def sy(ms):
    v = math.log10(max(ms, 10 ** y_min))
    return H - B - (v - y_min) / (y_max - y_min) * (H - T - B)


out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{W / 2 - 60}" y="22" font-size="14">Answer computation latency vs corpus size</text>']
for d in range(int(x_min), int(x_max) + 1):
    x = sx(d)
    out.append(f'<line x1="{x}" y1="{T}" x2="{x}" y2="{H - B}" stroke="#ddd"/>')
    out.append(f'<text x="{x - 14}" y="{H - B + 18}">{10 ** d:,}</text>')
for d in range(y_min, y_max + 1):
    y = sy(10 ** d)
    out.append(f'<line x1="{L}" y1="{y}" x2="{W - R}" y2="{y}" stroke="#ddd"/>')
    out.append(f'<text x="{L - 50}" y="{y + 4}">{10 ** d:g} ms</text>')
out.append(f'<text x="{(L + W - R) / 2 - 70}" y="{H - 15}">articles (log scale)</text>')
# The targets of issue 5: p50 <= 1 ms (shipped) and <= 10 ms at 100,000 articles.
for target_ms, label in ((1, "target p50, shipped"), (10, "target p50, 100k")):
    y = sy(target_ms)
    out.append(f'<line x1="{L}" y1="{y}" x2="{W - R}" y2="{y}" stroke="#c00" stroke-dasharray="4 3"/>')
    out.append(f'<text x="{W - R + 5}" y="{y + 4}" fill="#c00">{label}</text>')
for index, (name, colour) in enumerate((("p50", "#1f77b4"), ("p90", "#ff7f0e"), ("p99", "#2ca02c"))):
    coords = " ".join(f"{sx(math.log10(p[0])):.1f},{sy(p[index + 1]):.1f}" for p in points)
    out.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2"/>')
    for p in points:
        out.append(f'<circle cx="{sx(math.log10(p[0])):.1f}" cy="{sy(p[index + 1]):.1f}" r="3" fill="{colour}"/>')
    out.append(f'<text x="{W - R + 5}" y="{T + 20 + 16 * index}" fill="{colour}">{name}</text>')
out.append("</svg>")
open(target, "w").write("\n".join(out) + "\n")
print(f"wrote {target} from {len(points)} corpus sizes")
