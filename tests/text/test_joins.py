"""khabar.text.joins: run-together Urdu words into their parts, and the shipped tables behind it."""

from __future__ import annotations

import importlib.util
from importlib import resources
from pathlib import Path

import pytest

from khabar.errors import InputError
from khabar.eval.joins import evaluate_joins
from khabar.text.joins import load_tables, segment, split_joined, split_unlisted, split_written
from khabar.text.normalize import normalize
from khabar.text.tokens import tokenize

ROOT = Path(__file__).resolve().parents[2]


def split(word: str) -> list[tuple[int, int, str]] | None:
    return split_joined(normalize(word).norm)


@pytest.mark.parametrize(("word", "parts"), [
    ("کیلئے", [(0, 2, "کے"), (2, 5, "لیے")]),
    ("کیلیے", [(0, 2, "کے"), (2, 5, "لیے")]),
    ("کےلئے", [(0, 2, "کے"), (2, 5, "لیے")]),
    ("کیساتھ", [(0, 2, "کے"), (2, 6, "ساتھ")]),
    ("کیطرف", [(0, 2, "کی"), (2, 5, "طرف")]),
    ("ہونیوالی", [(0, 4, "ہونے"), (4, 8, "والی")]),
    ("جائیگی", [(0, 4, "جائے"), (4, 6, "گی")]),
    ("جائینگی", [(0, 5, "جائیں"), (5, 7, "گی")]),
    ("کرینگے", [(0, 4, "کریں"), (4, 6, "گے")]),
    ("اوراس", [(0, 3, "اور"), (3, 5, "اس")]),
    ("کردیا", [(0, 2, "کر"), (2, 5, "دیا")]),
    ("ہوگیا", [(0, 2, "ہو"), (2, 5, "گیا")]),
    ("اسکی", [(0, 2, "اس"), (2, 4, "کی")]),
    ("آپکو", [(0, 2, "آپ"), (2, 4, "کو")]),
])
def test_table_splits(word: str, parts: list[tuple[int, int, str]]) -> None:
    assert split(word) == parts


@pytest.mark.parametrize(("word", "parts"), [
    # The general segmenter alone, without the fix table.
    ("لاہورمیں", [(0, 5, "لاہور"), (5, 8, "میں")]),
    ("کراچیسے", None),  # ی of کراچی joins: a missing space there shows, so it is not guessed
    ("پشاورسے", [(0, 5, "پشاور"), (5, 7, "سے")]),
    ("اورپولیس", [(0, 3, "اور"), (3, 8, "پولیس")]),
    ("کردیاگیا", [(0, 2, "کر"), (2, 5, "دیا"), (5, 8, "گیا")]),
    ("جاسکتاہے", [(0, 2, "جا"), (2, 6, "سکتا"), (6, 8, "ہے")]),
    ("دیاجائیگا", [(0, 3, "دیا"), (3, 7, "جائے"), (7, 9, "گا")]),
    ("ہوجائیگا", [(0, 2, "ہو"), (2, 6, "جائے"), (6, 8, "گا")]),
    ("کرسکینگے", [(0, 2, "کر"), (2, 6, "سکیں"), (6, 8, "گے")]),
    ("عدالتنےکہا", None),
    ("بنادیا", [(0, 3, "بنا"), (3, 6, "دیا")]),
])
def test_segmenter_splits(word: str, parts: list[tuple[int, int, str]] | None) -> None:
    assert split_unlisted(normalize(word).norm) == parts


@pytest.mark.parametrize(("word", "parts"), [
    # ے written ے or (joined) ی, both normalized to ی inside a word, comes back as ے at the seam.
    ("کرتےہوئے", [(0, 4, "کرتے"), (4, 8, "ہوئے")]),
    ("سےزیادہ", [(0, 2, "سے"), (2, 7, "زیادہ")]),
    ("ہےکہ", [(0, 2, "ہے"), (2, 4, "کہ")]),
    ("ہونےوالے", [(0, 4, "ہونے"), (4, 8, "والے")]),
    ("رہیگا", [(0, 3, "رہے"), (3, 5, "گا")]),
    ("ہونگے", [(0, 3, "ہوں"), (3, 5, "گے")]),
    ("لیکر", [(0, 2, "لے"), (2, 4, "کر")]),
    # ... unless a feminine auxiliary agrees with the ی.
    ("رہیتھی", [(0, 3, "رہی"), (3, 6, "تھی")]),
    ("ہوئیتھیں", [(0, 4, "ہوئی"), (4, 8, "تھیں")]),
    ("رہےتھے", [(0, 3, "رہے"), (3, 6, "تھے")]),
    # A run-on کی is کے unless the noun after it takes کی.
    ("کیاجازت", [(0, 2, "کی"), (2, 7, "اجازت")]),
    ("کیحکومت", [(0, 2, "کی"), (2, 7, "حکومت")]),
    ("کیتحت", [(0, 2, "کے"), (2, 5, "تحت")]),
    ("کیعلاقے", [(0, 2, "کے"), (2, 7, "علاقے")]),
])
def test_seam_repairs(word: str, parts: list[tuple[int, int, str]]) -> None:
    assert split(word) == parts


