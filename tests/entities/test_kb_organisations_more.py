"""Organisations pass 2 (kb_sources/75_organizations_local_more.tsv): provincial departments with
their province, disaster authorities, development authorities, companies, associations and foreign
bodies link under their English names. Our own sentences."""

from khabar.entities.kb import load_kb
from khabar.pipeline import analyze


def _ids(text):
    return {e.text: e.entity_id for e in analyze(text).entities if not e.is_value}


def test_provincial_bodies_link_with_their_province():
    ids = _ids("محکمہ صحت پنجاب نے ڈینگی کے مریضوں کے لیے ہسپتالوں میں الگ وارڈ بنانے کا حکم دیا۔")
    assert ids["محکمہ صحت پنجاب"] == "khabar:health-department-punjab"
    ids = _ids("پی ڈی ایم اے سندھ نے دریائے سندھ میں سیلاب کا خدشہ ظاہر کیا ہے۔")
    assert ids["پی ڈی ایم اے سندھ"] == "khabar:provincial-disaster-management-authority-sindh"


def test_companies_and_associations_link():
    ids = _ids("ماری پیٹرولیم نے بلوچستان میں گیس کا نیا ذخیرہ دریافت کر لیا ہے۔")
    assert ids["ماری پیٹرولیم"] == "khabar:mari-petroleum"
    ids = _ids("ایکسچینج کمپنیز ایسوسی ایشن آف پاکستان کے صدر نے ڈالر کی قیمت پر تشویش ظاہر کی۔")
    assert ids["ایکسچینج کمپنیز ایسوسی ایشن آف پاکستان"] == "khabar:exchange-companies-association-of-pakistan"
    ids = _ids("فچ ریٹنگز نے بینکوں کی درجہ بندی برقرار رکھی۔")
    assert ids["فچ ریٹنگز"] == "khabar:fitch-ratings"


def test_spellings_of_one_body_share_an_id():
    kb = load_kb()
    assert {e.qid for n in ("راولپنڈی ڈیولپمنٹ اتھارٹی", "راولپنڈی ڈویلپمنٹ اتھارٹی", "آر ڈی اے")
            for e in kb.lookup(n)} == {"khabar:rawalpindi-development-authority"}
    assert {e.qid for n in ("سافٹ بینک", "سوفٹ بنک") for e in kb.lookup(n)} == {"khabar:softbank-group"}
    assert {e.qid for n in ("کراچی واٹر اینڈ سیوریج کارپوریشن", "کراچی واٹر اینڈ سیوریج بورڈ")
            for e in kb.lookup(n)} == {"khabar:karachi-water-and-sewerage-board"}


def test_bodies_several_share_stay_unlinked_without_their_owner():
    kb = load_kb()
    assert kb.lookup("محکمہ صحت") == []
    assert kb.lookup("واسا") == []
