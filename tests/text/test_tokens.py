"""tokenize(): Urdu words, numbers, Latin, URLs and punctuation, with original offsets."""

import pytest

from khabar.document import Sentence, Token
from khabar.text import joins
from khabar.text.sentences import split_sentences
from khabar.text.tokens import tokenize


@pytest.fixture(autouse=True)
def _no_space_repair(monkeypatch):
    # Tokenization is tested on its own; the join repair wiring has its own tests below.
    monkeypatch.setattr(joins, "split_joined", lambda word: None)


def _pairs(text):
    return [(text[t.start:t.end], t.norm) for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("وزیراعظم نے اجلاس طلب کیا۔",
         [("وزیراعظم", "وزیراعظم"), ("نے", "نے"), ("اجلاس", "اجلاس"), ("طلب", "طلب"), ("کیا", "کیا"),
          ("۔", "۔")]),
        # the era mark is its own token, with or without a space, glued to the next word or not
        ("یہ 2013ء میں ہوا اور 2019 ء میں ۱۹۴۷ءمیں بھی",
         [("یہ", "یہ"), ("2013", "2013"), ("ء", "ء"), ("میں", "میں"), ("ہوا", "ہوا"), ("اور", "اور"),
          ("2019", "2019"), ("ء", "ء"), ("میں", "میں"), ("۱۹۴۷", "1947"), ("ء", "ء"), ("میں", "میں"),
          ("بھی", "بھی")]),
        # numbers: decimals, thousands, dates, times, ranges; digits glued to a word split off
        ("شرح 12.5 فیصد، قیمت ۱٬۲۵۰ روپے، 15.12.2021 کو 4:30 بجے، 2021-2025 تک 25اکتوبر",
         [("شرح", "شرح"), ("12.5", "12.5"), ("فیصد", "فیصد"), ("،", "،"), ("قیمت", "قیمت"),
          ("۱٬۲۵۰", "1,250"), ("روپے", "روپے"), ("،", "،"), ("15.12.2021", "15.12.2021"), ("کو", "کو"),
          ("4:30", "4:30"), ("بجے", "بجے"), ("،", "،"), ("2021-2025", "2021-2025"), ("تک", "تک"),
          ("25", "25"), ("اکتوبر", "اکتوبر")]),
        # Latin inside Urdu, in brackets and with a hyphen
        ("کواڈ (QUAD) اور (multi-polar) دنیا میں 5G اور U.S. کا Pakistan's",
         [("کواڈ", "کواڈ"), ("(", "("), ("QUAD", "QUAD"), (")", ")"), ("اور", "اور"), ("(", "("),
          ("multi-polar", "multi-polar"), (")", ")"), ("دنیا", "دنیا"), ("میں", "میں"), ("5G", "5G"),
          ("اور", "اور"), ("U.S.", "U.S."), ("کا", "کا"), ("Pakistan's", "Pakistan's")]),
        # every quote form is one token with norm "
        ("’’سرد جنگ‘‘ اور ''ذہنیت'' پر",
         [("’’", '"'), ("سرد", "سرد"), ("جنگ", "جنگ"), ("‘‘", '"'), ("اور", "اور"), ("''", '"'),
          ("ذہنیت", "ذہنیت"), ("''", '"'), ("پر", "پر")]),
        # missing and extra spaces around the full stop
        ("ہیں ۔برازیل ہے ۔",
         [("ہیں", "ہیں"), ("۔", "۔"), ("برازیل", "برازیل"), ("ہے", "ہے"), ("۔", "۔")]),
        # URLs, e-mails, hashtags, mentions
        ("تفصیل www.bbc.com/urdu اور https://example.pk/a?b=1، رابطہ news@example.pk #پاکستان @imran_khan",
         [("تفصیل", "تفصیل"), ("www.bbc.com/urdu", "www.bbc.com/urdu"), ("اور", "اور"),
          ("https://example.pk/a?b=1", "https://example.pk/a?b=1"), ("،", "،"), ("رابطہ", "رابطہ"),
          ("news@example.pk", "news@example.pk"), ("#پاکستان", "#پاکستان"), ("@imran_khan", "@imran_khan")]),
        # Arabic keyboard, presentation forms, tatweel and harakat: the token covers what it came from
        ("پوليو كے حكـــام ﮨﻮ مُحکمۂ تقریباً",
         [("پوليو", "پولیو"), ("كے", "کے"), ("حكـــام", "حکام"), ("ﮨﻮ", "ہو"), ("مُحکمۂ", "محکمۂ"),
          ("تقریباً", "تقریبا")]),
        # ZWNJ compounds stay one word; a ligature that expands to words gives one token per word
        # a ligature that spells words is one token; a word glued to it is cut at its edge, but a
        # letter ligature (ﻻ) stays inside its word
        ("کلام\u200cپاک پڑھا ﷺ",
         [("کلام\u200cپاک", "کلامپاک"), ("پڑھا", "پڑھا"), ("ﷺ", "صلی اللہ علیہ وسلم")]),
        # (ﷲ is glued into words by writers, اﷲ, کرمﷲ, and stays inside them like ﻻ)
        ("نبیﷺ اور اللہﷻ، عبدﷲ ﻻﮨﻮﺭ",
         [("نبی", "نبی"), ("ﷺ", "صلی اللہ علیہ وسلم"), ("اور", "اور"), ("اللہ", "اللہ"), ("ﷻ", "جل جلالہ"),
          ("،", "،"), ("عبدﷲ", "عبداللہ"), ("ﻻﮨﻮﺭ", "لاہور")]),
        # a URL stops at Urdu punctuation
        ("دیکھیں https://example.org/news۔اگلی",
         [("دیکھیں", "دیکھیں"), ("https://example.org/news", "https://example.org/news"), ("۔", "۔"),
          ("اگلی", "اگلی")]),
        ("کیلئے", [("کیلئے", "کیلئے")]),
        ("شرح ۱۲۔۵ فیصد۔", [("شرح", "شرح"), ("۱۲۔۵", "12.5"), ("فیصد", "فیصد"), ("۔", "۔")]),
        ("رکو... اچھا۔۔۔ کیوں؟!",
         [("رکو", "رکو"), ("...", "..."), ("اچھا", "اچھا"), ("۔۔۔", "۔۔۔"), ("کیوں", "کیوں"), ("؟", "؟"),
          ("!", "!")]),
        ("", []),
    ],
)
def test_tokenize(text, pairs):
    assert _pairs(text) == pairs


