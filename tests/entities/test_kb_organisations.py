"""Organisations the Urdu press names daily link to the knowledge base under their English names
(kb_sources/72_organizations_local_pakistan.tsv, 73_organizations_local_world.tsv and the spellings
added to 56_/57_ and aliases_runtime.tsv). Our own sentences."""

from khabar.entities.kb import load_kb
from khabar.pipeline import analyze


def _links(text):
    return [(e.text, e.type, e.entity_id, e.name_en) for e in analyze(text).entities if not e.is_value]


def _ids(text):
    return {e.text: e.entity_id for e in analyze(text).entities if not e.is_value}


def test_power_companies_are_tagged_and_linked():
    links = _links("لیسکو اور گیپکو کے افسروں نے بتایا کہ ٹیسکو کے علاقوں میں بجلی بحال کر دی گئی ہے۔")
    assert ("لیسکو", "ORG", "khabar:lahore-electric-supply-company", "Lahore Electric Supply Company") in links
    assert ("گیپکو", "ORG", "khabar:gujranwala-electric-power-company", "Gujranwala Electric Power Company") in links
    assert ("ٹیسکو", "ORG", "khabar:tribal-areas-electricity-supply-company",
            "Tribal Areas Electricity Supply Company") in links


def test_a_source_before_ke_mutabiq_is_a_linked_organisation():
    assert ("میل آن لائن", "ORG", "khabar:mailonline", "MailOnline") in _links(
        "میل آن لائن کے مطابق سائنس دانوں نے نیا سیارہ ڈھونڈ لیا ہے۔")
    assert ("سی ڈی سی", "ORG", "khabar:centers-for-disease-control-and-prevention",
            "Centers for Disease Control and Prevention") in _links("سی ڈی سی کے مطابق ویکسین محفوظ ہے۔")
    assert ("اسنیپ چیٹ", "ORG", "khabar:snapchat", "Snapchat") in _links(
        "اسنیپ چیٹ کے مطابق نئے فیچر سے نوجوان خوش ہیں۔")


def test_variant_spellings_link_to_one_entry():
    assert _ids("ایف بی ار نے گوشواروں کی تاریخ بڑھا دی۔")["ایف بی ار"] == "khabar:federal-board-of-revenue"
    assert _ids("شاہین ائیرلائنز کی پرواز منسوخ ہو گئی۔")["شاہین ائیرلائنز"] == "khabar:shaheen-air"
    assert _ids("شاہین ایئرلائنز کا طیارہ اتر گیا۔")["شاہین ایئرلائنز"] == "khabar:shaheen-air"
    kb = load_kb()
    assert {e.qid for n in ("حیسکو", "ہیسکو") for e in kb.lookup(n)} == {"khabar:hyderabad-electric-supply-company"}
    assert {e.qid for n in ("سنیپ چیٹ", "اسنیپ چیٹ") for e in kb.lookup(n)} == {"khabar:snapchat"}
    assert {e.qid for n in ("سٹاک ایکسچینج", "پاکستان اسٹاک ایکسچینج", "پی ایس ایکس")
            for e in kb.lookup(n)} == {"khabar:pakistan-stock-exchange"}


def test_new_spellings_of_wikidata_entries_are_run_time_aliases():
    from khabar.entities.tag_lexicon import kb_entries

    assert ("نون لیگ", "ORG", "Q799577", "Pakistan Muslim League (N)") in _links(
        "نون لیگ نے جلسے کا اعلان کر دیا۔")
    assert (("نون", "لیگ"), "ORG") not in kb_entries(wikidata_only=True)
    assert ("امریکی وزارت خارجہ", "ORG", "Q789915", "United States Department of State") in _links(
        "امریکی وزارت خارجہ نے بیان جاری کیا۔")


def test_ministries_link_to_pakistans_unless_another_country_owns_them():
    assert _ids("وزارت خزانہ نے نئی پالیسی جاری کر دی۔")["وزارت خزانہ"] == "khabar:ministry-of-finance-pakistan"
    assert _ids("بھارتی وزارت خزانہ نے نئی پالیسی جاری کر دی۔").get("وزارت خزانہ") is None
    # every country's foreign ministry is in the news; the bare name stays unlinked
    assert load_kb().lookup("وزارت خارجہ") == []


def test_media_apps_and_world_bodies():
    links = _links("ٹک ٹاک اور لنکڈ ان پر یہ ویڈیو وائرل ہو گئی جبکہ وائس آف امریکا نے بھی خبر دی۔")
    assert ("ٹک ٹاک", "ORG", "khabar:tiktok", "TikTok") in links
    assert ("لنکڈ ان", "ORG", "khabar:linkedin", "LinkedIn") in links
    assert ("وائس آف امریکا", "ORG", "khabar:voice-of-america", "Voice of America") in links
    assert _ids("ایف اے ٹی ایف نے پاکستان کو گرے لسٹ سے نکال دیا۔")["ایف اے ٹی ایف"] == \
        "khabar:financial-action-task-force"
    assert _ids("بھارتی فضائیہ کے طیارے واپس لوٹ گئے۔")["بھارتی فضائیہ"] == "khabar:indian-air-force"


def test_buildings_are_facilities():
    assert ("کریملن", "FAC", "khabar:moscow-kremlin", "Moscow Kremlin") in _links(
        "کریملن نے مذاکرات کی تصدیق کر دی۔")
    assert ("تربیلا ڈیم", "FAC", "khabar:tarbela-dam", "Tarbela Dam") in _links(
        "تربیلا ڈیم میں پانی کی سطح بلند ہو گئی۔")


def test_everyday_words_kept_out_are_not_organisations():
    # The Economist is linked, but اکانومسٹ alone is "an economist"
    assert ("دی اکانومسٹ", "ORG", "khabar:the-economist", "The Economist") in _links(
        "دی اکانومسٹ نے اپنی رپورٹ میں لکھا کہ معیشت سنبھل رہی ہے۔")
    assert not [e for e in analyze("معروف اکانومسٹ نے کہا کہ مہنگائی بڑھے گی۔").entities if e.type == "ORG"]
    # RAW only by its full name: را is an everyday particle (خدا را)
    assert _ids("ریسرچ اینڈ اینالسز ونگ کے افسر گرفتار ہوئے۔")["ریسرچ اینڈ اینالسز ونگ"] == \
        "khabar:research-and-analysis-wing"
    assert not [e for e in analyze("خدا را ہمارے حال پر رحم کریں۔").entities if e.type == "ORG"]
    # the Kaaba by خانہ کعبہ, not by بیت اللہ, which begins Baitullah Mehsud's name
    assert ("خانہ کعبہ", "FAC", "khabar:kaaba", "Kaaba") in _links("خانہ کعبہ کا طواف جاری رہا۔")
    kb = load_kb()
    assert kb.lookup("را") == [] and kb.lookup("بیت اللہ") == [] and kb.lookup("ریسکیو") == []


def test_the_quad_and_the_indo_pacific_are_linked():
    links = _links("کواڈ ممالک کے وزرائے خارجہ نے انڈو پیسیفک میں تعاون بڑھانے پر اتفاق کیا۔")
    assert ("کواڈ", "ORG", "khabar:quad", "Quadrilateral Security Dialogue") in links
    assert ("انڈو پیسیفک", "LOC", "khabar:indo-pacific", "Indo-Pacific") in links
    # a police squad (اسکواڈ) is no Quad
    assert not any(link[2] == "khabar:quad" for link in _links("پولیس کے اسکواڈ نے ملزم کو گرفتار کر لیا۔"))
