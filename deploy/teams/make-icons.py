#!/usr/bin/env python3
"""Draws the Teams app icons (no image library needed): color.png 192x192 and outline.png 32x32.

Teams asks for a full-colour 192x192 icon and a 32x32 outline icon that is white on a transparent background.
The picture is a mountain summit with a sun. Run: python3 deploy/teams/make-icons.py
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
NAVY, WHITE, GOLD = (31, 58, 95), (255, 255, 255), (232, 180, 74)


def inside(polygon, x, y):
    hit = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def near_outline(polygon, x, y, width):
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1]):
        dx, dy = x2 - x1, y2 - y1
        t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / float(dx * dx + dy * dy)))
        if (x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2 <= (width / 2.0) ** 2:
            return True
    return False


def render(size, shade, samples=4):
    """shade(x, y) -> (r, g, b, a) or None; supersampled so edges are smooth."""
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter: none
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    colour = shade(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples)
                    if colour:
                        r, g, b, a = colour
                        acc[0] += r * a
                        acc[1] += g * a
                        acc[2] += b * a
                        acc[3] += a
            alpha = acc[3] / (samples * samples)
            rgb = [int(round(c / acc[3])) if acc[3] else 0 for c in acc[:3]]
            row += bytes(rgb + [int(round(alpha))])
        rows.append(bytes(row))
    return rows


def write_png(path, size, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as png:
        png.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def colour_icon(x, y):
    mountain = [(24, 152), (78, 64), (104, 104), (122, 80), (168, 152)]
    snow_line = [(66, 84), (78, 64), (90, 84), (84, 80), (78, 86), (72, 80)]
    if (x - 146) ** 2 + (y - 48) ** 2 <= 14 ** 2:
        return GOLD + (255,)
    if inside(snow_line, x, y):
        return NAVY + (255,)
    if inside(mountain, x, y):
        return WHITE + (255,)
    return NAVY + (255,)


def outline_icon(x, y):
    mountain = [(3, 27), (13, 10), (18, 18), (21, 14), (29, 27)]
    return WHITE + (255,) if near_outline(mountain, x, y, 2.0) else None


if __name__ == "__main__":
    write_png(os.path.join(HERE, "color.png"), 192, render(192, colour_icon))
    write_png(os.path.join(HERE, "outline.png"), 32, render(32, outline_icon))