def test_tokens_are_whole_structures_with_sentence_indexes():
    text = "مہم ۲۰ نومبر تک جاری رہے گی ۔ عالمی ادارہ (WHO)"
    tokens = tokenize(text, split_sentences(text))
    assert tokens == [
        Token(0, 3, "مہم", 0), Token(4, 6, "20", 0), Token(7, 12, "نومبر", 0), Token(13, 15, "تک", 0),
        Token(16, 20, "جاری", 0), Token(21, 24, "رہے", 0), Token(25, 27, "گی", 0), Token(28, 29, "۔", 0),
        Token(30, 35, "عالمی", 1), Token(36, 41, "ادارہ", 1), Token(42, 43, "(", 1), Token(43, 46, "WHO", 1),
        Token(46, 47, ")", 1),
    ]


def test_without_sentences_every_token_is_in_sentence_zero():
    assert {t.sentence for t in tokenize("پہلا۔ دوسرا۔")} == {0}


def test_sentence_index_follows_the_given_sentences():
    text = "ایک۔ دو۔ تین۔"
    tokens = tokenize(text, [Sentence(0, 4), Sentence(5, 8), Sentence(9, 13)])
    assert [(t.norm, t.sentence) for t in tokens] == [
        ("ایک", 0), ("۔", 0), ("دو", 1), ("۔", 1), ("تین", 2), ("۔", 2)]


def _fake_split(word):
    # Stand-in for the join repairer: parts tile the normalized word, norms may differ.
    if word == "کیلئے":
        return [(0, 2, "کے"), (2, 5, "لیے")]
    if word == "ہونیوالی":
        return [(0, 4, "ہونے"), (4, 8, "والی")]
    return None


def test_run_together_words_become_one_token_per_part(monkeypatch):
    asked = []

    def split(word):
        asked.append(word)
        return _fake_split(word)

    monkeypatch.setattr(joins, "split_joined", split)
    text = "عوام كيلئے ہونےوالی کیلئے 2013ء"
    tokens = tokenize(text, split_sentences(text))
    assert tokens == [
        Token(0, 4, "عوام", 0),
        Token(5, 7, "کے", 0, joined=True), Token(7, 10, "لیے", 0, joined=True),
        Token(11, 15, "ہونے", 0, joined=True), Token(15, 19, "والی", 0, joined=True),
        Token(20, 22, "کے", 0, joined=True), Token(22, 25, "لیے", 0, joined=True),
        Token(26, 30, "2013", 0), Token(30, 31, "ء", 0),
    ]
    # each distinct Urdu word is asked once, in its normalized form; numbers are never asked
    assert sorted(asked) == sorted({"عوام", "کیلئے", "ہونیوالی", "ء"})