@pytest.mark.parametrize(("written", "parts"), [
    # A future ending on a verb whose ے was typed is written onto the verb (as in UD): one word.
    ("جائےگا", None),
    ("کرےگی", None),
    ("جاۓگا", None),
    ("سکےگے", None),
    # ... but a ی typed for ے is repaired, and a cut before the verb still happens.
    ("جائیگی", [(0, 4, "جائے"), (4, 6, "گی")]),
    ("کریگا", [(0, 3, "کرے"), (3, 5, "گا")]),
    ("کرینگے", [(0, 4, "کریں"), (4, 6, "گے")]),
    ("دیاجائےگا", [(0, 3, "دیا"), (3, 9, "جائیگا")]),
    # Only the future stays on a typed ے: other run-ons after ے are still cut.
    ("ہونےوالی", [(0, 4, "ہونے"), (4, 8, "والی")]),
    ("کےلئے", [(0, 2, "کے"), (2, 5, "لیے")]),
])
def test_split_written_keeps_a_future_on_a_typed_barree(
        written: str, parts: list[tuple[int, int, str]] | None) -> None:
    assert split_written(written) == parts


NEGATIVE = ["کافی", "جواب", "نوجوان", "کتاب", "کیونکہ", "کیمرہ", "ہونا", "اورنگزیب", "کونے", "ترکی", "زندگی", "موجودگی", "ہوگا", "ہوگی", "کالا", "جاپان", "دیوار", "سیاسی", "پرانا", "آبادی", "کارکردگی", "نمائندگی", "کرنل", "کرکٹ", "جانور", "اسکول", "انکار", "انسان", "اسلام", "ہمدرد", "کسان", "ضروری", "والدین", "ادارے", "کراچی", "راولپنڈی", "وزارت", "کارروائی", "پارلیمان", "درخواست", "پرواز", "کوشش", "کاروبار", "کامیابی", "دیگر", "دراصل", "بیرون", "رہنماؤں", "روزگار", "سرکار", "دستاویز", "دنیا", "بازار", "مزدور", "آزادی", "ملاقات", "گورنر", "کارکن", "غیرملکی", "بےنظیر", "کیوںکہ", "تھیلی"]


@pytest.mark.parametrize("word", NEGATIVE)
def test_real_words_stay_whole(word: str) -> None:
    assert split(word) is None


@pytest.mark.parametrize("word", [
    # Each would pass a naive "both halves are words" test; a licence rule keeps it whole.
    "کیلیں",  # a postposition before a verb form (کے لیں)
    "تولیے",  # a particle before a verb form (تو لیے)
    "پھرنے",  # a particle before ergative نے
    "کیپر",   # two postpositions (کے پر)
    "گیگا",   # the future ending twice
    "گاہے",   # the future ending before an auxiliary
    "جوگی",   # the future ending after جو
    "دیوالی",  # والی after a stem, not an infinitive
    "ہرجانہ",  # three two-letter words
    "پریتو",  # a respelled seam before a particle
    "تیزترین",  # a compounding suffix
    "چکانے",  # ergative نے after a verb form (چکا نے)
    "فضلاللہ",  # a name built on اللہ after an open word
    "کوبرف",  # a two-letter postposition before a word rarer than POST_OPEN_MIN_COUNT
    "کیکریں",  # a genitive before a finite verb (کی کریں)
    "کرکرے",  # a verb stem before its own finite form (کر کرے): a name
])
def test_ungrammatical_pairs_stay_whole(word: str) -> None:
    assert split_unlisted(normalize(word).norm) is None


