"""khabar.eval."""