def test_parts_are_placed_alike_in_an_article_and_in_one_long_text(monkeypatch):
    # An article's parts are spliced into its token list in place; a long text with many
    # run-together words is rebuilt front to back instead. Both must give the same tokens.
    from khabar.text import tokens as tokens_module

    monkeypatch.setattr(joins, "split_joined", _fake_split)
    text = "عوام كيلئے ہونےوالی سڑک۔ " * 40 + "کیلئے"
    spliced = tokenize(text, split_sentences(text))
    monkeypatch.setattr(tokens_module, "_SPLICE_LIMIT", 0)
    rebuilt = tokenize(text, split_sentences(text))
    assert spliced == rebuilt
    assert len(spliced) == 40 * 7 + 2
    assert spliced[-2:] == [Token(1000, 1002, "کے", 40, joined=True), Token(1002, 1005, "لیے", 40, joined=True)]


def test_a_zwnj_word_is_never_split(monkeypatch):
    monkeypatch.setattr(joins, "split_joined", _fake_split)
    text = "کی\u200cلئے"
    assert tokenize(text) == [Token(0, 6, "کیلئے", 0)]


def test_repair_can_be_switched_off(monkeypatch):
    monkeypatch.setattr(joins, "split_joined", _fake_split)
    assert tokenize("کیلئے", repair_joins=False) == [Token(0, 5, "کیلئے", 0)]


def test_tokens_never_overlap_and_cover_every_visible_character():
    text = "پشاور (نمائندہ خصوصی) خیبر پختونخوا كے ﮨﻮ گیا ہے، جس ميں ۵ سال سے كم عمر كے ۱۲ لاکھ بچوں كو ’’قطرے‘‘ پلائے جائيں گے۔"
    tokens = tokenize(text)
    covered = set()
    for a, b in zip(tokens, tokens[1:], strict=False):
        assert a.end <= b.start
    for t in tokens:
        covered.update(range(t.start, t.end))
    assert {i for i, c in enumerate(text) if not c.isspace()} <= covered


def test_space_repair_is_not_offered_runs_longer_than_a_word(monkeypatch):
    asked = []
    monkeypatch.setattr(joins, "split_joined", lambda w: asked.append(w))
    text = "ا" * 500 + " کیلئے"
    assert [t.norm for t in tokenize(text)] == ["ا" * 500, "کیلئے"]
    assert asked == ["کیلئے"]


@pytest.mark.parametrize(
    "text",
    ["مُحکمۂ صحت كے حكـــام نے ’’اپيل‘‘ کی ۔برازیل ۲۰۱۳ء میں",
     "ﷲ کا شکر ہے۔ وزیراعظم نے\u200c اجلاس طلب کیا؟ جی ہاں!"],
)
def test_a_given_view_gives_the_same_sentences_and_tokens(text):
    from khabar.text.normalize import _normalize_cached, normalize

    norm = normalize(text)
    _normalize_cached.cache_clear()
    sents = split_sentences(text, norm=norm)
    assert sents == split_sentences(text)
    assert tokenize(text, sents, norm=norm) == tokenize(text, sents)


def test_a_view_of_another_text_is_refused():
    from khabar.errors import InputError
    from khabar.text.normalize import normalize

    other = normalize("دوسرا متن")
    with pytest.raises(InputError):
        tokenize("پہلا متن", norm=other)
    with pytest.raises(InputError):
        split_sentences("پہلا متن", norm=other)


def test_space_repair_never_cuts_inside_a_ligature(monkeypatch):
    # یﷲ reads یاللہ in the view, which space repair would cut as یا + للہ inside the ligature
    monkeypatch.setattr(joins, "split_joined", lambda word: [(0, 2, "یا"), (2, 5, "للہ")]
                        if word == "یاللہ" else None)
    toks = tokenize("یﷲ")
    assert [(t.start, t.end, t.norm) for t in toks] == [(0, 2, "یاللہ")]



@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a letter that is never a word, cut off by a stray space, joins the word before it
        ("میر ے خیال میں یہ درست ہے", [("میر ے", "میرے"), ("خیال", "خیال"), ("میں", "میں"), ("یہ", "یہ"),
                                      ("درست", "درست"), ("ہے", "ہے")]),
        ("قیمتیں بڑ ھ رہی ہیں", [("قیمتیں", "قیمتیں"), ("بڑ ھ", "بڑھ"), ("رہی", "رہی"), ("ہیں", "ہیں")]),
        ("دونو ں ٹیمیں کہو ں۔", [("دونو ں", "دونوں"), ("ٹیمیں", "ٹیمیں"), ("کہو ں", "کہوں"), ("۔", "۔")]),
        # after a number or a mark there is no word to join: the letter stays on its own
        ("نمبر 5 ے، اور ۔ ں", [("نمبر", "نمبر"), ("5", "5"), ("ے", "ے"), ("،", "،"), ("اور", "اور"),
                              ("۔", "۔"), ("ں", "ں")]),
        # two spaces are a real gap, and ں starting a longer word is not a fragment
        ("میر  ے سال", [("میر", "میر"), ("ے", "ے"), ("سال", "سال")]),
    ],
)
def test_stray_space_fragments_rejoin_their_word(text, pairs):
    assert _pairs(text) == pairs


