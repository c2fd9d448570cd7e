"""The text engine: normalization with an offset map, sentences, tokens, space repair."""

from khabar.text.normalize import Normalized, normalize, normalize_word
from khabar.text.sentences import split_sentences
from khabar.text.tokens import tokenize

__all__ = ["Normalized", "normalize", "normalize_word", "split_sentences", "tokenize"]
