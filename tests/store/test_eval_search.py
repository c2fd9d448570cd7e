import pytest
from tests.store.test_dedup import COPY, OTHER, STORY

from khabar.errors import InputError
from khabar.eval.search import evaluate_search

THIRD = ("ملتان: محکمہ زراعت نے کپاس کی نئی قسم متعارف کرا دی ہے جو کم پانی میں زیادہ پیداوار دیتی ہے۔ ماہرین کے مطابق "
         "اس قسم پر کیڑوں کا حملہ بھی کم ہوتا ہے اور کسان اگلے سیزن سے اس کا بیج خرید سکیں گے۔")
THIRD_REWRITE = ("کسانوں کے لیے خوشخبری: کپاس کی ایسی قسم آ گئی جسے پانی کم چاہیے اور جس پر کیڑے کم حملہ کرتے ہیں، "
                 "محکمہ زراعت کا کہنا ہے کہ بیج اگلے سیزن میں ملے گا۔")
OTHER_REWRITE = "کراچی میں بارش کے بعد نشیبی علاقوں میں پانی بھر گیا، محکمہ موسمیات نے مزید بارش کی پیش گوئی کی ہے۔"


def _write(folder, name, reuse, title, body):
    (folder / name).write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<COUNTER_document classification="{reuse}" domain="national">'
        f"<headline>{title}</headline><body>{body}</body></COUNTER_document>", encoding="utf-8")


def test_counter_style_pairs_are_scored(tmp_path):
    for n, (src, der, reuse) in enumerate([(STORY, COPY, "WD"), (OTHER, OTHER_REWRITE, "ND"),
                                          (THIRD, THIRD_REWRITE, "PD")], 1):
        _write(tmp_path, f"{n:04d}.xml", reuse, "خبر", src)
        _write(tmp_path, f"{n:04d}p.xml", reuse, "خبر", der)
    table = evaluate_search([str(tmp_path)])
    assert table["search all"] == {"n": 3, "mrr": 1.0, "hit@1": 1.0, "hit@10": 1.0}
    assert table["near-dup WD+PD"] == {"n": 2, "p": 1.0, "r": 0.5, "f1": pytest.approx(2 / 3)}
    assert (table["near-dup WD"], table["near-dup PD"], table["near-dup ND"]) == (
        {"n": 1, "detected": 1.0}, {"n": 1, "detected": 0.0}, {"n": 1, "detected": 0.0})


def test_a_folder_without_pairs_is_an_input_error(tmp_path):
    _write(tmp_path, "0001.xml", "WD", "خبر", STORY)
    with pytest.raises(InputError):
        evaluate_search([str(tmp_path)])
