"""khabar.web."""
