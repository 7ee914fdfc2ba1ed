#!/usr/bin/env python3
"""Draws the Teams app icons (color 192x192, outline 32x32) as PNGs with the standard library only.

The design: a stack of five rounded vertebrae, white on BackCareBot's teal for the colour icon, white outline on
transparent for the outline icon (Teams requires white and transparent only there).
"""
import struct
import zlib

TEAL = (17, 94, 89, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def in_rounded_rect(x, y, left, top, right, bottom, radius):
    if not (left <= x < right and top <= y < bottom):
        return False
    cx = min(max(x, left + radius), right - radius - 1)
    cy = min(max(y, top + radius), bottom - radius - 1)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def vertebrae(size):
    """Five rounded blocks, widest at the bottom (the lumbar spine)."""
    blocks = []
    count, gap = 5, size * 0.035
    top, bottom = size * 0.16, size * 0.84
    height = (bottom - top - gap * (count - 1)) / count
    for index in range(count):
        width = size * (0.34 + 0.05 * index)
        y0 = top + index * (height + gap)
        blocks.append((size / 2 - width / 2, y0, size / 2 + width / 2, y0 + height))
    return blocks


def color_pixel(x, y, size=192):
    if not in_rounded_rect(x, y, 0, 0, size, size, size * 0.18):
        return CLEAR
    for left, top, right, bottom in vertebrae(size):
        if in_rounded_rect(x, y, left, top, right, bottom, (bottom - top) * 0.4):
            return WHITE
    return TEAL


def outline_pixel(x, y, size=32):
    for left, top, right, bottom in vertebrae(size):
        radius = (bottom - top) * 0.4
        inside = in_rounded_rect(x, y, left, top, right, bottom, radius)
        inner = in_rounded_rect(x, y, left + 1, top + 1, right - 1, bottom - 1, max(radius - 1, 0))
        if inside and not inner:
            return WHITE
    return CLEAR


if __name__ == "__main__":
    png("color.png", 192, color_pixel)
    png("outline.png", 32, outline_pixel)
