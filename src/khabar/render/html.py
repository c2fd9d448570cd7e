"""A standalone right-to-left HTML page with entities highlighted. Every piece of text is escaped."""

from __future__ import annotations

from html import escape
from typing import Any

_COLORS = {
    "PERSON": "#fde2e4", "ORG": "#e2ecfd", "GPE": "#e4fde2", "LOC": "#d8f3ec", "NORP": "#fdf3d8",
    "EVENT": "#efe2fd", "FAC": "#eeeeee", "DATE": "#fff4c2", "TIME": "#fff4c2", "MONEY": "#d9f7d9",
    "PERCENT": "#d9f7d9", "QUANTITY": "#d9f7d9", "ORDINAL": "#f0f0f0", "CARDINAL": "#f0f0f0",
}

_STYLE = """
body{font-family:"Noto Nastaliq Urdu","Jameel Noori Nastaleeq","Noto Naskh Arabic","Noto Sans Arabic",
"Segoe UI",Tahoma,sans-serif;line-height:2.2;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}
mark{border-radius:.3em;padding:0 .15em}mark small{font-family:system-ui,sans-serif;font-size:.6em;
color:#555;direction:ltr;unicode-bidi:isolate;margin-inline-start:.2em}
.meta,.side{font-family:system-ui,sans-serif;font-size:.85rem;color:#444;line-height:1.5}
article{border-top:1px solid #ccc;margin-top:2rem}table{border-collapse:collapse}
td,th{border:1px solid #ddd;padding:.2em .5em;text-align:start}
"""


def render_html(docs: list[dict[str, Any]]) -> str:
    body = "\n".join(_article(d) for d in docs)
    return ("<!DOCTYPE html>\n<html lang=\"ur\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            f"<title>khabar</title><style>{_STYLE}</style></head><body>\n{body}\n</body></html>\n")


def _article(d: dict[str, Any]) -> str:
    text: str = d["text"]
    meta = d.get("meta") or {}
    parts: list[str] = ["<article>"]
    if meta.get("title"):
        parts.append(f"<h1>{escape(meta['title'])}</h1>")
    info = " · ".join(escape(f"{k}: {v}") for k, v in meta.items() if v and k != "title")
    parts.append(f"<p class=\"meta\" dir=\"ltr\">{info}</p>")
    if d.get("keywords"):
        parts.append("<p><b>کلیدی الفاظ:</b> " + "، ".join(escape(k["text"]) for k in d["keywords"]) + "</p>")
    if d.get("summary"):
        sents = d.get("sentences", [])
        summ = " ".join(escape(text[sents[i]["start"]:sents[i]["end"]]) for i in d["summary"] if i < len(sents))
        parts.append(f"<p><b>خلاصہ:</b> {summ}</p>")
    parts.append(f"<div class=\"text\">{_highlight(text, d.get('entities', []))}</div>")
    if d.get("events"):
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in (
                ev["code"], ev["label"], _actor(ev.get("actor1")), ev["trigger"]["text"],
                _actor(ev.get("actor2")), ev.get("date") or "", "✗" if ev.get("negated") else ""))
            + "</tr>" for ev in d["events"])
        parts.append("<h2>واقعات</h2><table class=\"side\"><tr><th>CAMEO</th><th>label</th><th>actor 1</th>"
                     f"<th>trigger</th><th>actor 2</th><th>date</th><th>neg</th></tr>{rows}</table>")
    if d.get("quotes"):
        items = "".join(f"<li><b>{escape(_actor(q.get('speaker')))}</b>: {escape(q['text'])}</li>"
                        for q in d["quotes"])
        parts.append(f"<h2>اقتباسات</h2><ul>{items}</ul>")
    parts.append("</article>")
    return "\n".join(parts)


def _actor(a: dict[str, Any] | None) -> str:
    if not a:
        return "—"
    return a.get("name_en") or a.get("text") or "—"


def _highlight(text: str, entities: list[dict[str, Any]]) -> str:
    out: list[str] = []
    pos = 0
    for e in sorted(entities, key=lambda e: e["start"]):
        if e["start"] < pos:
            continue
        out.append(escape(text[pos:e["start"]]))
        label = e.get("name_en") or e.get("name_rom") or ""
        if "value" in e:
            # a relative date with no publication date to anchor it has no value: show its type only
            label = "" if e["value"] is None else f"{e['value']}{' ' + e['unit'] if e.get('unit') else ''}"
        title = escape(f"{e['type']}: {label}" + (f" ({e['entity_id']})" if e.get("entity_id") else ""))
        color = _COLORS.get(e["type"], "#eee")
        out.append(f"<mark style=\"background:{color}\" title=\"{title}\" data-type=\"{escape(e['type'])}\">"
                   f"{escape(text[e['start']:e['end']])}<small>{escape(label or e['type'])}</small></mark>")
        pos = e["end"]
    out.append(escape(text[pos:]))
    return "".join(out).replace("\n", "<br>\n")
