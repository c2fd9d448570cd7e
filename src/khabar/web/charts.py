"""Chart geometry for server-side SVG: plain numbers here, drawing (and escaping) in the templates."""

from __future__ import annotations

import math
from typing import Any


def timeline_bars(timeline: list[dict[str, Any]], *, width: int = 640, height: int = 180) -> dict[str, Any]:
    """Bars for mentions per period, labelled on the axis (no legend needed)."""
    points = [(str(p.get("period")), int(p.get("mentions", 0))) for p in timeline]
    if not points:
        return {"bars": [], "width": width, "height": height, "max": 0}
    top = max(m for _, m in points) or 1
    pad_bottom, pad_top = 34, 18
    plot_h = height - pad_bottom - pad_top
    slot = width / len(points)
    bar_w = max(min(slot * 0.7, 60), 2)
    label_every = max(1, math.ceil(len(points) / 12))
    bars = []
    for i, (period, mentions) in enumerate(points):
        h = plot_h * mentions / top
        x = i * slot + (slot - bar_w) / 2
        bars.append({"x": round(x, 1), "y": round(pad_top + plot_h - h, 1), "w": round(bar_w, 1),
                     "h": round(h, 1), "period": period, "mentions": mentions,
                     "label": i % label_every == 0, "cx": round(x + bar_w / 2, 1)})
    return {"bars": bars, "width": width, "height": height, "max": top, "axis_y": height - pad_bottom}


def network(center: dict[str, Any], neighbours: list[dict[str, Any]], *, size: int = 420) -> dict[str, Any]:
    """The entity in the middle, co-occurring entities on a circle, edge width by shared documents."""
    c = size / 2
    radius = size / 2 - 70
    top = max((int(n.get("documents", 1)) for n in neighbours), default=1) or 1
    nodes = []
    for i, n in enumerate(neighbours):
        angle = 2 * math.pi * i / max(len(neighbours), 1) - math.pi / 2
        weight = int(n.get("documents", 1))
        nodes.append({"x": round(c + radius * math.cos(angle), 1), "y": round(c + radius * math.sin(angle), 1),
                      "r": round(8 + 10 * weight / top, 1), "edge": round(1 + 5 * weight / top, 1),
                      "label": n.get("name_en") or n.get("name") or n.get("key"), "urdu": n.get("name"),
                      "key": n.get("key"), "type": n.get("type"), "documents": weight})
    return {"size": size, "cx": c, "cy": c, "nodes": nodes,
            "center": center.get("name_en") or center.get("name") or center.get("key"),
            "center_urdu": center.get("name")}