@pytest.mark.parametrize(("word", "parts"), [
    ("سیریزکیلئے", [(0, 5, "سیریز"), (5, 7, "کے"), (7, 10, "لیے")]),
    ("افرادکیخلاف", [(0, 5, "افراد"), (5, 7, "کے"), (7, 11, "خلاف")]),
    ("کرناہونگے", [(0, 4, "کرنا"), (4, 7, "ہوں"), (7, 9, "گے")]),
])
def test_segmenter_parts_are_split_by_the_table(word: str, parts: list[tuple[int, int, str]]) -> None:
    assert split(word) == parts


@pytest.mark.parametrize("word", ["کے", "پاکستان", "2024", "abc", "کتاب۔", ""])
def test_short_or_foreign_tokens(word: str) -> None:
    assert split_joined(word) is None


def test_segmenter_alone_ignores_table_and_keep() -> None:
    tables = load_tables()
    assert segment("کیلئے", tables) == ((0, 2, "کے"), (2, 5, "لئے"))  # the لیے policy is in the table
    assert split_unlisted("جواب") is None  # kept whole: a frequent word in Makhzan
    assert segment("جواب", tables) == ((0, 2, "جو"), (2, 4, "اب"))


def test_results_are_fresh_lists() -> None:
    first = split_joined(normalize("اوراس").norm)
    assert first is not None
    first.append((9, 9, "x"))
    assert split_joined(normalize("اوراس").norm) == [(0, 3, "اور"), (3, 5, "اس")]


# ------------------------------------------------------------------ shipped data


def _data(name: str) -> list[list[str]]:
    text = resources.files("khabar.data.joins").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.split("\n") if ln and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


def _is_norm(word: str) -> bool:
    return normalize(word).norm == word and word.strip() == word and " " not in word


def test_fix_table_is_normalized_and_tiles() -> None:
    rows = _data("fixes.tsv")
    assert len(rows) > 800
    fixes = load_tables().fixes
    for word, written, norm, source in rows:
        assert _is_norm(word), word
        assert source in {"makhzan", "khabar"}
        pieces, norms = written.split(" "), norm.split(" ")
        assert "".join(pieces) == word and len(pieces) == len(norms) >= 2
        assert all(_is_norm(p) for p in norms), (word, norms)
        parts = fixes[word]
        assert [word[a:b] for a, b, _ in parts] == pieces
        assert [n for _, _, n in parts] == norms
        assert parts[0][0] == 0 and parts[-1][1] == len(word)
        assert all(p[1] == q[0] for p, q in zip(parts, parts[1:], strict=False))


def test_word_lists_are_normalized() -> None:
    for name in ("vocab.tsv", "keep.tsv", "function_words.tsv"):
        for row in _data(name):
            assert _is_norm(row[0]), (name, row[0])
    counts = [int(c) for _, c in _data("vocab.tsv")]
    assert counts == sorted(counts, reverse=True) and min(counts) >= 1


def test_every_table_key_tokenizes_into_its_parts() -> None:
    from khabar.text.tokens import tokenize

    fixes = load_tables().fixes
    wrong = {w: [t.norm for t in tokenize(w)] for w, parts in fixes.items()
             if [t.norm for t in tokenize(w)] != [n for _, _, n in parts]}
    assert wrong == {}


def test_vocabulary_holds_no_run_on_form() -> None:
    # The build drops every vocabulary word the segmenter cuts unless the keep list protects it,
    # so a run-on form (جائیگا) never serves as a part of a longer token.
    tables = load_tables()
    cut = [w for w, _ in _data("vocab.tsv") if w not in tables.keep and segment(w, tables)]
    assert cut == []


def test_function_word_roles_are_all_read() -> None:
    roles = {role for _, role in _data("function_words.tsv")}
    tables = load_tables()
    assert roles == {"lead", "tail", "future", "ke", "kii", "pron", "prefix", "suffix", "weak", "verb", "light", "fem",
                     "stem", "vector", "post", "wala"}
    for word, role in _data("function_words.tsv"):
        assert word in getattr(tables, role), (word, role)


