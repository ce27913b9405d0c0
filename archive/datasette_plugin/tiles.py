"""The map's offline base layer: province outlines drawn into standard web-map tiles.

Default tiles come from a tile server abroad that many users (and every offline machine) cannot
reach, which leaves a grey map. These tiles are drawn here, from a small shipped layer
(``data/provinces.json``), with Pillow: nothing leaves the server, and the map shows where the
cases are. Tiles are Web Mercator, 256 pixels, the scheme Leaflet asks for ({z}/{x}/{y}).
"""
from __future__ import annotations

import io
import json
import math
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "provinces.json"
SIZE = 256
MAX_ZOOM = 12
BACKGROUND = (244, 242, 236)
OUTLINE = (120, 120, 120)
LAND = (252, 251, 248)


@lru_cache(maxsize=1)
def provinces() -> list[dict]:
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    for prov in doc["provinces"]:
        xs = [p[0] for ring in prov["rings"] for p in ring]
        ys = [p[1] for ring in prov["rings"] for p in ring]
        prov["bbox"] = (min(xs), min(ys), max(xs), max(ys))
    return doc["provinces"]


def _pixel(lon: float, lat: float, z: int, x: int, y: int) -> tuple[float, float]:
    scale = SIZE * 2 ** z
    lat = max(min(lat, 85.0), -85.0)
    px = (lon + 180.0) / 360.0 * scale - x * SIZE
    s = math.sin(math.radians(lat))
    py = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * scale - y * SIZE
    return px, py


def _tile_bounds(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    def lon(px):
        return px / 2 ** z * 360.0 - 180.0

    def lat(py):
        n = math.pi - 2 * math.pi * py / 2 ** z
        return math.degrees(math.atan(math.sinh(n)))
    return lon(x), lat(y + 1), lon(x + 1), lat(y)


@lru_cache(maxsize=512)
def tile(z: int, x: int, y: int) -> bytes:
    """One PNG tile; ValueError for a tile that does not exist."""
    from PIL import Image, ImageDraw

    if not (0 <= z <= MAX_ZOOM and 0 <= x < 2 ** z and 0 <= y < 2 ** z):
        raise ValueError("no such tile")
    image = Image.new("RGB", (SIZE, SIZE), BACKGROUND)
    draw = ImageDraw.Draw(image)
    west, south, east, north = _tile_bounds(z, x, y)
    width = 1 if z < 6 else 2
    for prov in provinces():
        a, b, c, d = prov["bbox"]
        if c < west or a > east or d < south or b > north:
            continue
        for ring in prov["rings"]:
            points = [_pixel(lon, lat, z, x, y) for lon, lat in ring]
            draw.polygon(points, fill=LAND)
        for ring in prov["rings"]:
            points = [_pixel(lon, lat, z, x, y) for lon, lat in ring]
            draw.line(points, fill=OUTLINE, width=width)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
