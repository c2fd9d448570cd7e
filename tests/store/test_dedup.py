import pytest
from tests.store.conftest import make_doc

from khabar.store import dedup

STORY = ("اسلام آباد: وفاقی حکومت نے بجلی کے نرخوں میں اضافے کا فیصلہ واپس لے لیا ہے۔ وزارت توانائی کے ترجمان نے "
         "بتایا کہ نئے نرخوں کا اطلاق اگلے مہینے سے نہیں ہوگا اور صارفین کو پرانے بل ہی ادا کرنے ہوں گے۔ "
         "ترجمان کے مطابق اس فیصلے سے ملک بھر کے لاکھوں گھریلو صارفین کو ریلیف ملے گا جبکہ صنعتوں کے لیے "
         "الگ پیکیج کا اعلان آئندہ ہفتے کیا جائے گا۔")
#: a syndicated copy: other dateline, one word changed
COPY = STORY.replace("اسلام آباد:", "لاہور (نامہ نگار)").replace("لاکھوں", "کروڑوں")
OTHER = ("کراچی: شہر میں آج صبح سے موسلا دھار بارش جاری ہے جس کے باعث نشیبی علاقے زیر آب آ گئے۔ محکمہ موسمیات "
         "نے اگلے دو دن مزید بارش کی پیش گوئی کی ہے اور شہریوں کو گھروں میں رہنے کا مشورہ دیا ہے۔")


def _words(text):
    from khabar.store.fold import fold, tokens

    return tokens(fold(text).norm)


def test_signatures_are_stable_and_estimate_similarity():
    a, b, c = (dedup.signature(_words(t)) for t in (STORY, COPY, OTHER))
    assert a == dedup.signature(_words(STORY))
    assert len(a) == dedup.PERMUTATIONS * 4
    assert dedup.similarity(a, b) >= dedup.THRESHOLD
    assert dedup.similarity(a, c) < 0.1


def test_exact_duplicates_are_not_stored_twice(fresh_db):
    report = fresh_db.add_documents([make_doc(STORY, "a"), make_doc(STORY + "  \n", "b"), make_doc(OTHER, "c")])
    assert (report.added, report.duplicates, report.near_duplicates, report.rejected) == (2, 1, 0, [])
    assert fresh_db.document("b") is None


def test_near_duplicates_are_stored_and_linked_to_their_cluster(fresh_db):
    report = fresh_db.add_documents([make_doc(STORY, "a"), make_doc(OTHER, "c"), make_doc(COPY, "b")])
    assert (report.added, report.duplicates, report.near_duplicates) == (3, 0, 1)
    assert fresh_db.document("a")["near_duplicates"] == ["b"]
    assert fresh_db.document("b")["near_duplicates"] == ["a"]
    assert fresh_db.document("c")["near_duplicates"] == []


@pytest.mark.parametrize("doc_id", ["same", "ex-1"])
def test_a_reused_id_with_another_text_is_rejected(fresh_db, doc_id):
    fresh_db.add_documents([make_doc(STORY, doc_id)])
    report = fresh_db.add_documents([make_doc(OTHER, doc_id)])
    assert (report.added, report.rejected) == (0, [(doc_id, f"id {doc_id} is already used by a different text")])


def test_short_items_alike_only_in_their_dateline_are_not_near_duplicates(fresh_db):
    a = "اسلام آباد (اے پی پی) وزیر خزانہ آج پریس کانفرنس کریں گے۔"
    b = "اسلام آباد (اے پی پی) بارش کا امکان ہے۔"
    report = fresh_db.add_documents([make_doc(a, "a"), make_doc(b, "b")])
    assert (report.added, report.near_duplicates) == (2, 0)


def test_a_shortened_copy_is_a_near_duplicate_of_the_full_story(fresh_db):
    short = "لاہور (مانیٹرنگ ڈیسک) " + STORY[:STORY.index("ترجمان کے مطابق")]
    report = fresh_db.add_documents([make_doc(STORY, "full"), make_doc(short, "short")])
    assert (report.added, report.near_duplicates) == (2, 1)
    assert fresh_db.document("short")["near_duplicates"] == ["full"]


@pytest.mark.parametrize("a,b,expected", [
    ({"a b", "b c", "c d", "d e"}, {"a b", "b c"}, 0.5),                    # Jaccard 0.5 > 0.4 × 1.0
    ({"a b", "b c", "c d", "d e", "e f", "f g", "g h", "h i"}, {"a b", "b c", "c d"}, 0.4),  # contained
    ({"a b", "b c"}, {"a b", "x y"}, 1 / 3),
    (set(), {"a b"}, 0.0),
])
def test_resemblance_is_jaccard_or_scaled_containment(a, b, expected):
    assert dedup.resemblance(a, b) == pytest.approx(expected)