def _norms(text):
    return [t.norm for t in tokenize(text)]


def test_a_name_glued_to_a_postposition_splits_when_the_name_stands_alone_too():
    text = "گلوکارہ ریہانا نے نیا البم جاری کیا۔ ریہاناکا کہنا ہے کہ البم اگلے ماہ آئے گا۔"
    assert _norms(text)[8:13] == ["ریہانا", "کا", "کہنا", "ہے", "کہ"]
    glued = [t for t in tokenize(text) if t.joined]
    assert [(text[t.start:t.end], t.norm) for t in glued] == [("ریہانا", "ریہانا"), ("کا", "کا")]


def test_a_name_glued_after_a_postposition_splits_when_the_name_stands_alone_too():
    text = "گلوکارہ ریہانا نے نیا البم جاری کیا۔ سروے میںریہانا پہلے نمبر پر رہیں اورریہانا خوش ہیں۔"
    norms = _norms(text)
    assert norms[8:11] == ["سروے", "میں", "ریہانا"]
    assert norms[15:17] == ["اور", "ریہانا"]
    # never written alone in the text: the glued word stays whole
    assert "میںریہانا" in _norms("سروے میںریہانا پہلے نمبر پر رہیں۔")


def test_a_glued_name_the_text_never_writes_alone_stays_whole():
    assert "ریہاناکا" in _norms("ریہاناکا کہنا ہے کہ البم اگلے ماہ آئے گا۔")


def test_a_known_word_before_ne_is_a_verb_ending_not_a_name():
    # ڈھل is a word of its own: ڈھلنے is the infinitive, not ڈھل + نے
    text = "سورج ڈھل گیا اور شام ڈھلنے کے بعد بازار بند ہو گئے۔"
    assert "ڈھلنے" in _norms(text)


# The parts of a run-together word take their offsets straight from the word when nothing inside
# it was dropped or expanded, and go through the offset map otherwise; both must give the spans
# the careful mapping gives.
@pytest.mark.parametrize(
    "text",
    [
        "عوام ''کیلئے'' آئے",  # quotes on both sides: the word's edges are breaks, its inside not
        "عوام کیلئےَ آئے",  # a dropped mark after the word: the last part keeps it
        "عوام کیَلئے آئے",  # a dropped mark inside the word: the map is used
        "عوام کیـلئے آئے",  # tatweel inside the word
        "’’عوام‘‘ کیلئے، ہونیوالی۔ کیلئے",  # several hits, some after a break, some not
    ],
)
def test_parts_of_a_run_together_word_map_like_any_span(monkeypatch, text):
    from khabar.text.normalize import normalize

    monkeypatch.setattr(joins, "split_joined", _fake_split)
    n = normalize(text)
    words = tokenize(text, repair_joins=False)
    expected = []
    for w, (a, _) in zip(words, _norm_spans(n.norm, [w.norm for w in words]), strict=True):
        parts = _fake_split(w.norm)
        if parts is None:
            expected.append((w.start, w.end, w.norm, False))
        else:
            expected += [(*n.span_to_original(a + s, a + e), part, True) for s, e, part in parts]
    assert any(j for *_, j in expected)
    assert [(t.start, t.end, t.norm, t.joined) for t in tokenize(text)] == expected


def test_a_word_before_a_quote_or_a_mark_ends_where_the_careful_mapping_says():
    from khabar.text.normalize import normalize

    for text in ["کہا ''ہم آئیں گے'' اور", "کتابَ'' پڑھی", "وہ\u200c'' گیا", "ﷺ'' اور"]:
        n = normalize(text)
        tokens = tokenize(text, repair_joins=False)
        spans = [n.span_to_original(a, b) for a, b in _norm_spans(n.norm, [t.norm for t in tokens])]
        assert [(t.start, t.end) for t in tokens] == spans


def _norm_spans(norm, words):
    out, at = [], 0
    for w in words:
        at = norm.index(w, at)
        out.append((at, at + len(w)))
        at += len(w)
    return out
