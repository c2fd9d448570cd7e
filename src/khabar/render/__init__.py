"""Documents as people read them: a plain-text report and a standalone HTML page."""

from khabar.render.html import render_html
from khabar.render.text import render_text

__all__ = ["render_html", "render_text"]
