from khabar import memo


def test_remembered_answers_come_from_the_memo_and_the_memo_is_emptied_at_its_bound(monkeypatch):
    asked: list[str] = []

    def folded(word: str) -> str:
        asked.append(word)
        return word.replace("ي", "ی")

    monkeypatch.setattr(memo, "WORDS_MAX", 3)
    table: dict[str, str] = {}
    assert memo.remembered_each(table, folded, ["پاکستاني", "چین", "پاکستاني"]) == ["پاکستانی", "چین", "پاکستانی"]
    assert asked == ["پاکستاني", "چین", "پاکستاني"]  # both new when the list was read
    assert memo.remembered(table, folded, "چین") == "چین" and len(asked) == 3  # met before: not asked
    assert memo.remembered(table, folded, "روس") == "روس" and len(table) == 3
    memo.remembered(table, folded, "ایران")  # the bound reached: emptied first
    assert table == {"ایران": "ایران"}
