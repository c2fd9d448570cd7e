"""What an article is about: keywords, an extractive summary, tone."""
