"""Charts drawn on the server as inline SVG: no script, nothing fetched.

Every label passes through :class:`markupsafe.Markup` formatting, which
escapes it, so text from documents (names, propositions) is never markup.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from markupsafe import Markup

__all__ = ["bars", "sides", "timeline"]

COLOURS = {"supports": "#2e7d32", "disputes": "#c62828", "reports": "#757575"}


def _svg(width: int, height: int, title: str, body: Iterable[Markup]) -> Markup:
    return (Markup('<svg class="chart" role="img" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
                   'xmlns="http://www.w3.org/2000/svg"><title>{t}</title>').format(w=width, h=height, t=title)
            + Markup("").join(body) + Markup("</svg>"))


def bars(points: Sequence[tuple[str, int]], title: str, *, height: int = 160) -> Markup:
    """A vertical bar per (label, count), e.g. statements per month."""
    if not points:
        return Markup('<p class="muted">No dated items to chart.</p>')
    step = max(18, min(60, 640 // len(points)))
    width = 40 + step * len(points)
    top = max(n for _, n in points)
    plot = height - 40
    out: list[Markup] = []
    for i, (label, n) in enumerate(points):
        h = max(1, round(plot * n / top))
        x = 30 + i * step
        out.append(Markup('<rect class="bar" x="{x}" y="{y}" width="{w}" height="{h}" fill="#3f6fb5">'
                          '<title>{label}: {n}</title></rect>').format(x=x, y=10 + plot - h, w=step - 4, h=h,
                                                                      label=label, n=n))
        if len(points) <= 24 or i % max(1, len(points) // 12) == 0:
            out.append(Markup('<text x="{x}" y="{y}" font-size="9" text-anchor="middle">{label}</text>').format(
                x=x + (step - 4) / 2, y=height - 14, label=label[2:] if len(label) == 7 else label))
    out.append(Markup('<text x="2" y="16" font-size="10">{top}</text>').format(top=top))
    return _svg(width, height, title, out)


def sides(rows: Sequence[tuple[str, int, int, int]], title: str, *, label_width: int = 260) -> Markup:
    """Support vs dispute (and reports) per thread: (label, supports, disputes, reports)."""
    if not rows:
        return Markup('<p class="muted">No threads yet.</p>')
    row_h, bar_w = 22, 320
    top = max(s + d + r for _, s, d, r in rows) or 1
    out: list[Markup] = []
    for i, (label, *counts) in enumerate(rows):
        y = 8 + i * row_h
        short = label if len(label) <= 42 else label[:41] + "…"
        out.append(Markup('<text x="0" y="{y}" font-size="11">{label}<title>{full}</title></text>').format(
            y=y + 13, label=short, full=label))
        x = float(label_width)
        for side, n in zip(("supports", "disputes", "reports"), counts, strict=True):
            if not n:
                continue
            w = bar_w * n / top
            out.append(Markup('<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="16" fill="{c}">'
                              '<title>{side}: {n}</title></rect>').format(x=x, y=y, w=w, c=COLOURS[side],
                                                                        side=side, n=n))
            x += w
        out.append(Markup('<text x="{x:.1f}" y="{y}" font-size="10">{s} / {d}</text>').format(
            x=x + 4, y=y + 13, s=counts[0], d=counts[1]))
    return _svg(label_width + bar_w + 60, 16 + row_h * len(rows), title, out)


def timeline(items: Sequence[tuple[str | None, str]], title: str) -> Markup:
    """One dot per (date, side), stacked per day, in date order."""
    dated = sorted((d[:10], side) for d, side in items if d)
    if not dated:
        return Markup('<p class="muted">No dated statements.</p>')
    days = sorted({d for d, _ in dated})
    step = max(24, min(80, 640 // len(days)))
    height = 40 + 14 * max(Counter(d for d, _ in dated).values())
    out: list[Markup] = []
    seen: Counter[str] = Counter()
    for d, side in dated:
        x = 30 + days.index(d) * step
        y = height - 28 - 14 * seen[d]
        seen[d] += 1
        out.append(Markup('<circle cx="{x}" cy="{y}" r="5" fill="{c}"><title>{d}: {side}</title></circle>').format(
            x=x, y=y, c=COLOURS.get(side, "#757575"), d=d, side=side))
    for i, d in enumerate(days):
        out.append(Markup('<text x="{x}" y="{y}" font-size="9" text-anchor="middle">{d}</text>').format(
            x=30 + i * step, y=height - 8, d=d[5:]))
    return _svg(60 + step * len(days), height, title, out)
