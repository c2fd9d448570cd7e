"""A plain-text report of one analysed document."""

from __future__ import annotations

from khabar.document import Document


def render_text(doc: Document) -> str:
    lines: list[str] = []
    title = doc.meta.title or doc.text[: doc.sentences[0].end if doc.sentences else 60].strip()
    lines.append(f"# {title}")
    meta = [f"id {doc.id}"] + [f"{k} {v}" for k, v in doc.meta.to_dict().items() if v and k != "title"]
    lines.append("  ".join(meta))
    if doc.summary:
        lines.append("\n## Summary")
        lines += [f"- {doc.sentence_text(i).strip()}" for i in doc.summary if i < len(doc.sentences)]
    if doc.keywords:
        lines.append("\n## Keywords")
        lines.append("، ".join(k.text for k in doc.keywords))
    if doc.tone is not None:
        t = doc.tone
        lines.append(f"\n## Tone\nscore {t.score:+.2f}  positive {t.positive:.3f}  negative {t.negative:.3f}")
    names = [e for e in doc.entities if not e.is_value]
    values = [e for e in doc.entities if e.is_value]
    if names:
        lines.append("\n## Entities")
        for e in names:
            link = f"{e.name_en or e.name_rom or '?'}"
            if e.entity_id:
                link += f" ({e.entity_id})"
            lines.append(f"- [{e.start}:{e.end}] {e.type:<8} {e.text}  →  {link}")
    if values:
        lines.append("\n## Values")
        for e in values:
            unit = f" {e.unit}" if e.unit else ""
            if e.value is None:  # a relative date with nothing to anchor it
                hint = " (relative: give --published)" if e.type in ("DATE", "TIME") else ""
                lines.append(f"- [{e.start}:{e.end}] {e.type:<8} {e.text}  =  ?{hint}")
            else:
                lines.append(f"- [{e.start}:{e.end}] {e.type:<8} {e.text}  =  {e.value}{unit}")
    if doc.events:
        lines.append("\n## Events")
        for ev in doc.events:
            a1 = ev.actor1.name_en or ev.actor1.text if ev.actor1 else "—"
            a2 = ev.actor2.name_en or ev.actor2.text if ev.actor2 else "—"
            neg = " (negated)" if ev.negated else ""
            lines.append(f"- {ev.code} {ev.label}: {a1} → {a2}  «{ev.trigger.text}»"
                         f"{'  ' + ev.date if ev.date else ''}{neg}")
    if doc.quotes:
        lines.append("\n## Quotes")
        for q in doc.quotes:
            who = (q.speaker.name_en or q.speaker.text) if q.speaker else "?"
            lines.append(f"- {who}: {q.text}")
    lines.append(f"\n## Sentences ({len(doc.sentences)})")
    lines += [f"{i:>3}  {doc.sentence_text(i)}" for i in range(len(doc.sentences))]
    return "\n".join(lines)
