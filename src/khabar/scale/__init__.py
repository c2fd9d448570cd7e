"""khabar.scale."""