def _build_joins_script():
    spec = importlib.util.spec_from_file_location("build_joins", ROOT / "scripts" / "build_joins.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def test_hand_fixes_are_in_the_table() -> None:
    build = _build_joins_script()
    hand = build.read_hand_fixes(ROOT / "src" / "khabar" / "data" / "joins" / "hand_fixes.tsv")
    table = {w: (p, n, s) for w, p, n, s in _data("fixes.tsv")}
    assert len(hand) > 80
    for word, (pieces, norms) in hand.items():
        assert table[word] == (" ".join(pieces), " ".join(norms), "khabar")


# ------------------------------------------------------------------ evaluation


def test_evaluate_joins_on_small_files(tmp_path: Path) -> None:
    fixes = tmp_path / "replacements.tsv"
    fixes.write_text("اوراس\tاور اس\nکردیا\tکر دیا\nرہے تھے\tرہےتھے\nکونے\tکو نے\n", encoding="utf-8")
    ud = tmp_path / "tiny.conllu"
    ud.write_text(
        "# sent_id = 1\n1\tکافی\t_\n2\tجواب\t_\n3\tجائیگا\t_\n4-5\tاوراس\t_\n4\tاور\t_\n5\tاس\t_\n"
        "6\tجائےگی\t_\n\n",
        encoding="utf-8")
    table = evaluate_joins([str(fixes), str(ud)])
    assert table["makhzan table+segmenter"] == {
        "items": 3, "correct": 2, "accuracy": 2 / 3, "misses": "کونے→کونے"}
    # The word as typed is what counts: جائےگی (typed ے) stays whole, as the tokenizer leaves it.
    assert table["ud tiny"] == {
        "words": 6, "split": 1, "false_split_rate": 1 / 6, "future": 1, "rate_without_future": 0.0,
        "top": "جائے گا×1"}


@pytest.mark.parametrize("name", ["missing.conllu", "notes.md"])
def test_evaluate_joins_rejects_unknown_input(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".md"):
        path.write_text("نوٹ", encoding="utf-8")
    with pytest.raises(InputError):
        evaluate_joins([str(path)])


@pytest.mark.parametrize(("word", "parts"), [
    # a function word before اللہ is a run-on, unlike a name
    ("اوراللہ", [(0, 3, "اور"), (3, 7, "اللہ")]),
    # a two-letter postposition before a frequent word still splits
    ("کواس", [(0, 2, "کو"), (2, 4, "اس")]),
    # a compounding word that is also a word of its own still takes a verb
    ("بندکردیا", [(0, 3, "بند"), (3, 5, "کر"), (5, 8, "دیا")]),
])
def test_licensed_cuts_beside_the_refusals(word: str, parts: list[tuple[int, int, str]]) -> None:
    assert split_unlisted(normalize(word).norm) == parts


def test_segmenter_work_is_bounded_whatever_the_length(monkeypatch: pytest.MonkeyPatch) -> None:
    from khabar.text import joins

    tables = load_tables()
    calls = 0
    inner = joins._segmentations

    def counting(*args: object, **kwargs: object) -> list:
        nonlocal calls
        calls += 1
        return inner(*args, **kwargs)

    monkeypatch.setattr(joins, "_segmentations", counting)
    work = {}
    for copies in (4, 8, 16, 64):
        calls = 0
        segment("اوراسکیلئے" * copies, tables)
        work[copies] = calls
    # A cut lies at most ``longest`` letters on and a word has at most MAX_PARTS parts, so the
    # work stops growing with the length (and a word too long for that is refused at once).
    assert work[64] <= work[16] <= max(work[4], work[8]) * 4
    assert work[64] == 0


@pytest.mark.parametrize(("text", "expected"), [
    # جائےگا: the ے typed, the future written onto the verb, one token; جائیگی: repaired.
    ("وہ کل جائےگا اور وہ جائیگی", [
        ("وہ", "وہ", False), ("کل", "کل", False), ("جائےگا", "جائیگا", False), ("اور", "اور", False),
        ("وہ", "وہ", False), ("جائی", "جائے", True), ("گی", "گی", True)]),
    # A cut before the verb still happens; the future stays on it.
    ("فیصلہ کیا جائے گا یا دیاجائےگا", [
        ("فیصلہ", "فیصلہ", False), ("کیا", "کیا", False), ("جائے", "جائے", False), ("گا", "گا", False),
        ("یا", "یا", False), ("دیا", "دیا", True), ("جائےگا", "جائیگا", True)]),
    # ے typed with harakat in between still counts as typed ے.
    ("یہ کام ہوجاۓگا", [("یہ", "یہ", False), ("کام", "کام", False), ("ہوجاۓگا", "ہوجاۓگا", False)]),
])
def test_a_future_on_a_typed_barree_stays_on_its_verb(text, expected):
    tokens = tokenize(text)
    assert [(text[t.start:t.end], t.norm, t.joined) for t in tokens] == expected


@pytest.mark.parametrize("token, parts", [
    ("اشیاءکو", ["اشیاء", "کو"]),
    ("شرکاءنے", ["شرکاء", "نے"]),
    ("انڈونیشیاءسے", ["انڈونیشیاء", "سے"]),   # the hamza spelling of a known word
    ("اثناءحملہ", ["اثناء", "حملہ"]),
    ("وکلاءفورم", ["وکلاء", "فورم"]),
])
def test_a_word_run_on_after_a_final_hamza_is_split(token: str, parts: list[str]) -> None:
    got = split_joined(token)
    assert got is not None and [norm for _start, _end, norm in got] == parts
    assert "".join(token[a:b] for a, b, _norm in got) == token


@pytest.mark.parametrize("token", ["ضیاءالدین", "بہاءالدین", "ذکاءاللہ"])
def test_a_name_with_the_arabic_article_after_a_hamza_stays_whole(token: str) -> None:
    assert split_joined(token) is None


@pytest.mark.parametrize("token, parts", [
    ("دلادی", ["دلا", "دی"]),      # Makhzan's count of the run-on alone would keep it whole
    ("ہرادیا", ["ہرا", "دیا"]),
    ("ہٹادیا", ["ہٹا", "دیا"]),
    ("دونگا", ["دوں", "گا"]),      # a first-person future with a medial ن for ں, like کرینگے
    ("کرونگا", ["کروں", "گا"]),
])
def test_a_causative_stem_run_on_with_its_light_verb_is_split(token: str, parts: list[str]) -> None:
    got = split_joined(token)
    assert got is not None and [norm for _start, _end, norm in got] == parts


@pytest.mark.parametrize("sentence, word", [
    ("نئے فون میں تیز چارجنگ کی سہولت موجود ہے۔", "چارجنگ"),
    ("ایپ میں ویڈیو کالنگ کا فیچر شامل کیا گیا۔", "کالنگ"),
    ("طلبہ کو کوڈنگ سکھانے کا منصوبہ شروع ہوا۔", "کوڈنگ"),
    ("کمپیوٹر کا کولنگ سسٹم خراب ہو گیا۔", "کولنگ"),
    ("خلائی دوربین کیپلر نے نیا سیارہ دیکھا۔", "کیپلر"),
    ("خلانوردوں کو خلائی اسٹیشن بھیجا گیا۔", "خلانوردوں"),
    ("نزلے کے گھریلو ٹوٹکے آزمائے جاتے ہیں۔", "ٹوٹکے"),
])
def test_hand_kept_loans_stay_whole(sentence: str, word: str) -> None:
    assert word in [t.norm for t in tokenize(sentence)]


def test_hand_keep_list_is_in_the_keep_table() -> None:
    build = _build_joins_script()
    hand = build.read_hand_keep(ROOT / "src" / "khabar" / "data" / "joins" / "hand_keep.tsv")
    assert len(hand) >= 10 and hand <= load_tables().keep


@pytest.mark.parametrize("text, infinitive", [
    ("یہ گوند کاغذ پر فوراً چپک جاتا ہے۔ دیوار پر چپکنے میں دیر نہیں لگتی۔", "چپکنے"),
    ("بچے لٹو گھما سکتے ہیں۔ لٹو گھمانے کا مقابلہ ہوا۔", "گھمانے"),
    ("دھوپ برف کو پگھلا سکتی ہے۔ برف کو پگھلانے کا تجربہ ہوا۔", "پگھلانے"),
])
def test_an_infinitive_of_a_stem_used_as_a_verb_is_no_name_with_ergative(text: str, infinitive: str) -> None:
    assert infinitive in [t.norm for t in tokenize(text)]


def test_a_stem_before_ke_is_still_a_conjunctive_participle() -> None:
    text = "کپڑا دھلنے کے بعد سکڑ گیا۔ کپڑا سکڑکے چھوٹا ہو گیا۔"
    assert [t.norm for t in tokenize(text)][-6:-3] == ["سکڑ", "کے", "چھوٹا"]


def test_a_name_glued_to_the_ergative_is_still_cut() -> None:
    text = "گلوکارہ ریہانا نے گانا گایا۔ بعد میں ریہانانے نیا البم جاری کیا۔"
    norms = [t.norm for t in tokenize(text)]
    assert "ریہانانے" not in norms and norms.count("ریہانا") == 2
