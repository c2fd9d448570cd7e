"""Quotations: direct quotes in any Urdu quote style and reported speech, with a linked speaker.

Direct quotes sit between ``"…"``, ``''…''``, ``’’…‘‘``, ``‘‘…’’``, ``“…”`` or single ``’…‘`` / ``‘…’`` marks
(single marks only around three words or more: shorter ones are scare quotes; without a speaker in its
sentence a quote needs six words, so that quoted titles are left alone). Reported speech is
``X نے کہا کہ …``، ``X نے بتایا کہ …``، ``X کا کہنا ہے/تھا کہ …`` and ``X کے مطابق …``, also without ``کہ``
(``X نے کہا تھا شاید …``، ``X کہتے ہیں …`` when X is someone) or with it misspelt ``کے``; a ``کے مطابق``
report that only leads up to a later speaker (``میڈیا کے مطابق جب X سے پوچھا گیا تو انہوں نے کہا کہ``)
gives that speaker's quote. The speaker is the
noun phrase before ``نے`` / ``کا کہنا`` / ``کے مطابق``; a pronoun speaker (``انہوں نے کہا``) is the last
named speaker or a newer clause subject (:func:`_fill_pronouns`). Quote spans are offsets into the
original text. Accuracy: ``khabar eval quotes gold/quotes/test.tsv --data …`` (docs/events.md).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Collection, Iterator, Sequence
from functools import cache

from khabar.document import Actor, Document, Entity, Quote, Token
from khabar.events.actors import ActorResolver, groups, is_bare_office, linked_office, office_holders
from khabar.events.data import event_word_rows, event_words, read_word_roles
from khabar.events.discourse import titles as _titles
from khabar.events.roles import DETERMINERS, GENITIVE, PRONOUNS, is_np_word, np_left
from khabar.events.tokens import by_sentence as _group_by_sentence
from khabar.text.normalize import normalize

#: (opening, closing) quote marks; doubled marks first so ``’’`` is never read as two single quotes
_PAIRS = (("“", "”"), ("«", "»"), ("‘‘", "’’"), ("’’", "‘‘"), ("''", "''"), ('"', '"'), ("’", "‘"), ("‘", "’"),
          ("'", "'"), ("'", "‘"), ("'", "’"), ("”", "“"), ("»", "«"))
#: a straight ``'`` closed by a curly mark (``کہ 'آئیے … نہ توڑیں‘``: marks typed on two keyboards), and
#: ``”…“`` (and ``»…«``) opened with the right-hand mark (``کہا کہ ”میں معذرت چاہتی ہوں …“``), pair only right after a
#: frame's ``کہ`` or colon; elsewhere such marks are an apostrophe, or the ends of two other quotes
_MIXED_PAIRS = frozenset({("'", "‘"), ("'", "’"), ("”", "“"), ("»", "«")})
_AFTER_FRAME = re.compile(r"(?:کہ|:)\s*\Z")
#: quote text is at least this many characters
_MIN_QUOTE_CHARS = 2
_SINGLE_MIN_WORDS = 3
#: a quote between double marks (``"…"`` is one character but a double mark) has at least two words
_DOUBLE_MIN_WORDS = 2
_SINGLE_MARKS = frozenset("’‘'")
#: endings of a verb (``کریں``، ``جاؤ``، ``دیجئے``): a two-word quote that ends on one is words said, not a title
_VERB_ENDINGS = event_word_rows("quote_verb_endings")


def _verb_last(quote: str) -> bool:
    last = quote.split()[-1]
    return last.endswith(_VERB_ENDINGS) or normalize(last).norm in _grammar()["finite"]
#: a quote with no speaker in its sentence must be this long to count
_UNATTRIBUTED_MIN_WORDS = 6
_TRIM = " \t\r\n،,:؛۔.\"'“”‘’«»"


#: ``نہیں``، ``نہ``: a verb of saying after one reports nothing (the negation words of the trigger lexicon)
_NEGATION = event_words("trigger_negation")

#: The participle between ``جاری`` and a statement noun: ``جاری ہونے والے اعلامیے``، ``جاری کردہ بیان``.
_ISSUED_PARTICIPLE = event_words("quote_issued_participle")


@cache
def _speech_words() -> dict[str, frozenset[str]]:
    """Role → normalized words, from ``data/events/speech.tsv``."""
    return read_word_roles("speech.tsv", "speech words", ("say", "source", "emphatic", "document", "claim", "not_source",
                                                         "person", "voiced", "document_part", "issued",
                                                         "person_plural", "relative"))


@cache
def _grammar() -> dict[str, frozenset[str]]:
    """Role → grammar words, from ``data/events/quote_grammar.tsv`` (see its header for the roles)."""
    table = read_word_roles("quote_grammar.tsv", "quote grammar words", _GRAMMAR_ROLES)
    # ``verb``: a finite or perfective verb, which ends a clause
    return {**table, "trailing": table["trailing"] | table["link"], "verb": table["finite"] | table["perfective"]}


_GRAMMAR_ROLES = ("after_title", "link", "trailing", "finite", "continues", "subordinator", "adverbial_end",
                  "say_aux", "claim_light", "compound_postposition", "perfective", "aside", "work",
                  "imperfective", "ask", "claim_verb", "credit_talk", "said_object", "content_noun",
                  "indefinite", "cataphoric")


@cache
def _person_roles() -> frozenset[str]:
    """Words that name a person by a role: offices (``صدر``) and the ``person`` rows of ``speech.tsv`` (``رہنما``)."""
    return _titles() | _speech_words()["person"]


def _say() -> frozenset[str]:
    return _speech_words()["say"]


def extract_quotes(doc: Document) -> list[Quote]:
    """Direct and reported quotations in ``doc`` with their speakers."""
    if not doc.text:
        return []
    resolver = ActorResolver(doc)
    by_sentence = _tokens_by_sentence(doc.tokens)
    starts_of: dict[int, list[int]] = {}  # token starts of a sentence, made when a quote needs them
    quotes: list[Quote] = []
    direct_spans: list[tuple[int, int]] = []
    for ms, me, qs, qe in _direct_marks(doc.text):
        s, e = _strip(doc.text, qs, qe)
        n_words = len(doc.text[s:e].split())
        if e <= s or n_words < _SINGLE_MIN_WORDS and (doc.text[ms] in _SINGLE_MARKS or n_words < _DOUBLE_MIN_WORDS
                                                      or not _verb_last(doc.text[s:e])):
            continue  # ``’محدود‘``، ``"دھوم تھری"``: scare quotes, titles; ``"رحم کریں"`` is someone's plea
        sent = doc.sentence_of(s) if doc.sentences else 0
        toks = by_sentence.get(sent, [])
        starts = starts_of.get(sent)
        if starts is None:
            starts = starts_of[sent] = [t.start for t in toks]
        if n_words < _UNATTRIBUTED_MIN_WORDS and _used_as_noun(toks, starts, me):
            continue  # ``فلم ’’مایا‘‘ کے ہندی ریمیک``: a title the sentence goes on to use, not a quotation
        if n_words < _UNATTRIBUTED_MIN_WORDS and _in_quoted_list(doc.text, ms, me):
            continue  # ``’’گیلکسی ایس 8‘‘ اور ’’گیلکسی ایس 8 پلس‘‘ فونز``: names listed in marks, not words said
        if n_words < _TITLE_MAX_WORDS and _named_work(toks, starts, ms):
            continue  # ``فلم ’’مسٹر اینڈ مسز ایر‘‘``: the title of a film, a book, a show
        speaker = _direct_speaker(doc, toks, starts, ms, me, resolver)
        if speaker is None and toks and toks[0].start >= ms:
            speaker = _neighbour_speaker(doc, sent, ms, me, by_sentence, resolver)
        if speaker is None and n_words < _UNATTRIBUTED_MIN_WORDS:
            continue  # a title or a name in quote marks (``’’تم ہی ہو‘‘``), not a quotation
        if speaker is None and _inside_headline(doc.text, ms, me):
            continue  # ``پاکستان میں ڈالر ’تاریخ کی بلند ترین سطح پر‘ پہنچ گیا``: words in a headline's marks
        direct_spans.append((ms, me))
        quotes.append(Quote(s, e, doc.text[s:e], speaker, "direct", sent))
    frame_starts: list[int] = []
    for sent, toks in sorted(by_sentence.items()):
        for s, e, speaker_span, frame in _reported(doc, toks, resolver) or _credited(doc, toks, resolver):
            if _overlaps_any(direct_spans, s, e) and not _fragments_inside(doc.text, direct_spans, s, e):
                continue
            frame_starts.append(frame)
            speaker = _speaker(doc, toks, speaker_span, resolver)
            quotes.append(Quote(s, e, doc.text[s:e], speaker, "reported", sent))
    quotes = _unclosed(doc, quotes, direct_spans, sorted(frame_starts), by_sentence, starts_of, resolver)
    quotes.sort(key=lambda q: q.start)
    quotes = _captioned(doc, quotes)
    titled = _titled_subjects(doc, by_sentence, resolver) \
        if any(q.speaker is not None and q.speaker.type == "PRONOUN" for q in quotes) else []
    return _titled_speakers(doc, _continue_speakers(doc.text, _fill_pronouns(doc, quotes, titled)))


#: a teaser's closing credit has at most this many words, quote marks counted (``…، اداکارہ کی ’’ایکسپریس‘‘ سے گفتگو``)
_CREDIT_WORDS = 8
#: the words a credit closes are a clause of at least this many words
_CREDITED_MIN_WORDS = 3
_SENTENCE_ENDS = frozenset(("۔", ".", "؟", "?", "!"))


def _credited(doc: Document, toks: Sequence[Token], resolver: ActorResolver,
              ) -> list[tuple[int, int, tuple[int, int] | None, int]]:
    """A teaser's words credited after its last comma (``ہمیں کہانی پر توجہ دینی ہوگی، اداکار``، ``…،
    اداکارہ کی ’’ایکسپریس‘‘ سے گفتگو``، ``…،گفتگو``): the clause before the comma, which ends on a verb, is
    reported speech of the person the credit names by role or name (none when it names only the talk).
    Same shape as :func:`_reported`'s answer; empty when the sentence ends otherwise."""
    words = [t.norm for t in toks]
    end = len(words)
    while end > 0 and words[end - 1] in _SENTENCE_ENDS:
        end -= 1
    c = next((i for i in range(end - 1, max(-1, end - 2 - _CREDIT_WORDS), -1) if words[i] in _COMMAS), None)
    if c is None or c < _CREDITED_MIN_WORDS or c + 1 >= end or not _clause_final(words[c - 1]):
        return []
    g = _grammar()
    credit = words[c + 1:end]
    if credit[-1] in g["credit_talk"]:
        # ``اداکارہ کی ’’ایکسپریس‘‘ سے گفتگو``: the talk's owner speaks; ``’’ایکسپریس‘‘ سے گفتگو``: nobody named
        gen = next((i for i in range(c + 1, end) if words[i] in GENITIVE), None)
        speaker = (c + 1, gen) if gen is not None and gen > c + 1 else None
        if speaker is not None and not _can_speak(toks, words, speaker, resolver.name_tokens(toks), resolver):
            return []
    elif all(is_np_word(w) and w not in GENITIVE and w not in ("اور", "و") for w in credit) and (
            credit[-1] in _person_roles() or _named_speaker(toks, c + 1, end, resolver)):
        speaker = (c + 1, end)  # ``…، اداکار``، ``…، شاہد آفریدی``
    else:
        return []
    s, e = _strip(doc.text, toks[0].start, toks[c - 1].end)
    return [(s, e, speaker, toks[c].start)] if e > s else []


def _clause_final(word: str) -> bool:
    """Does ``word`` end a clause: a finite or past verb, a subjunctive or an imperfective participle
    (``ہوگی``، ``جائے``، ``کہلاسکتیں``، ``چاہتا``، ``ہونے لگی``)?"""
    return word in _grammar()["verb"] or word in _BEGAN or word.endswith(_VERB_ENDINGS) \
        or word.endswith(("تا", "تی", "تے"))


def _named_speaker(toks: Sequence[Token], s: int, e: int, resolver: ActorResolver) -> bool:
    """Is ``toks[s:e]`` all one tagged person or organisation?"""
    found = resolver.named(toks, s, e)
    return found is not None and found.type in ("PERSON", "ORG") and found.start == toks[s].start \
        and found.end == toks[e - 1].end


def _neighbour_speaker(doc: Document, sent: int, ms: int, me: int, by_sentence: dict[int, list[Token]],
                       resolver: ActorResolver) -> Actor | None:
    """The speaker of a quotation that opens its sentence, from the frame on the line before it (``X نے
    کہا:⏎’’…‘‘``: nothing but a colon and blanks between) or the sentence right after it (``’’…‘‘⏎ یہ بات X
    نے کہی``)."""
    text = doc.text
    prev = by_sentence.get(sent - 1)
    if prev and all(c.isspace() or c in ":؛" for c in text[prev[-1].end:ms]) \
            and (prev[-1].norm == ":" or any(t.norm in _say() for t in prev[-3:])):
        found = _direct_speaker(doc, prev, [t.start for t in prev], ms, me, resolver)
        if found is not None:
            return found
    nxt = next((by_sentence[k] for k in (sent + 1, sent + 2) if k in by_sentence and by_sentence[k][0].start >= me),
               None)
    if nxt and len(nxt) > 2 and nxt[0].norm in ("یہ", "ان") and nxt[1].norm in ("بات", "باتیں", "خیالات") \
            and all(c.isspace() or c in _TRIM for c in text[me:nxt[0].start]):
        return _direct_speaker(doc, nxt, [t.start for t in nxt], ms, me, resolver)
    return None


def _titled_speakers(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """A speaker named by an office alone (``صدر کا کہنا تھا``) takes the link of the person the
    article named with that office before (``صدر آصف علی زرداری``; :func:`actors.linked_office`)."""
    holders: list[tuple[int, str, Entity]] | None = None
    for q in quotes:
        if q.speaker is not None and is_bare_office(q.speaker):
            holders = office_holders(doc) if holders is None else holders
            q.speaker = linked_office(q.speaker, q.start, holders)
    return quotes


def _titled_subjects(doc: Document, by_sentence: dict[int, list[Token]], resolver: ActorResolver,
                     ) -> list[tuple[int, Actor]]:
    """``(position, actor)`` of each clause subject ``X نے`` whose phrase holds an office (``صدر``،
    ``وزیراعلیٰ``، ``ترجمان``): a person even when the tagger named nobody (``بحریہ فاؤنڈیشن کے سربراہ
    ملک ریاض نے``), so an antecedent of the ``انہوں`` that follows."""
    title_words = _person_roles()  # ``صدر``، ``ترجمان``; ``رہنما``، ``اہلکار``
    out: list[tuple[int, Actor]] = []
    for toks in by_sentence.values():
        words = [t.norm for t in toks]
        if "نے" not in words and "سے" not in words:
            continue
        names = resolver.lazy_name_tokens(toks)  # only sentences with a subject phrase to read match names
        for i, w in enumerate(words):
            if i == 0 or not (w == "نے" or (w == "سے" and _asked_after(words, i))):
                continue
            a, b = _np_left(words, i, 0, names)
            if b <= a:
                continue
            asked = w == "سے"
            if any(x in title_words for x in words[a:b]):
                a, b = _trim_clause_edge(words, (a, b))
                actor = resolver.resolve(toks, a, b, split=False)[0]
                if actor.type != "PERSON":  # ``گورنر پنجاب``: the office holder, not the place in his title
                    actor = _unlinked(doc, toks, a, b, "PERSON")
            elif asked and (any(k in names for k in range(a, b)) or resolver.named(toks, a, b) is not None):
                # ``X سے جب … پوچھا``: a tagged name, of one word too (``ایک مداح نے تریشالا سے سوال کیا``)
                actor = resolver.resolve(toks, a, b, split=False)[0]
                if actor.type != "PERSON":
                    continue
            else:
                continue
            out.append((toks[a].start, actor))
    return out


#: how far after ``X سے`` the verb of asking may stand
_ASK_WINDOW = 12


def _asked_after(words: Sequence[str], i: int) -> bool:
    """Is the ``سے`` at ``i`` the one of a question put to someone (``X سے جب شکست کی وجہ پوچھی گئی تو``)
    or of reaching someone (``اخبار نے جب X سے رابطہ کیا تو``)? The one asked answers: the ``ask`` rows of
    ``quote_grammar.tsv``."""
    ask = _grammar()["ask"]
    for w in words[i + 1:i + 1 + _ASK_WINDOW]:
        if w in ask:
            return True
        if w in ("۔", ".", "؟", "?", "تو", "نے", "کہ"):
            return False
    return False


#: a quote mark that opens a stretch (at the start of the text or after a blank or a colon, before a
#: letter). The mark comes first and the look-behind (nothing but a blank or colon before the mark)
#: after it, so that the regex engine skips to the marks instead of trying every position
_OPENING = re.compile(r"(['’‘])(?<![^\s:،]['’‘])(?=\w)")
#: a doubled or double mark that opens a stretch (``نے کہا ’’ میں …``: a blank may follow it); the
#: look-ahead lets the engine skip to a mark's first character, as above
_OPENING_DOUBLE = re.compile(r"(?=[’‘'“”«\"])((?:’’|‘‘|'')(?<![^\s:،]..)|[“”«\"](?<![^\s:،].))(?=[^\S\n]?\w)")
#: any mark that may close a doubled one
_CLOSE_DOUBLE = re.compile(r"’’|‘‘|''|“|”|«|»|\"")
#: a single mark right after a word closes a stretch, whichever way it curls (writers mix them)
_CLOSE_AFTER = re.compile(r"(?<=\S)['’‘]")
#: a single mark between blanks (``’پلاک ‘ کے باہر``) closes a stretch too: an opening mark runs into its word
_CLOSE_LOOSE = re.compile(r"(?<=\s)['’‘](?=[\s،,۔.]|\Z)")


def _unclosed(doc: Document, quotes: list[Quote], direct_spans: list[tuple[int, int]], frames: list[int],
              by_sentence: dict[int, list[Token]], starts_of: dict[int, list[int]], resolver: ActorResolver,
              ) -> list[Quote]:
    """Quotations opened with a single mark that is never closed (``شہر بانو بتاتی ہیں 'ایک رات …``، a
    habit of some news sites): the words run to the end of the paragraph or to the next frame of reported
    speech. A reported quote that starts at the mark (``کہا کہ ’…``) becomes the direct one."""
    text = doc.text
    for pos, width in _unclosed_openings(text, direct_spans):
        if _overlaps_any(direct_spans, pos, pos + width):
            continue  # inside an unclosed quote taken before
        end = _line_end(text, pos)
        if width == 1:
            loose = _CLOSE_LOOSE.search(text, pos + 2, end)
            if loose is not None:
                end = loose.start()  # ``’پلاک ‘ کے باہر`` (too short to quote)، ``'… سبب بنتی ہے۔ '``
        i = bisect_left(frames, pos + 1)
        if i < len(frames) and frames[i] < end:
            end = frames[i]
        s, e = _strip(text, pos + width, end)
        if len(text[s:e].split()) < _UNATTRIBUTED_MIN_WORDS:
            continue
        same = [q for q in quotes if q.kind == "reported" and 0 <= q.start - pos <= 2]
        sent = doc.sentence_of(s) if doc.sentences else 0
        toks = by_sentence.get(sent, [])
        starts = starts_of.get(sent)
        if starts is None:
            starts = starts_of[sent] = [t.start for t in toks]
        around = [q for q in quotes if q.kind == "reported" and q.start < pos < q.end]
        if around:
            # ``… کے مطابق … برابر ہے شہر بانو بتاتی ہیں 'ایک رات …``: a new speaker's frame right before the
            # mark ends the run-on report there; any other mark inside reported words is a stray
            frame = _frame_before(toks, starts, pos)
            q = around[0]
            if frame is None and _clause_ends_before(toks, starts, pos):
                frame = pos  # ``… دائی بننے کا فیصلہ کیا 'جب میرے ہاں …``: the speaker goes on in her own words
                same = [q]
            if frame is None or frame <= q.start:
                continue
            q_end = _strip(text, q.start, frame)[1]
            quotes = [x for x in quotes if x is not q]
            if q_end > q.start:
                quotes.append(Quote(q.start, q_end, text[q.start:q_end], q.speaker, q.kind, q.sentence))
        speaker = same[0].speaker if same else _direct_speaker(doc, toks, starts, pos, pos + 1, resolver)
        quotes = [q for q in quotes if not (q.start < e and s < q.end and q.kind == "reported")]
        quotes.append(Quote(s, e, text[s:e], speaker, "direct", sent))
        direct_spans.append((pos, e))
        direct_spans.sort()
    return quotes


def _unclosed_openings(text: str, direct_spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``(position, width)`` of each opening mark that no mark closes on its line, in text order: a single
    mark anywhere, a doubled or double one only right after a verb of saying or a colon (``سونم نے کہا ’’ میں
    …`` with the closing marks left out); elsewhere an odd doubled mark is a typo, not a quotation."""
    found: list[tuple[int, int]] = []
    for m in _OPENING.finditer(text):
        pos = m.start(1)
        end = _line_end(text, pos)
        if not (_overlaps_any(direct_spans, pos, pos + 1) or _CLOSE_AFTER.search(text, pos + 2, end)):
            found.append((pos, 1))  # (else closed after all: ``'سُپر ویمن'``، ``'ڈزنی اسٹوڈیوز‘``)
    for m in _OPENING_DOUBLE.finditer(text):
        pos, width = m.start(1), len(m.group(1))
        if not _opens_after_frame(text, pos) or _overlaps_any(direct_spans, pos, pos + width):
            continue
        close = _CLOSE_DOUBLE.search(text, pos + width, _line_end(text, pos))
        # in run-on copy the next mark may open the next speaker's words (``… سکھاتا ہے ایک اور پرستار نے …
        # سوال پوچھا … جس پر سونم نے کہا ’’ میں …``): that one closes nothing
        if close is None or _opens_after_frame(text, close.start()):
            found.append((pos, width))
    return iter(sorted(found))


def _opens_after_frame(text: str, pos: int) -> bool:
    """Does a verb of saying or a colon stand right before the mark at ``pos``?"""
    before = text[max(0, pos - _FRAME_CHARS):pos].split()
    return bool(before) and (before[-1] in _say() or before[-1].endswith(":"))


#: how far back the verb of saying before an unclosed doubled mark is looked for, in characters
_FRAME_CHARS = 20


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _clause_ends_before(toks: Sequence[Token], starts: Sequence[int], pos: int) -> bool:
    """Does a finite or past verb (``ہے``، ``تھا``، ``کیا``، ``دیا``) stand right before the mark at ``pos``?"""
    k = bisect_left(starts, pos) - 1
    g = _grammar()
    return k >= 0 and (toks[k].norm in g["verb"] or toks[k].norm == "کیا")


def _frame_before(toks: Sequence[Token], starts: Sequence[int], pos: int) -> int | None:
    """Where a frame ``X بتاتی ہیں`` / ``X نے کہا`` / ``ان کے بقول`` that runs into the quote mark at ``pos``
    starts (the offset of X), or None when the mark follows no verb of saying."""
    k = bisect_left(starts, pos)
    words = [t.norm for t in toks[max(0, k - _SPEAKER_WINDOW):k]]
    base = max(0, k - _SPEAKER_WINDOW)
    say = _say()
    for back in range(1, min(4, len(words)) + 1):
        w = words[-back]
        if w in say or w == "بقول":
            v = len(words) - back
            erg = v - 1 if v > 0 and words[v - 1] == "نے" else None
            head = erg if erg is not None else (v - 1 if w == "بقول" and v > 0 and words[v - 1] in GENITIVE else v)
            span = _np_left(words, head, 0, frozenset())
            return toks[base + span[0]].start if span[1] > span[0] else None
        if w not in _grammar()["say_aux"]:
            return None
    return None


#: a caption line that names the speaker of the quoted paragraphs below it has at most this many words
_CAPTION_WORDS = 12
#: … and the name before its comma at most this many
_CAPTION_NAME_WORDS = 4
_CAPTION_STOPS = frozenset("۔.؟?!:\"'“”‘’«»()")


def _captioned(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """A direct quote with no speaker that opens a paragraph right under a caption line, a name and its
    role after a comma (``مجید شیخ، اقتصادی امور کے ماہر``⏎⏎``'آئی ایم ایف …``: interview copy), is that
    person's: the name before the comma speaks."""
    text = doc.text
    for q in quotes:
        if q.speaker is not None or q.kind != "direct":
            continue
        line_start = text.rfind("\n", 0, q.start) + 1
        if any(c not in _LINE_EDGE for c in text[line_start:q.start]):
            continue  # the quote does not open its line
        caption = _line_before(text, line_start)
        if caption is None:
            continue
        a, b = caption
        comma = next((i for i in range(a, b) if text[i] in _COMMAS), None)
        if comma is None or any(c in _CAPTION_STOPS for c in text[a:b]) or len(text[a:b].split()) > _CAPTION_WORDS:
            continue
        name_start, name_end = _strip(text, a, comma)
        name = [normalize(w).norm for w in text[name_start:name_end].split()]
        if not 1 <= len(name) <= _CAPTION_NAME_WORDS or _crosshead(text, q) \
                or not all(w.isalpha() and is_np_word(w) and w not in _grammar()["verb"] for w in name):
            continue  # ``ضرورت ہے، ملک ریاض کو``⏎``’…‘``: related headlines, not a caption and its quote
        named = next((e for e in doc.entities if e.type == "PERSON" and name_start <= e.start < name_end), None)
        q.speaker = Actor(named.text, named.entity_id, named.name_en, named.start, named.end, "PERSON") \
            if named is not None else Actor(text[name_start:name_end], None, None, name_start, name_end, "PERSON")
    return quotes


def _line_before(text: str, line_start: int) -> tuple[int, int] | None:
    """The non-blank line before the line that starts at ``line_start``, without its edges."""
    end = line_start - 1
    while end > 0 and text[end - 1] in " \t\r\n\u200e\u200f":
        end -= 1
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    return _strip(text, start, end)


#: an unattributed direct quote this many sentences or fewer after an attributed quote continues it
_CONTINUATION_SENTENCES = 2


def _continue_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """A direct quote with no speaker of its own right after someone's quote goes on with their words
    (news runs a speaker's statement over several quoted paragraphs: ``X کا کہنا ہے کہ …۔ ’…‘``); a
    quoted crosshead, a line of its own with no full stop (``’ٹیکس کے بغیر بجٹ ممکن ہے‘``), is the
    editor's heading and speaks for nobody."""
    prev: Quote | None = None
    for q in quotes:
        if (q.speaker is None and q.kind == "direct" and prev is not None and prev.speaker is not None
                and 0 <= q.sentence - prev.sentence <= _CONTINUATION_SENTENCES and not _crosshead(text, q)):
            q.speaker = prev.speaker
        prev = q
    return quotes


_LINE_EDGE = frozenset("\"'“”‘’«» \t\u200e\u200f")


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line (or lines) holding ``text[start:end]`` begins and ends, without its line breaks."""
    b = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if b < 0 else b


def _crosshead(text: str, q: Quote) -> bool:
    """Is ``q`` a line of its own between quote marks with no sentence end (a heading, not a paragraph)?"""
    a, b = _line_around(text, q.start, q.end)
    return all(c in _LINE_EDGE for c in text[a:q.start] + text[q.end:b]) and not any(c in "۔.؟?!" for c in q.text)


#: a headline line has at most this many words
_HEADLINE_WORDS = 16


def _inside_headline(text: str, ms: int, me: int) -> bool:
    """Is the quoted stretch at ``ms:me`` part of a headline: a short line of its own with no sentence
    end, whose words go on outside the marks (a line quoted whole is a crosshead, :func:`_crosshead`)?"""
    a, b = _line_around(text, ms, me)
    line = text[a:b]
    outside = text[a:ms] + text[me + 1:b]
    return (a > 0 or b < len(text)) and len(line.split()) <= _HEADLINE_WORDS \
        and not any(c in "۔.؟?!:" for c in line) and any(c.isalpha() for c in outside)


def _fragments_inside(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Do the quoted stretches that overlap the reported quote ``start:end`` all lie inside it, after its
    first word (``کہا کہ یورپ اس کا 'سخت اور متحد جواب دے گا۔'``)? Then the reported clause and the words
    it quotes are two quotations; a quote that opens the clause (``کہا کہ ’’…‘‘``) is the one quotation."""
    i, j = bisect_left(spans, (start, start)), bisect_left(spans, (end, end))
    inside = [(a, b) for a, b in spans[max(i - 1, 0):j] if a < end and start < b]
    return bool(inside) and all(a > start and " " in text[start:a].strip()
                                and all(_trimmed(c) for c in text[end:b]) for a, b in inside)


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does ``start:end`` overlap one of ``spans`` (in text order, not overlapping each other)?"""
    i = bisect_left(spans, (start, start))
    return any(a < end and start < b for a, b in spans[max(i - 1, 0):i + 1])


def _used_as_noun(toks: Sequence[Token], starts: Sequence[int], mark_end: int) -> bool:
    """Does a case marker or ``نامی`` follow the closing quote mark at ``mark_end``?"""
    k = bisect_left(starts, mark_end)
    after = toks[k] if k < len(toks) else None
    return after is not None and (after.norm in GENITIVE or after.norm in _grammar()["after_title"])




_LIST_AFTER = re.compile(r"\s*(?:اور|و|،|,)\s*[\"'“”‘’«»]")
_LIST_BEFORE = re.compile(r"[\"'“”‘’«»]\s*(?:اور|و|،|,)\s*\Z")


def _in_quoted_list(text: str, ms: int, me: int) -> bool:
    """Is the quoted stretch ``text[ms:me]`` (marks included) joined to another quoted stretch by ``اور``،
    ``و`` or a comma, an item in a list of names?"""
    return bool(_LIST_AFTER.match(text, me)) or bool(_LIST_BEFORE.search(text[max(0, ms - 12):ms]))


#: a quoted stretch after a word for a work (فلم، کتاب) is its title up to this many words
_TITLE_MAX_WORDS = 10


def _named_work(toks: Sequence[Token], starts: Sequence[int], mark_start: int) -> bool:
    """Does a word for a work (``فلم``، ``کتاب``، ``ڈرامے``) stand right before the opening mark?"""
    k = bisect_left(starts, mark_start) - 1
    return k >= 0 and toks[k].norm in _grammar()["work"]


def _tokens_by_sentence(tokens: Sequence[Token]) -> dict[int, list[Token]]:
    return _group_by_sentence(tokens)


def _direct_marks(text: str) -> Iterator[tuple[int, int, int, int]]:
    """``(mark start, mark end, quote start, quote end)`` of each quoted stretch, left to right.

    At each position the first pair in ``_PAIRS`` whose opening mark stands there and whose closing
    mark comes at least two characters later wins; the quote ends at the nearest closing mark. The
    nearest closing mark of each kind is remembered, so unbalanced marks cost one scan, not one per
    opening mark. A closing mark past the end of the opening mark's paragraph does not count.
    """
    nearest: dict[str, int] = {}  # closing mark -> its first position at or after the last query
    pos, n = 0, len(text)
    para_end = -1  # the first paragraph break at or after the last query
    while pos < n:
        pos = _next_mark(text, pos)
        if pos >= n:
            return
        for a, b in _PAIRS:
            if not text.startswith(a, pos) or (a == "'" and not _straight_opens(text, pos)):
                continue
            if (a, b) in _MIXED_PAIRS and not _AFTER_FRAME.search(text, max(0, pos - 8), pos):
                continue
            qs = pos + len(a)
            close = nearest.get(b, -1)
            if close < qs:
                close = _find_close(text, b, qs)
                nearest[b] = n if close < 0 else close
                close = nearest[b]
            if para_end < qs:
                m = _PARAGRAPH_END.search(text, qs)
                para_end = m.start() if m else n
            if close < n and close - qs >= _MIN_QUOTE_CHARS \
                    and (close <= para_end or _runs_into_next_paragraph(text, pos, qs, close)):
                yield pos, close + len(b), qs, close
                pos = close + len(b)
                break
        else:
            pos += 1


_CLOSED_BEFORE = re.compile(r"[۔.؟?!،]|\s|\Z")


def _runs_into_next_paragraph(text: str, pos: int, qs: int, close: int) -> bool:
    """Does a quote opened right after a frame (``X نے کہا کہ "…``) run on over one paragraph break to the
    closing mark at ``close``: a statement quoted over two paragraphs, whose mark closes a sentence of the
    second (``…بہترین آپشن ہے"۔``)? Elsewhere a mark past its paragraph closes nothing."""
    if not _AFTER_FRAME.search(text, max(0, pos - 8), pos):
        return False
    first = _PARAGRAPH_END.search(text, qs)
    if first is None:
        return False
    second = _PARAGRAPH_END.search(text, first.end())
    return (second is None or close <= second.start()) and bool(_CLOSED_BEFORE.match(text, close + 1))


def _find_close(text: str, mark: str, start: int) -> int:
    """The first closing ``mark`` at or after ``start``; a single mark that is half of a doubled one
    (``’`` of ``’’``) closes nothing: a stray ``‘`` would otherwise run to the next ``’’…‘‘`` title."""
    pos = text.find(mark, start)
    while len(mark) == 1 and pos >= 0 and (text.startswith(mark, pos + 1) or (pos > 0 and text[pos - 1] == mark)
                                           or (mark == "'" and pos > 0 and text[pos - 1].isspace())):
        pos = text.find(mark, pos + 2)
    return pos


def _straight_opens(text: str, pos: int) -> bool:
    """Does the straight ``'`` at ``pos`` open a quotation: a word right after it, none glued before it
    (``'ہم نہیں جھکیں گے …``, not the apostrophe of a Latin name)? A straight mark after a blank never closes."""
    return pos + 1 < len(text) and not text[pos + 1].isspace() and (pos == 0 or not text[pos - 1].isalnum())


#: a quote never runs past the end of its paragraph: a blank line, or a line break after a sentence
#: end (a line that stops mid-sentence is a hard wrap, and the quote may go on)
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n|[۔؟?!.][^\S\n]*\n")
_OPENINGS = re.compile("|".join(sorted({re.escape(a[0]) for a, _ in _PAIRS})))


def _next_mark(text: str, pos: int) -> int:
    m = _OPENINGS.search(text, pos)
    return m.start() if m else len(text)


def _trimmed(c: str) -> bool:
    """Quote spans end on text: no punctuation mark, blank or invisible control (RLM, LRM, ZWNJ)."""
    return c in _TRIM or c.isspace() or unicodedata.category(c) == "Cf"


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and _trimmed(text[s]):
        s += 1
    while e > s and _trimmed(text[e - 1]):
        e -= 1
    return s, e


#: words besides the verbs of saying that may frame reported speech (``کے مطابق``، ``بقول``، ``کہ``)
_FRAME_WORDS = frozenset(("مطابق", "بموجب", "بقول", "کہ"))


def _reported(doc: Document, toks: Sequence[Token], resolver: ActorResolver,
              ) -> list[tuple[int, int, tuple[int, int] | None, int]]:
    """``(quote start, quote end, speaker token span, frame start offset)`` of each reported speech in a
    sentence.

    A sentence may report two speakers one after the other (``X نے کہا کہ … جس پر Y کا کہنا تھا کہ …``,
    or a run-on with no full stop between them): a quote stops where the next speaker's phrase starts
    when a clause boundary comes before it (a connective, a comma, a finite verb). Otherwise the later
    frame is speech reported inside the quote, and the quote keeps it.
    """
    words = [t.norm for t in toks]
    say = _say()
    claim = _speech_words()["claim"]
    # most sentences hold no frame word: two set scans in C say so (the ``کے`` after a verb, for a
    # misspelt ``کہ``, is looked for only where a ``کے`` stands)
    if say.isdisjoint(words) and _FRAME_WORDS.isdisjoint(words) \
            and not ("کے" in words and any(w == "کے" and words[i - 1] in _VERB_BEFORE_KE
                                          for i, w in enumerate(words) if i)):
        return []
    names = resolver.lazy_name_tokens(toks)  # matched only when a frame reads a phrase
    # the nearest ``نے`` before each word, found in one pass: a long sentence with many speech
    # words would otherwise be searched back to its start once per word
    last_ne: list[int | None] = []
    seen: int | None = None
    for i, w in enumerate(words):
        last_ne.append(seen)
        if w == "نے":
            seen = i
    frames: list[tuple[int, int, tuple[int, int] | None]] = []  # (frame start, body start, speaker)
    for k, w in enumerate(words):
        if w not in say and w not in _FRAME_WORDS and w != "کے" and w not in _BEGIN_SAY:
            continue  # no branch below starts at any other word (and most words are none of these)
        speaker: tuple[int, int] | None = None
        body = None
        bare = passive = zero = False
        if (w == "کہ" or (w == "کے" and k > 0 and words[k - 1] in _VERB_BEFORE_KE)) and k > 0 \
                and words[k - 1] not in say:
            found = _claim_frame(words, k, claim, last_ne, names, light_needed=w == "کے")
            if found is None:
                continue
            speaker, body = found
        elif _began_to_say(words, k):
            # ``X کہنے لگے کہ …``: no ergative; the subject stands before the verb or opens the clause
            j = k + 2
            while j < len(words) and words[j] in _grammar()["say_aux"]:
                j += 1
            if j + 1 >= len(words) or words[j] != "کہ":
                continue
            body = j + 1
            speaker = _span(_np_left(words, k, 0, names)) or _clause_subject(words, k, names)
            zero = speaker is None
        elif w in say and k + 1 < len(words):
            if k > 0 and words[k - 1] in _NEGATION:
                continue  # ``ماہرین یہ نہیں کہہ رہے کہ …``: what nobody says is no quotation
            j = k + 1
            while j < len(words) and words[j] in _grammar()["say_aux"]:
                j += 1
            bare = False
            passive = k + 1 < len(words) and words[k + 1] in ("گیا", "جا", "جاتا")
            if w == "کہاکہ":
                body = j
            elif j < len(words) and (words[j] == "کہ" or (words[j] == "کے" and words[j - 1] in _VERB_BEFORE_KE)
                                     or (words[j] == "کی" and w == "کہنا" and words[j - 1] in ("ہے", "تھا"))):
                body = j + 1  # ``کہا تھا کے``، ``کا کہنا ہے کی``: common misspellings of ``کہ``
            elif j + 1 < len(words) and words[j] == ":" and words[j + 1] not in _OPEN_MARKS:
                body = j + 1  # ``X کا کہنا ہے: …``: the colon opens the words, with no quote marks
            elif not passive and _bare_body(words, k, j):
                body, bare = j, True  # ``انہوں نے کہا ایک بہتر تعلق …``، ``X کہتے ہیں ڈالر …``: no کہ
            else:
                continue
            if passive:  # ``کہا جا رہا ہے کہ``: nobody, a statement, or an agent ``X کی طرف سے``
                speaker = _passive_agent(words, k, names) or _document_source(words, k, names)
            elif w in ("کہنا",) and k > 0 and words[k - 1] in GENITIVE:
                speaker = _span(_np_left(words, k - 1, 0, names))
            elif w in ("کہنا",) and k > 0 and _glued_genitive(words[k - 1]):
                speaker = _span(_np_left(words, k, 0, names))  # ``اداکارہ بپاشا باسوکا کہنا ہے``
            elif w in ("کہنا",):
                speaker = _distant_genitive_speaker(words, k, names)
            elif w in _IMPERFECTIVE_SAY or (w == "بتا" and k + 1 < len(words) and words[k + 1] in ("رہی", "رہے", "رہا")):
                # ``X کہتے ہیں کہ``، ``X کہہ چکے ہیں کہ``، ``X بتاتی ہیں کہ``، ``X Y کو بتا رہی ہیں کہ``: no
                # ergative; the subject stands before the verb or opens the clause
                speaker = _imperfective_subject(words, k, names)
            else:
                erg = last_ne[k]
                speaker = _span(_np_left(words, erg, 0, names)) if erg is not None else None
                if speaker is None and erg is None:
                    # ``اعلامیہ میں کہا کہ``; not with a subject of its own the phrase missed (``X جن کی
                    # فلم …، نے اپنے حالیہ انٹرویو میں کہا``: the interview is no speaker)
                    speaker = _document_source(words, k, names)
                # ``اس موقع پر خطاب کرتے ہوئے کہا کہ``: the subject of the story speaks; ``کسی نے بتایا کہ``: nobody named
                zero = speaker is None and not (erg is not None and erg > 0
                                                and words[erg - 1] in _grammar()["indefinite"])
        elif w in ("مطابق", "بموجب") and k > 0 and words[k - 1] == "کے" and k + 1 < len(words):
            speaker = _span(_np_left(words, k - 1, 0, names))
            if speaker is not None and speaker[1] - speaker[0] == 1 and words[speaker[0]] in ("اس", "ان"):
                # ``X نے تیل کے ذخائر کا جو اندازہ بتایا ہے اس کے مطابق``: the estimate X gave speaks for X
                speaker = _correlative_owner(words, speaker[0], names) or speaker
            issued = _issuer(words, k - 2, names) if k > 1 and words[k - 2] in _speech_words()["issued"] else None
            if issued is not None:
                speaker = issued  # ``X کی طرف سے جاری کردہ تفصیلات کے مطابق``: details X released are X's words
            elif speaker is None and k >= 2 and words[k - 2] in _grammar()["finite"] and k + 2 < len(words):
                pass  # ``… نہیں ہوں گے کے مطابق …``: a source dropped from the text (a Latin name stripped out)
            elif speaker is None or not _attributes(toks, speaker, resolver):
                continue  # ``پروگرام کے مطابق`` (as scheduled) attributes nothing
            if speaker is not None and words[speaker[1] - 1] in _speech_words()["document"]:
                speaker = _issuer(words, speaker[1] - 1, names) or _author(words, speaker, names) or speaker
            body = k + 1
        elif w in ("مطابق", "بموجب") and k > 1 and _glued_ke(words[k - 1]) and k + 1 < len(words):
            # ``ٹیم منیجر مائیکل ڈی سوزاکے مطابق``: the genitive run into the name in copy that lost a blank
            speaker = _span(_np_left(words, k, 0, names))
            if speaker is None or speaker[1] - speaker[0] < 2 or not (
                    _attributes(toks, speaker, resolver)
                    or any(x in _person_roles() for x in words[speaker[0]:speaker[1]])):
                continue  # (the glued name is untagged: a role word before it says it is someone)
            body = k + 1
        elif w == "بقول" and k > 1 and words[k - 1] in GENITIVE and k + 1 < len(words):
            # ``ان کے بقول …``، ``گاؤں کے نمبردار کے بقول …``: only someone has a ``بقول``
            speaker = _span(_np_left(words, k - 1, 0, names))
            if speaker is None:
                continue
            body = k + 1
        if body is None or body >= len(words):
            continue
        if speaker is not None:
            speaker = _named_as(words, _trim_clause_edge(words, speaker, names), names)
        if bare and (speaker is None or not _can_speak(toks, words, speaker, names, resolver)):
            continue  # ``اسے جادو کہتے ہیں``: a name given, nobody's words
        start = speaker[0] if speaker is not None else k
        if speaker is not None and speaker[1] - speaker[0] == 1 and words[speaker[0]] in _grammar()["indefinite"]:
            speaker, zero = None, False  # ``کسی نے مجھے بتایا کہ``: someone unnamed, no antecedent
        if frames and speaker is not None and start > frames[-1][1] and w not in ("مطابق", "بموجب") \
                and words[frames[-1][1] - 1] in ("مطابق", "بموجب") \
                and _passes_on(words, frames[-1][1], start):
            # ``بھارتی میڈیا کے مطابق جب X سے سوال پوچھا گیا تو انہوں نے کہا کہ …``: the report passes
            # on the later speaker's words, whatever stands between
            frames[-1] = (frames[-1][0], body, speaker)
            continue
        if frames and speaker is None and not passive and start > frames[-1][1] \
                and words[frames[-1][1] - 1] in ("مطابق", "بموجب") \
                and _passes_on(words, frames[-1][1], start):
            # ``عالمی میڈیا کے مطابق فوجی ذرائع نے تصدیق کرتے ہوئے کہا ہے کہ …``: the subject the report
            # names first speaks
            subject = _subject_after(words, frames[-1][1], start, names)
            frames[-1] = (frames[-1][0], body, subject or frames[-1][2])
            continue
        if frames and start == frames[-1][1] and speaker is not None and frames[-1][2] is not None \
                and words[frames[-1][1] - 1] in ("مطابق", "بموجب"):
            # ``عرب نیوز کے مطابق سعودی وزیر نے کہا کہ …``: the quote is the minister's; the report
            # only passes it on
            frames[-1] = (frames[-1][0], body, speaker)
            continue
        if frames and (start <= frames[-1][1] or not (_clause_boundary(words, start)
                                                      or start - frames[-1][1] >= _NESTED_MAX_LEAD)):
            continue  # inside the quote before it: reported speech within reported speech
        frames.append((start, body, (k, k) if zero and speaker is None else speaker))
    out: list[tuple[int, int, tuple[int, int] | None, int]] = []
    for i, (first, body, speaker) in enumerate(frames):
        cut = i + 1 < len(frames)
        last = frames[i + 1][0] if cut else len(words)
        if cut:
            last = _lead_in_start(words, body, last)
        last = _run_on_end(words, body, last)
        last = _new_according_to(words, body, last, names)
        last = _quoted_frame_cut(words, body, last)
        while last > body and (not any(c.isalnum() for c in words[last - 1])
                               or (cut and words[last - 1] in _grammar()["trailing"])):
            last -= 1
        while body < last and words[body] == "کہ":
            body += 1  # ``لکھا ہے کہ کہ میں …``: a ``کہ`` typed twice is no part of the words
        if last <= body:
            continue
        s, e = _strip(doc.text, toks[body].start, toks[last - 1].end)
        if e > s:
            out.append((s, e, speaker, toks[first].start))
    return out




#: an adverbial that leads in to the next speaker (``اور اس موقع پر انہوں نے``) has at most this many words
_LEAD_IN_WORDS = 5


def _lead_in_start(words: Sequence[str], body: int, nxt: int) -> int:
    """Where a quote that the next speaker's frame at ``nxt`` cuts short really ends: at the clause
    boundary (a finite verb, a connective) within a few words before the speaker, so that an adverbial
    leading in to him (``… ترقی کر رہی ہے اور اس موقع پر انہوں نے کہا``) stays out of the quote."""
    g = _grammar()
    for k in range(nxt - 1, max(body, nxt - 1 - _LEAD_IN_WORDS), -1):
        w = words[k]
        if w in g["verb"]:
            return k + 1 if k + 1 < nxt else nxt
        if (w in g["link"] and w != "پر") or w in _COMMAS:
            return k
    return nxt


#: speech reported inside a quote comes early in it (``وزیر نے کہا کہ سفیر نے بتایا کہ …``); a speaker this many
#: words or more into a quote begins the next statement, clause boundary or not (a run-on with no full stop)
_NESTED_MAX_LEAD = 8
#: a reported quote longer than this many words, with no full stop, is cut at its first clause end
_RUN_ON_WORDS = 25
#: … unless it is two clauses of at most this many words that end at a full stop
_STATEMENT_WORDS = 40




_COMMAS = frozenset({"،", ","})


def _run_on_end(words: Sequence[str], body: int, last: int) -> int:
    """Where a reported quote ends in text with no full stops: a quote of more than
    :data:`_RUN_ON_WORDS` words stops at its first finite verb (``ہے``، ``گا``، ``تھا`` …) that is not
    carried on by a connective, a relative, a postposition or a comma (``ذرائع کا کہنا ہے کہ سعودی عرب آئل
    سٹی بنائے گا متحدہ عرب امارات نے بھی …`` ends at ``گا``). A quote of two such clauses and at most
    :data:`_STATEMENT_WORDS` words that runs to its own full stop is one statement (``وہ … میزبانی کر رہے ہیں
    وہ ایک ذہین میزبان ہیں جنہوں نے …۔``); more are a paragraph of run-on sentences, closed by a full stop
    only at its end."""
    if last - body <= _RUN_ON_WORDS or any(w in _COMMAS for w in words[body:last]):
        return last  # a writer who puts commas in puts full stops in too: the sentence is the quote
    cuts = _clause_ends(words, body, last)
    first = next(cuts, None)
    if first is None:
        return last
    stopped = words[last - 1] in _SENTENCE_ENDS or (last < len(words) and words[last] in _SENTENCE_ENDS)
    if stopped and last - body <= _STATEMENT_WORDS and next(cuts, None) is None:
        return last
    return first


def _clause_ends(words: Sequence[str], body: int, last: int) -> Iterator[int]:
    """Where the clauses of ``words[body:last]`` end: after each finite verb that no connective, relative,
    postposition or comma carries on, past the verbs of subordinate clauses and of frames inside it."""
    g = _grammar()
    finite, continues, subordinators = g["finite"], g["continues"], g["subordinator"]
    open_clauses = 0  # ``جو … ہے اس کی …``، ``جب … تو``: the verb of a subordinate clause ends no statement
    say, claim = _say(), _speech_words()["claim"]
    for k in range(body, last - 1):
        if words[k] in subordinators:
            open_clauses += 1
        elif words[k] in finite and any(w in say or w in claim for w in words[max(body, k - 3):k]):
            continue  # ``X نے کہا امریکہ نے واضح کیا ہے حالیہ …``: a frame inside the quote, whose words go on
        elif words[k] in finite and k >= body + 4 and words[k + 1] not in continues \
                and words[k + 1] not in finite and any(c.isalpha() for c in words[k + 1]):
            if open_clauses:
                open_clauses -= 1
                continue
            yield k + 1


def _quoted_frame_cut(words: Sequence[str], body: int, last: int) -> int:
    """Where a reported quote ends before a later clause of the speaker's that opens quote marks with its
    own ``کہ`` (``کہا کہ … دن ہو گا اور خط کا اختتام یوں کیا کہ '…'``): at the ``اور`` or comma after the
    finite verb that closes the reported clause. The quoted words are a direct quote of their own."""
    g = _grammar()
    for m in range(body + 3, last - 1):
        if words[m] != "کہ" or words[m + 1] not in _OPEN_MARKS:
            continue
        for p in range(m - 1, body + 1, -1):
            if words[p] in ("اور", "،", ",") and words[p - 1] in g["verb"]:
                return p
        return last
    return last


def _new_according_to(words: Sequence[str], body: int, last: int, names: Collection[int]) -> int:
    """Where a ``کے مطابق`` phrase that is no source opens a new sentence inside a quote in text with no
    full stops: right after a finite or past verb (``پیپل میگزین کے مطابق رسومات X نے ادا کیں ہندو
    رسومات کے مطابق شادی اتوار کو ہوگی`` ends at ``کیں``). A source there starts a frame of its own."""
    g = _grammar()
    for k in range(body + 3, last):
        if words[k] != "مطابق" or words[k - 1] != "کے":
            continue
        p = _trim_clause_edge(words, _np_left(words, k - 1, body, names), names)[0]
        if body + 1 < p < k - 1 and (words[p - 1] in g["verb"] or _past_verb(words[p - 1])):
            return p
    return last


def _trim_clause_edge(words: Sequence[str], span: tuple[int, int],
                      names: Collection[int] = frozenset()) -> tuple[int, int]:
    """A speaker phrase without the end of the clause or phrase before it (``ہوگا وزیر داخلہ``،
    ``پہلے وزیر خزانہ`` → ``وزیر داخلہ``، ``وزیر خزانہ``; in run-on text ``صورت حال زیربحث آئی
    وزیرخزانہ`` → ``وزیرخزانہ``: nothing up to the last verb inside it, unless that word is part of
    a name such as ``آئی ایس پی آر``)."""
    s, e = span
    g = _grammar()
    verbs = g["verb"]
    for k in range(e - 2, s - 1, -1):
        if (words[k] in verbs or _past_verb(words[k])) and k not in names:
            s = k + 1
            break
    for k in range(e - 2, s, -1):
        if words[k] == "اور" and any(w in ("پر", "پہ") for w in words[s:k]):
            s = k + 1  # ``گفتگو ہو رہی تھی … اثرات پہ اور ساتھی کمنٹیٹر کا``: the clause before ``اور`` is over
            break
    while e - s > 1 and (words[s] in g["finite"] or words[s] in g["link"] or words[s] in g["adverbial_end"]):
        s += 1
    if e - s > 2 and words[s] in ("یہ", "وہ") and words[s + 1] in ("بات", "باتیں"):
        s += 2  # ``یہ بات X نے … کہی``: the words said, then the speaker
    return s, e


#: nouns that end like a past verb (``بقایا`` arrears, ``رعایا`` subjects)
_NOT_PAST = event_words("quote_not_past")


def _past_verb(word: str) -> bool:
    """A masculine past verb by its ending (``کھایا``، ``بنایا``، ``پہنچایا``): in run-on text the clause
    before a speaker ends on one (``… کھانا کھایا پولیس کے مطابق``)."""
    return len(word) >= 4 and word.endswith("ایا") and word not in _NOT_PAST


def _clause_boundary(words: Sequence[str], start: int) -> bool:
    """Does a new clause begin at ``start`` (a connective, comma or finite verb just before it)?"""
    if start == 0:
        return False
    prev = words[start - 1]
    g = _grammar()
    return prev in g["link"] or prev in g["verb"] or prev in ("،", ",", "؛", ";")




def _claim_frame(words: Sequence[str], k: int, claim: frozenset[str], last_ne: Sequence[int | None],
                 names: Collection[int], *, light_needed: bool = False,
                 ) -> tuple[tuple[int, int] | None, int] | None:
    """``X نے امید ظاہر کی کہ …``، ``X نے اعتراف کیا کہ …``، ``X کا دعوی تھا کہ …``: a noun or verb of
    stating, light verbs after it, then ``کہ`` at ``k``. Returns ``(speaker span, body start)``; the
    speaker is the ``نے`` phrase of the clause, else the ``کا`` phrase right before the noun. Without
    either it is no quotation (``یہ امید ہے کہ``: a hope, nobody's words)."""
    j = k - 1
    while j >= 0 and k - j <= 4 and words[j] in _grammar()["claim_light"]:
        j -= 1
    # ``خیال ظاہر کیا``، ``رائے دی``: a feeling or opinion voiced, not held
    voiced = j >= 0 and words[j] in _speech_words()["voiced"] \
        and ("ظاہر" in words[j + 1:k] or (j + 1 < k and words[j + 1] in ("دی", "دیا", "دیے", "دیتے", "دیتی")))
    if j < 0 or k - j > 4 or (words[j] not in claim and not voiced) or k + 1 >= len(words) \
            or (light_needed and k - j < 2):
        return None  # ``اعلان کے بعد`` is no misspelt ``اعلان کیا کہ``: a ``کے`` frame needs its verb
    if words[j + 1] in _grammar()["aside"]:
        return None  # ``واضح رہے کہ``، ``یاد رہے کہ``: the writer's aside, nobody's statement
    erg = last_ne[j]
    coordinated = _coordinated_after_comma(words, j)
    if coordinated and erg is not None and any(w in _OPEN_MARKS for w in words[erg:j]):
        erg = None  # the ``ہم نے`` of quoted words is not the subject of the clause after them
    if k - j > 1 and all(w in _COPULAS for w in words[j + 1:k]) and words[j] not in _grammar()["claim_verb"]:
        erg = None  # ``… نے خط لکھا تھا اور توقع تھی کہ``: a claim with no verb of its own is nobody's act
    if erg is not None and j - erg <= _CLAIM_SUBJECT_WORDS and "کہ" not in words[erg:j]:
        # ``انہوں نے اس بات کا اعتراف کیا``: the ``کا`` phrase is what was admitted, the ``نے`` one who
        speaker = _span(_np_left(words, erg, 0, names))
    elif j > 0 and words[j - 1] in GENITIVE:
        speaker = _span(_np_left(words, j - 1, 0, names))
        if speaker is not None and _content_phrase(words, speaker):
            speaker = None  # ``اس بات کی نشاندہی کرتے ہیں کہ``: what is pointed out, not who points it out
            if any(w in ("گیا", "گئی", "گئے") for w in words[j + 1:k]):
                return None, k + 1  # ``اس بات کا اعلان کیا گیا تھا کہ``: announced in the passive, by nobody named
            if not any(w in _grammar()["imperfective"] for w in words[j + 1:k]):
                # ``انہوں نے کہا کہ … اور اس بات پر زور دیا کہ``: a second act of the subject the clause
                # left out; it speaks for the story's last subject or speaker, as a pronoun would
                return (j, j), k + 1
    else:
        speaker = None
    if speaker is None and any(w in _grammar()["imperfective"] for w in words[j + 1:k]):
        # ``مسلم لیگ الیکشن میں اس بات پر زور دے رہی ہے کہ``: a progressive or habitual verb takes a
        # plain subject, the phrase that opens the clause
        speaker = _clause_subject(words, j, names)
        if speaker is not None and words[speaker[1] - 1] in _speech_words()["not_source"]:
            return None  # ``… اعدادوشمار اس بات کی نشاندہی کرتے ہیں کہ``: figures say nothing
    if speaker is None and coordinated:
        # ``X نے کہا ہے کہ ’…‘، ساتھ ہی تصدیق کی کہ …``: a second act with no subject of its own; the
        # subject of the story speaks (resolved like a pronoun, to the last speaker)
        return (j, j), k + 1
    if speaker is None and j + 1 < k and words[j + 1] == "سامنے":
        return None, k + 1  # ``یہ اطلاعات سامنے آئی تھیں کہ``: reports surfaced, from nobody named
    if speaker is None:
        return None
    return speaker, k + 1


#: a ``جو`` clause before ``اس کے مطابق`` has at most this many words
_CORRELATIVE_WORDS = 15


def _correlative_owner(words: Sequence[str], pronoun: int, names: Collection[int]) -> tuple[int, int] | None:
    """The ergative subject of a ``جو`` clause that the ``اس`` at ``pronoun`` takes up (``X نے … کا جو
    اندازہ بتایا ہے اس کے مطابق`` → X), or None when no such clause ends right before it."""
    if pronoun == 0 or words[pronoun - 1] not in _grammar()["verb"]:
        return None
    for r in range(pronoun - 2, max(-1, pronoun - 2 - _CORRELATIVE_WORDS), -1):
        if words[r] in _SENTENCE_ENDS or words[r] in _COMMAS or words[r] == "کہ":
            return None
        if words[r] == "جو":
            ne = next((i for i in range(r - 1, max(-1, r - 1 - _CORRELATIVE_WORDS), -1) if words[i] == "نے"), None)
            return _span(_np_left(words, ne, 0, names)) if ne is not None else None
    return None


def _named_as(words: Sequence[str], span: tuple[int, int], names: Collection[int]) -> tuple[int, int]:
    """A speaker phrase with the name its ``نامی`` gives before it (``احمد نامی اس شخص`` for ``اس شخص``; glued in
    copy that lost a blank, ``ہیمنگزنامی اس ماہر``)."""
    s, e = span
    if e - s < 2 or s == 0 or words[s] not in ("اس", "یہ", "ایک", "ان"):
        return span
    if words[s - 1] == "نامی" and s > 1:
        name = np_left(words, s - 1, 0, names)
        return (name[0], e) if name[1] > name[0] else span
    if words[s - 1].endswith("نامی") and len(words[s - 1]) > len("نامی") + 1:
        return np_left(words, s, 0, names)[0], e
    return span


def _content_phrase(words: Sequence[str], span: tuple[int, int]) -> bool:
    """Is ``words[span]`` a demonstrative and a noun that points ahead to a ``کہ`` clause (``اس بات``، ``اس امر``)?"""
    s, e = span
    return e - s == 2 and words[s] in ("اس", "یہ", "ان") and words[s + 1] in _grammar()["content_noun"]


#: words that join a second act to the first after a comma (``، ساتھ ہی تصدیق کی``، ``، اور یہ بھی دعویٰ کیا``)
_COORDINATORS = event_words("quote_coordinators")


def _coordinated_after_comma(words: Sequence[str], j: int) -> bool:
    """Is the claim noun at ``j`` a clause of its own after a comma, led by coordinators only?"""
    p = j - 1
    while p >= 0 and words[p] in _COORDINATORS:
        p -= 1
    return p >= 0 and p < j - 1 and words[p] in _COMMAS


#: the reflexive possessive: a subject phrase ends before it (``شاعر اپنے خط میں لکھتے ہیں``)
_REFLEXIVE = event_words("quote_reflexive")
#: a claim noun followed only by these (``توقع تھی کہ``، ``امید ہے کہ``) is said by no ergative subject
_COPULAS = event_words("quote_copulas")


def _clause_subject(words: Sequence[str], j: int, names: Collection[int]) -> tuple[int, int] | None:
    """The noun phrase that opens the clause of ``words[j]`` and ends at its first case marker, when it
    can be someone (a name, a title, a source); None otherwise (``یہ امید ہے``)."""
    g = _grammar()
    start = j
    while start > 0 and not ((words[start - 1] in g["link"] and words[start - 1] != "پر")  # ``اس بات پر``
                             or words[start - 1] in g["finite"]
                             or words[start - 1] in ("کہ", "،", ",", "۔", ".", "؛", "نے")):
        start -= 1
    end = start
    while end < j and (end in names or (is_np_word(words[end]) and words[end] not in GENITIVE
                                        and words[end] not in g["after_title"] and words[end] not in DETERMINERS
                                        and words[end] not in _REFLEXIVE)):
        end += 1  # ``ماہرین اس بات پر``: the phrase stops at a case marker or a determiner
    sw = _speech_words()
    if end > start and end < j and (any(q in names for q in range(start, end)) or any(
            w in sw["source"] or w in sw["person"] or w in _titles() or w in groups() for w in words[start:end])):
        return start, end
    if start >= 3 and words[start - 1] == "اور" and words[start - 2] in g["finite"]:
        # ``X … سے مل رہی تھیں اور انھیں دیکھ کر کہنے لگیں``: a clause with no subject of its own after
        # ``اور`` shares the subject of the clause before it
        return _clause_subject(words, start - 2, names)
    return None


#: the verb forms after which ``کے`` stands for ``کہ`` (``دعویٰ تھا کے``، ``کہا کے``): a genitive never
#: follows a finite verb
_VERB_BEFORE_KE = event_words("quote_verb_before_ke")
#: a quote with no ``کہ`` has at least this many words
_BARE_MIN_WORDS = 4


def _bare_body(words: Sequence[str], k: int, j: int) -> bool:
    """Does a quote start at ``j`` right after the verb of saying at ``k`` (and its auxiliaries), with no
    ``کہ`` (``X نے کہا تھا شاید …``)? Only ``کہا``، ``کہتے``، ``کہتی``، ``کہنا`` speak so, and the next word
    opens a clause: no connective, postposition, verb or punctuation."""
    if words[k] not in ("کہا", "کہتے", "کہتی", "کہنا") or len(words) - j < _BARE_MIN_WORDS:
        return False
    g = _grammar()
    if k > 0 and words[k - 1] in g["said_object"]:
        return False  # ``X نے Y کو خوش آمدید کہا``: a greeting said, not a frame of the words after it
    nxt = words[j]
    if nxt == "میں" and _first_person_clause(words, j):
        return True  # ``X نے میچ کے بعد کہا میں بہت خوش ہوں``: the pronoun, not the postposition
    return any(c.isalpha() for c in nxt) and nxt not in g["continues"] and nxt not in g["finite"] \
        and nxt not in g["link"] and nxt not in g["say_aux"] and nxt not in GENITIVE \
        and nxt not in ("جس", "جو", "کہ", "کے", "جائے", "جاتا", "ہو", "دیا", "گیا")


#: a first-person ``میں`` is followed by its verb within this many words
_FIRST_PERSON_WORDS = 8


def _first_person_clause(words: Sequence[str], j: int) -> bool:
    """Is the ``میں`` at ``j`` the pronoun 'I' opening a clause (``میں نے …``، ``میں … خوش ہوں``، ``میں …
    کروں گا``), not the postposition 'in'? Its own ergative, or a first-person verb before any full stop."""
    if j + 1 < len(words) and words[j + 1] == "نے":
        return True
    for k in range(j + 1, min(len(words), j + 1 + _FIRST_PERSON_WORDS)):
        w = words[k]
        if w in ("۔", ".", "،", ",", "کہ"):
            return False
        if w == "ہوں" or (w in ("گا", "گی") and words[k - 1].endswith("وں")):
            return True
    return False


def _can_speak(toks: Sequence[Token], words: Sequence[str], span: tuple[int, int], names: Collection[int],
               resolver: ActorResolver) -> bool:
    """Is the subject of a frame with no ``کہ`` someone: a pronoun, a person or organisation, a title or
    a source (not ``لوگ اسے جادو کہتے ہیں``, a name given)?"""
    s, e = span
    if e - s == 1 and words[s] in PRONOUNS:
        return words[s] not in ("اسے", "انہیں", "جسے", "جنہیں")
    sw = _speech_words()
    if any(k in names for k in range(s, e)) or any(w in sw["source"] or w in _titles() for w in words[s:e]) \
            or words[e - 1] in sw["person"] or words[e - 1] in groups() or words[e - 1] in sw["person_plural"]:
        return True  # ``تاجر تنظیموں کے نمائندوں نے کہا …``: people by their role
    found = resolver.named(toks, s, e)
    return found is not None and found.type in ("PERSON", "ORG")



def _passes_on(words: Sequence[str], body: int, start: int) -> bool:
    """Is ``words[body:start]`` no statement of its own, only what leads to the next speaker: no finite
    verb, or a ``جب …`` / participle clause that runs into him (``جب X سے پوچھا گیا تو``)?"""
    stretch = words[body:start]
    if not stretch or any(w in ("۔", ".", "؟", "?", "!") for w in stretch):
        return False
    finite = _grammar()["finite"]
    if not any(w in finite for w in stretch):
        return True
    return stretch[-1] in ("تو", "ہوئے") and any(w in ("جب", "جیسے") for w in stretch)


def _subject_after(words: Sequence[str], body: int, start: int, names: Collection[int]) -> tuple[int, int] | None:
    """The noun phrase that opens ``words[body:start]`` and ends at its first case marker (``فوجی ذرائع
    کی تصدیق`` → ``فوجی ذرائع``): the subject of a participle clause before a verb of saying."""
    for g in range(body + 1, start):
        if words[g] in GENITIVE or words[g] in ("نے", "سے", "کو"):
            span = _np_left(words, g, body, names)
            return span if span[1] > span[0] and span[0] == body else None
    return None


#: the ``نے`` subject of a claim stands at most this many words before it (``X نے … پوسٹر شیئر کیا اور
#: ساتھ میں … لکھا کہ``: a coordinated clause keeps its subject), with no ``کہ`` between
_CLAIM_SUBJECT_WORDS = 30


def _distant_genitive_speaker(words: Sequence[str], k: int, names: Collection[int]) -> tuple[int, int] | None:
    """``X کا [لالی ووڈ کے حوالے سے / اپنے ٹویٹ میں] کہنا ہے``: the speaker's ``کا`` stands a few
    words before ``کہنا`` (``کہنا`` is masculine: only ``کا``), with no verb or clause break between."""
    for g in range(k - 2, max(k - 9, -1), -1):
        w = words[g]
        if w == "کا":
            return _span(_np_left(words, g, 0, names))
        if w in _grammar()["finite"] or w in _grammar()["link"] or w in ("کہ", "نے", "،", ",", "۔"):  # clause edge
            return None
    return None


def _passive_agent(words: Sequence[str], k: int, names: Collection[int]) -> tuple[int, int] | None:
    """The agent ``X کی طرف سے`` / ``X کی جانب سے`` up to ten words before ``k`` (a passive verb of
    saying or a statement noun): ``جائیل کی فیملی کی طرف سے بتایا گیا کہ`` → ``جائیل کی فیملی``."""
    for g in range(k - 1, max(k - 11, 1), -1):
        if words[g] == "سے" and words[g - 1] in ("طرف", "جانب") and g >= 3 and words[g - 2] in GENITIVE:
            return _span(_np_left(words, g - 2, 0, names))
        if words[g] in ("نے", "کہ", "۔", "،"):
            return None
    return None


def _issuer(words: Sequence[str], noun: int, names: Collection[int]) -> tuple[int, int] | None:
    """Who issued the statement at ``noun``: ``X کی جانب سے … جاری … اعلامیے`` (:func:`_passive_agent`)
    or ``X سے جاری (ہونے والے) اعلامیے`` → ``X``; None when the statement names no issuer."""
    agent = _passive_agent(words, noun, names)
    if agent is not None:
        return agent
    j = noun - 1
    while j >= 0 and words[j] in _ISSUED_PARTICIPLE:
        j -= 1
    if j >= 2 and words[j] == "جاری" and (words[j - 1] == "سے" or words[j - 1] in GENITIVE):
        return _span(_np_left(words, j - 1, 0, names))  # ``X کے جاری کردہ نوٹیفکیشن``
    if j >= 3 and words[j] == "جاری":
        g = _genitive_before_time(words, j)
        if g is not None:
            return _span(_np_left(words, g, 0, names))  # ``X کی منگل کو جاری ہونے والی رپورٹ``
    return None


#: a time phrase between an issuer's genitive and ``جاری`` has at most this many words (``گزشتہ روز``، ``منگل کو``)
_ISSUE_TIME_WORDS = 3


def _genitive_before_time(words: Sequence[str], issued: int) -> int | None:
    """The genitive of ``X کی منگل کو جاری …``: a few plain words (a day, ``گزشتہ روز``) between it and
    ``جاری`` at ``issued``, with no case marker, verb or punctuation among them."""
    for g in range(issued - 1, max(issued - 2 - _ISSUE_TIME_WORDS, -1), -1):
        if words[g] in GENITIVE:
            return g if g >= 1 else None
        if words[g] in ("سے", "نے", "میں", "پر") or words[g] in _grammar()["verb"] \
                or not any(c.isalnum() for c in words[g]):
            return None
    return None


def _document_source(words: Sequence[str], k: int, names: Collection[int]) -> tuple[int, int] | None:
    """The author of a statement that speaks in the passive (``وزارت کے جاری بیان میں کہا گیا ہے کہ``
    → ``وزارت``), or the statement itself when it names none (``رپورٹ میں کہا گیا``)."""
    j = k - 1
    for _ in range(3):  # ``رپورٹ میں مزید بتایا گیا``، ``رپورٹ میں یہ بھی بتایا گیا``: ``یہ`` points ahead to the words
        if j >= 0 and words[j] in ("بھی", "مزید", "یہ"):
            j -= 1
    if j >= 0 and words[j] != "میں" and _glued_document(words[j]):
        return j, j + 1  # ``سرکاریاعلانمیں کہا گیا``: the statement and its ``میں`` run together
    if j < 1 or words[j] != "میں":
        return None
    if words[j - 1] in _STATEMENT_PRONOUNS:
        owner = _relative_statement_owner(words, j - 1, names) if words[j - 1] in ("جس", "جن") else None
        # ``اس میں مزید کہا گیا``: the statement named before; resolved like a pronoun
        return owner or (j - 1, j)
    if j >= 3 and words[j - 1] in _speech_words()["document_part"] and words[j - 2] in GENITIVE \
            and words[j - 3] in _speech_words()["document"]:
        j -= 2  # ``خط کے متن میں کہا گیا``: the text of a letter is the letter
    if words[j - 1] not in _speech_words()["document"]:
        return None
    noun = j - 1
    agent = _issuer(words, noun, names)
    if agent is not None:
        return agent  # ``دفتر خارجہ کی جانب سے منگل کو جاری ہونے والے اعلامیے میں``
    for g in range(noun - 1, max(noun - 4, -1), -1):  # ``کے بیان``، ``کے جاری بیان``، ``کی جانب سے جاری بیان``
        if words[g] in GENITIVE and g + 1 < noun and words[g + 1] in _grammar()["compound_postposition"]:
            break  # ``اس کے علاوہ اعلامیہ میں``: a compound postposition, no author
        if words[g] in GENITIVE:
            span = _span(_np_left(words, g, 0, names))
            if span is not None:
                return span
            break
    phrase = _np_left(words, noun + 1, 0, names)  # ``مقامی میڈیا رپورٹس میں``: the whole statement phrase
    return phrase if phrase[1] > phrase[0] and phrase[1] == noun + 1 else (noun, noun + 1)




#: how far before a relative ``جس میں`` the statement it is about may stand (``X کی ایک رپورٹ آئی تھی، جس``)
_RELATIVE_STATEMENT_WORDS = 6


def _relative_statement_owner(words: Sequence[str], rel: int, names: Collection[int]) -> tuple[int, int] | None:
    """The owner of the statement a relative ``جس میں کہا گیا`` is about, when a genitive names one:
    ``ریسٹاڈ انرجی کی ایک رپورٹ آئی تھی، جس میں بتایا گیا`` → ``ریسٹاڈ انرجی``. None otherwise (a letter
    someone wrote, ``X نے خط لکھا جس میں``, is left to the pronoun rules, which find its writer)."""
    for g in range(rel - 1, max(rel - 1 - _RELATIVE_STATEMENT_WORDS, 0) - 1, -1):
        if words[g] in ("نے", "کہ", "۔", ".", "؟"):
            return None
        if words[g] in _speech_words()["document"]:
            p = g - 1
            while p > 0 and words[p] in _STATEMENT_DETERMINERS:
                p -= 1
            return _span(_np_left(words, p, 0, names)) if p > 0 and words[p] in GENITIVE else None
    return None


def _glued_document(word: str) -> bool:
    """Is ``word`` a statement glued to its ``میں`` (``سرکاریاعلانمیں``، ``بیانمیں``: text that lost its blanks)?"""
    if not word.endswith("میں") or len(word) < 6:
        return False
    stem = word[:-3]
    return any(stem.endswith(d) for d in _speech_words()["document"] if len(d) >= 3)


#: ``اس میں کہا گیا``، ``خط لکھا جس میں کہا گیا``: a statement named before, whose author speaks
_STATEMENT_PRONOUNS = event_words("quote_statement_pronouns")


#: an infinitive of saying and the ``لگنا`` after it: ``کہنے لگے``، ``بتانے لگیں`` (began to say)
_BEGIN_SAY = event_words("quote_begin_say")
_BEGAN = event_words("quote_began")


def _began_to_say(words: Sequence[str], k: int) -> bool:
    return words[k] in _BEGIN_SAY and k + 1 < len(words) and words[k + 1] in _BEGAN


#: tokens of an opening quote mark (a colon before one introduces a direct quote, not reported words)
_OPEN_MARKS = frozenset({'"', "'", "“", "”", "‘", "’", "‘‘", "’’", "''", "«", "»"})


def _imperfective_subject(words: Sequence[str], k: int, names: Collection[int]) -> tuple[int, int] | None:
    """The subject of a verb of saying with no ``نے`` at ``k`` (``X کہتے ہیں``): the phrase right before
    the verb, else the one that opens the clause (``X اس خط میں لکھتے ہیں``; ``میں`` there is 'in', not 'I')."""
    span = _np_left(words, k, 0, names)
    if span[1] - span[0] == 1 and words[span[0]] == "میں" and k + 1 < len(words) and words[k + 1] != "ہوں":
        span = (k, k)
    if span[1] - span[0] == 1 and words[span[0]] in _grammar()["cataphoric"]:
        span = _np_left(words, span[0], 0, names)  # ``دنیا بھر کے ماہرین یہ کہہ رہے ہیں کہ``: یہ is what they say
    return _span(span) or _clause_subject(words, k, names)


#: verbs of saying in the imperfective, whose subject takes no ``نے``
_IMPERFECTIVE_SAY = event_words("quote_imperfective_say")


def _author(words: Sequence[str], span: tuple[int, int], names: Collection[int]) -> tuple[int, int] | None:
    """``یونیسف کی ایک رپورٹ کے مطابق`` → ``یونیسف``: the genitive author right before a statement phrase
    that opens on a determiner or adjective (the phrase itself stopped there)."""
    g = span[0] - 1
    if g >= 1 and words[g] in GENITIVE:
        author = _np_left(words, g, 0, names)
        return author if author[1] > author[0] else None
    return None


def _attributes(toks: Sequence[Token], span: tuple[int, int], resolver: ActorResolver) -> bool:
    """Can the phrase before ``کے مطابق`` be a source: a name, a body of people or a report?"""
    head = toks[span[1] - 1].norm
    words = _speech_words()
    if head in words["not_source"] or (head in ("جس", "جن") and _rule_before(toks, span[0])):
        # ``آئی سی سی کے قوانین کے مطابق``: a rule says nothing, whoever made it; ``تحقیق کے نتائج`` speaks
        # through the study
        return any(t.norm in words["source"] for t in toks[span[0]:span[1] - 1])
    # ``ماہرین غذائیات``، ``تحقیق کے نتائج``: a source word anywhere in the phrase, a statement at its end;
    # ``کمپنی کے نمائندوں کے مطابق``، ``ترجمان کے مطابق``، ``پروفیسر کم کے مطابق``: people by their role
    # speak; ``دی مرر کے مطابق``: an English title opening with "The" is a publication
    return any(t.norm in words["source"] for t in toks[span[0]:span[1]]) or head in words["document"] \
        or head in groups() or resolver.named(toks, *span) is not None \
        or (span[1] - span[0] == 1 and head in PRONOUNS) \
        or head in words["person"] or head in words["person_plural"] or head in _titles() \
        or (span[1] - span[0] > 1 and toks[span[0]].norm in _titles()) \
        or _role_before_name(toks, span) \
        or (span[0] >= 1 and toks[span[0] - 1].norm == "دی"
            and (span[0] == 1 or not any(c.isalnum() for c in toks[span[0] - 2].norm))) \
        or (span[0] >= 2 and toks[span[0] - 1].norm in _AGENT_PARTICIPLES and toks[span[0] - 2].norm.endswith("نے"))


#: an untagged name after a role word (``سائنس داں اسٹاکن کووچ``) has at most this many words
_ROLE_NAME_WORDS = 3


def _role_before_name(toks: Sequence[Token], span: tuple[int, int]) -> bool:
    """Does a role word (``ماہر``، ``سائنس داں``) stand a short name before the end of the phrase, so that
    the phrase names someone: ``لیبارٹری کے سائنس داں اسٹاکن کووچ کے مطابق``?"""
    roles = _speech_words()["person"]
    return any(toks[i].norm in roles for i in range(max(span[0], span[1] - 1 - _ROLE_NAME_WORDS), span[1] - 1))


#: ``کرنے والی X``: the participle that makes X the one who does something, a person (``امور کی دیکھ بھال کرنے
#: والی X کے مطابق``: the publicist)
_AGENT_PARTICIPLES = frozenset(("والی", "والا", "والے"))


def _rule_before(toks: Sequence[Token], k: int) -> bool:
    """Is the noun a relative ``جس کے مطابق`` at ``k`` points back to a rule or a tally (``درجہ بندی جاری کر
    دی ہے جس کے مطابق``)? It stands within the few words before, after a verb of issuing at most."""
    return any(t.norm in _speech_words()["not_source"] for t in toks[max(0, k - _RELATIVE_LOOKBACK):k])


#: how far back the antecedent of a relative ``جس کے مطابق`` is looked for
_RELATIVE_LOOKBACK = 6


#: a name in quote marks before its case marker has at most this many words (``"ناسا" کا کہنا ہے``)
_QUOTED_NAME_WORDS = 3


def _np_left(words: Sequence[str], end: int, floor: int = 0, names: Collection[int] = frozenset(),
             ) -> tuple[int, int]:
    """:func:`roles.np_left` that also takes a name with its acronym in brackets after it (``عالمی ادارہ
    صحت (ڈبلیو ایچ او) نے``): the phrase before ``(`` and the brackets, or the acronym alone."""
    if end - 1 > floor and words[end - 1] == ")":
        for p in range(end - 2, max(floor, end - _BRACKET_WORDS) - 1, -1):
            if words[p] == "(":
                outer = np_left(words, p, floor, names)
                if outer[1] > outer[0]:
                    return outer[0], end
                return (p + 1, end - 1) if end - 1 > p + 1 else (end, end)
            if words[p] == ")":
                break
    if end - 2 > floor and words[end - 1] in _OPEN_MARKS:
        for p in range(end - 2, max(floor, end - 2 - _QUOTED_NAME_WORDS) - 1, -1):
            if words[p] in _OPEN_MARKS:
                # ``"ناسا" کا کہنا ہے``: a name in quote marks; the marks are no part of it
                return (p + 1, end - 1) if p + 1 < end - 1 else (end, end)
    if end - 1 > floor and (words[end - 1] in _COMMAS or words[end - 1] in _COPULAS):
        # ``X جو … تھے، نے``; ``X جو خود بھی ڈاکٹر ہیں نے کہا``: the comma is often left out
        head = _relative_head(words, end - 1 if words[end - 1] in _COMMAS else end, floor)
        if head is not None:
            outer = np_left(words, head, floor, names)
            if outer[1] > outer[0]:
                return outer  # ``اداکار X جو … آئے ہوئے تھے، نے بتایا``: the noun the relative clause is about
    return np_left(words, end, floor, names)


#: a relative clause between a speaker and its case marker has at most this many words
_RELATIVE_WORDS = 25


def _relative_head(words: Sequence[str], comma: int, floor: int) -> int | None:
    """Where the relative ``جو`` opens the clause that ends at the comma at ``comma`` (``X جو … تھے، نے``),
    or None when the stretch before the comma is no such clause."""
    for p in range(comma - 2, max(floor, comma - _RELATIVE_WORDS) - 1, -1):
        w = words[p]
        if w == "جو" or (w in ("جن", "جس") and words[p + 1] in GENITIVE):
            # ``X جو … تھے، نے``، ``X جن کی فلم … ہے، کا کہنا ہے``
            return p if p > floor else None
        if w in _RELATIVE_ERGATIVES and w not in ("جس",) and p - 1 > floor and words[p - 1] in _COMMAS:
            return p - 1  # ``وزیراعظم، جنہوں نے … قیام کیا، نے کہا``: the noun before the comma
        if w == "نے" and p - 1 > floor and words[p - 1] in _RELATIVE_ERGATIVES:
            continue  # the relative's own ergative
        if w in ("۔", ".", "؟", "?", "کہ", "نے", "،", ",", "جس", "جن", "جنہوں"):
            return None
    return None


#: an acronym in brackets after a name has at most this many words
_BRACKET_WORDS = 8


def _span(span: tuple[int, int]) -> tuple[int, int] | None:
    return span if span[1] > span[0] else None


def _unlinked(doc: Document, toks: Sequence[Token], a: int, b: int, kind: str) -> Actor:
    """An actor of type ``kind`` spelled by ``toks[a:b]``, linked to nothing."""
    start, end = toks[a].start, toks[b - 1].end
    return Actor(doc.text[start:end], None, None, start, end, kind)


def _speaker(doc: Document, toks: Sequence[Token], span: tuple[int, int] | None, resolver: ActorResolver,
             ) -> Actor | None:
    if span is None:
        return None
    s, e = span
    if s == e:  # a verb of saying with no subject: resolved like a pronoun, to the story's last speaker
        return Actor("", None, None, toks[s].start, toks[s].start, "PRONOUN")
    while e - s > 1 and toks[s].norm in _speech_words()["emphatic"]:
        s += 1  # ``خود انجلینا کا کہنا ہے``: she herself is the speaker, ``خود`` is no part of her name
    if e - s > 2 and toks[s].norm in ("یہ", "وہ") and toks[s + 1].norm in ("بات", "باتیں"):
        s += 2  # ``یہ بات وزیر نے کہی``: the words said, then the speaker
    if _glued_then_pronoun(toks[e - 1].norm):
        # ``پوچھا گیا توان کا کہنا تھا``: ``تو`` run into the pronoun in copy that lost a blank
        return _unlinked(doc, toks, e - 1, e, "PRONOUN")
    if e - s == 2 and toks[s].norm + toks[s + 1].norm in PRONOUNS:
        return _unlinked(doc, toks, s, e, "PRONOUN")  # ``ا نہوں نے``، ``انہو ں نے``: a pronoun split by a stray blank
    if e - s == 1 and toks[s].norm in _RELATIVE_ERGATIVES and e < len(toks) and toks[e].norm == "نے":
        head = _relative_antecedent(toks, s, resolver)
        if head is not None:  # ``بعض مداح ایسے بھی تھے جنہوں نے کہا``: the people the relative is about
            return _speaker(doc, toks, head, resolver)
    if e - s == 1 and (toks[s].norm in PRONOUNS or toks[s].norm in _speech_words()["emphatic"]
                       or toks[s].norm in _STATEMENT_PRONOUNS):
        # resolved after all quotes are known (the antecedent may be another quote's speaker)
        return _unlinked(doc, toks, s, e, "PRONOUN")
    if e - s >= 3 and toks[e - 1].norm in _speech_words()["relative"] and toks[e - 2].norm in GENITIVE:
        # ``بورس کی بہن جو … ہیں نے کہا``: the sister speaks, not the brother her phrase names
        return _unlinked(doc, toks, s, e, "PERSON")
    actor = resolver.resolve(toks, s, e, split=False)[0]
    place_at = actor.start if actor.start is not None else toks[s].start
    if actor.type in ("GPE", "LOC") and e - s >= 2 and toks[e - 1].end == actor.end \
            and any(tok.norm in _titles() for tok in toks[s:e - 1] if tok.start <= place_at):
        # ``وزیراعلیٰ پنجاب نے کہا``، ``گورنر سندھ``: the holder of an office of the place speaks (a
        # nationality before the office, ``چینی وزیر خارجہ``, stays its country)
        return _unlinked(doc, toks, s, e, "PERSON")
    if actor.type == "LOC" and actor.end is not None and actor.end < toks[e - 1].start and any(
            tok.norm in _speech_words()["person"] for tok in toks[s:e] if tok.start >= actor.end):
        # ``بالی وڈ کی اداکارہ X کا کہنا ہے`` (X untagged): the actress speaks, not the industry she is of
        return _unlinked(doc, toks, s, e, "PERSON")
    return actor


#: relative pronouns of an ergative subject (``جنہوں نے``، ``جس نے``)
_RELATIVE_ERGATIVES = event_words("quote_relative_ergatives")
#: words between a noun and the relative clause about it: a copula and its particles (``X ایسے بھی تھے جنہوں``)
_BEFORE_RELATIVE = _COMMAS | event_words("quote_before_relative")


def _relative_antecedent(toks: Sequence[Token], rel: int, resolver: ActorResolver) -> tuple[int, int] | None:
    """The noun phrase a relative speaker (``جنہوں نے کہا``) is about: the one right before it, past a copula
    (``کئی شہری ایسے بھی تھے جنہوں نے``، ``X ہیں جنہوں نے``); None when a verb or clause stands between."""
    words = [t.norm for t in toks]
    p = rel
    while p > 0 and words[p - 1] in _BEFORE_RELATIVE:
        p -= 1
    if p == 0:
        return None
    span = _np_left(words, p, 0, resolver.name_tokens(toks))
    return span if span[1] > span[0] and words[span[1] - 1] not in PRONOUNS else None


def _glued_genitive(word: str) -> bool:
    """Is ``word`` a name with its ``کا``/``کی`` run on (``باسوکا`` in ``بپاشا باسوکا کہنا ہے``)?"""
    return len(word) > 4 and word[-2:] in ("کا", "کی") and word not in GENITIVE


def _glued_ke(word: str) -> bool:
    """Is ``word`` a name with its ``کے`` run on (``سوزاکے`` in ``مائیکل ڈی سوزاکے مطابق``)?"""
    return len(word) > 4 and word.endswith("کے") and word not in GENITIVE


def _glued_then_pronoun(word: str) -> bool:
    """Is ``word`` the ``تو`` of a ``جب … تو`` run into a third-person pronoun (``توان``، ``توانہوں``)?"""
    return word.startswith("تو") and word[2:] in PRONOUNS and word[2:] not in ("آپ", "تم", "میں", "ہم")


def _direct_speaker(doc: Document, toks: Sequence[Token], starts: Sequence[int], qs: int, qe: int,
                    resolver: ActorResolver) -> Actor | None:
    """The speaker introduced before the quote (``X نے کہا:``) or named after it (``…‘‘، X نے کہا``).

    A clause with an ergative subject that runs straight into the quote introduces it whatever its
    verb (``انجلینا نے نصیحت کی، ’’…‘‘``، ``وزیر نے خبردار کیا: ’’…‘‘``): the subject is the speaker.
    The speaker is looked for within :data:`_SPEAKER_WINDOW` tokens of the quote, nearest first, so a
    sentence of a thousand quotes costs a thousand short looks, not a thousand passes over it.
    """
    say = _say()
    i, j = bisect_left(starts, qs), bisect_left(starts, qe)
    lead = toks[max(0, i - _SPEAKER_WINDOW):i]
    trail = toks[j:j + _SPEAKER_WINDOW]
    for part in (lead, trail):
        words = [t.norm for t in part]
        names = resolver.lazy_name_tokens(part)  # matched only when a speech word is near
        for k in (range(len(words) - 1, -1, -1) if part is lead else range(len(words))):
            if part is lead and _began_to_say(words, k):
                span = _span(_np_left(words, k, 0, names)) or _clause_subject(words, k, names)
                if span is not None:
                    return _speaker(doc, part, span, resolver)
            if part is lead and words[k] in _IMPERFECTIVE_SAY and "نے" not in words[max(0, k - _CLAUSE_WORDS):k]:
                # ``X اس خط میں لکھتے ہیں: '…'``، ``وہ کہتی ہیں '…``: no ergative; the subject stands before
                # the verb or opens the clause
                span = _imperfective_subject(words, k, names)
                if span is not None:
                    return _speaker(doc, part, span, resolver)
            if part is lead and words[k] in say and k + 1 < len(words) and words[k + 1] in ("گیا", "گئی", "جا"):
                # ``X کی جانب سے جاری کردہ اس اعلامیے میں کہا گیا ہے کہ ’…‘``: a statement speaks in the
                # passive for its issuer (or itself, ``خط کے متن میں کہا گیا``), as in reported speech; no
                # agent or statement named: nobody
                span = _passive_agent(words, k, names) or _document_source(words, k, names)
                return _speaker(doc, part, span, resolver) if span is not None else None
            if words[k] in say or (words[k] == "مطابق" and k > 0 and words[k - 1] == "کے"):
                if words[k] == "کہنا" and k > 0 and words[k - 1] not in GENITIVE:
                    # ``X کا مزید کہنا تھا ’…‘``: the ``کا`` stands a few words back
                    span = _distant_genitive_speaker(words, k, names) or (k, k)
                elif words[k] == "کہنا" or words[k] == "مطابق":
                    span = _np_left(words, k - 1, 0, names)
                else:
                    erg = next((i for i in range(k - 1, -1, -1) if words[i] == "نے"), None)
                    span = _np_left(words, erg, 0, names) if erg is not None else _np_left(words, k, 0, names)
                if span[1] > span[0]:
                    return _speaker(doc, part, span, resolver)
        if part is lead and "کہ" in words:
            # ``X نے اپیل کی کہ ان کے بیٹے پر "رحم کریں"``: words quoted inside a ``کہ`` clause are the
            # words of that clause's subject, whatever the verb before ``کہ``
            ke = len(words) - 1 - words[::-1].index("کہ")
            erg = next((i for i in range(ke - 1, -1, -1) if words[i] == "نے"), None)
            if erg is not None:
                span = _np_left(words, erg, 0, names)
                if span[1] > span[0]:
                    return _speaker(doc, part, span, resolver)
        if part is lead and lead and _runs_into(doc.text, lead[-1].end, qs):
            erg = next((i for i in range(len(words) - 1, -1, -1) if words[i] == "نے"), None)
            if erg is not None:
                span = _np_left(words, erg, 0, names)
                if span[1] > span[0]:
                    return _speaker(doc, part, span, resolver)
    return None


#: an ergative this many words or fewer before an imperfective verb of saying is its clause's (``نے`` and
#: ``کہتے`` in one clause: ``انہوں نے کہا کہ وہ کہتے ہیں``)
_CLAUSE_WORDS = 6
#: how many tokens before and after a direct quote may hold its speaker
_SPEAKER_WINDOW = 60


def _runs_into(text: str, end: int, mark: int) -> bool:
    """Is there nothing but blanks and a comma or colon between a clause's end and a quote mark?"""
    gap = text[end:mark]
    return len(gap) <= 4 and all(c.isspace() or c in "،,:؛" for c in gap)


def _fill_pronouns(doc: Document, quotes: list[Quote], titled: Sequence[tuple[int, Actor]] = ()) -> list[Quote]:
    """Resolve pronoun speakers (``انہوں نے کہا``): the last person who was the subject of a clause
    (``X نے``) after the last named speaker, else that speaker, else the last person mentioned, else
    the last organisation. Names inside quotations are never antecedents: they are what the speaker
    talked about (``شاہ`` in the minister's own words)."""
    if not any(q.speaker is not None and q.speaker.type == "PRONOUN" for q in quotes):
        return quotes  # no pronoun to resolve: the antecedents below would be read for nothing
    # a ``کے مطابق`` report narrates: its subjects are the people who speak next (``میڈیا کے مطابق
    # اداکارہ X نے فلم سائن کر لی۔ انہوں نے کہا``), so only other quotes hide their names
    spans = _merged(sorted([(q.start, q.end) for q in quotes if not _report_before(doc.text, q.start)]
                           + _own_words(doc, quotes)))
    quote_starts = [a for a, _ in spans]

    def quoted(pos: int) -> bool:
        i = bisect_left(quote_starts, pos + 1) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]

    # a country's media as a source (``بھارتی میڈیا کے مطابق`` → بھارتی) is no antecedent of ``انہوں``
    speakers = sorted(((x.speaker.start or 0, x.speaker) for x in quotes
                       if x.speaker is not None and x.speaker.type != "PRONOUN"
                       and not (x.speaker.type in _PLACES and _report_before(doc.text, x.start))
                       and not _is_document(x.speaker.text)),
                      key=lambda x: x[0])
    persons: list[tuple[int, Actor]] = []
    subjects: list[tuple[int, Actor]] = []
    orgs: list[tuple[int, Actor]] = []
    for e in doc.entities:
        if e.type not in ("PERSON", "ORG") or quoted(e.start) or _starts_with_case(e.text):
            continue
        actor = Actor(e.text, e.entity_id, e.name_en, e.start, e.end, e.type)
        if e.type == "ORG":
            orgs.append((e.start, actor))
            continue
        persons.append((e.start, actor))
        if _ERGATIVE_AFTER.match(doc.text, e.end) or _ends_paragraph_as_subject(doc, e.start, e.end) \
                or _introduced(doc, e.start, e.end):
            subjects.append((e.start, actor))
    subjects.extend((pos, actor) for pos, actor in titled if not quoted(pos))
    subjects.extend(p for p in persons if _owns_statement(doc, p[1].end or 0))
    subjects.sort(key=lambda x: x[0])
    last_speaker, last_subject = _Before(speakers), _Before(subjects)
    # what each ``کے مطابق`` source reported: the people it narrates about may speak next
    reported_by = {id(x.speaker): (x.start, x.end) for x in quotes
                   if x.speaker is not None and _report_before(doc.text, x.start)}
    mentions = sorted([*speakers, *subjects], key=lambda x: x[0])  # where an epithet's person may be named
    last_person, last_org = _Before(persons), _Before(orgs)
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.type != "PRONOUN":
            continue
        at = sp.start or 0
        speaker, subject = last_speaker(at), last_subject(at)
        if subject is not None and (speaker is None or subject[0] > speaker[0]):
            q.speaker = subject[1]
        elif speaker is not None:
            q.speaker = speaker[1]
            person = last_person(at)
            if person is not None and person[0] > speaker[0] and (
                    speaker[1].type == "ORG" or _inside(reported_by.get(id(speaker[1])), person[0])):
                # ``ایجنسی نے تصدیق کی … X ایک ہیکر ہیں … ان کا کہنا تھا``: a person; so the person an
                # untagged outlet's report is about (``سانتا بانتا نیوز کے مطابق پریانکاکو … انہوں نے کہا``)
                q.speaker = person[1]
        else:
            found = last_person(at) or last_org(at)
            q.speaker = found[1] if found is not None else None
        if q.speaker is not None:
            q.speaker = _named_for(doc, q.speaker, persons, mentions) or q.speaker
    return quotes


def _inside(span: tuple[int, int] | None, pos: int) -> bool:
    return span is not None and span[0] <= pos < span[1]


def _named_for(doc: Document, actor: Actor, persons: Sequence[tuple[int, Actor]],
               speakers: Sequence[tuple[int, Actor]] = ()) -> Actor | None:
    """The person an epithet stands for (``46 سالہ اداکار`` after ``بالی ووڈ اداکار اکشے کمار``): a speaker
    named by a role alone whose role word the article put before a name earlier. A pronoun points back
    to that person, the antecedent's full mention; a role never put before a name (``پچ کیوریٹر``) is a
    new person and stays. None when ``actor`` is no such epithet."""
    if actor.start is None or actor.end is None or actor.entity_id is not None or actor.type == "PRONOUN":
        return None
    words = [normalize(w).norm for w in actor.text.split()]
    roles = _person_roles()
    if not words or words[-1] not in roles or words[0] == "ایک" \
            or any(p < actor.end and (a.end or 0) > actor.start for p, a in persons):
        return None  # ``ایک پولیس اہلکار``: someone new; a span with a name in it is named already
    # the few mentions before the epithet, nearest first (a bounded look keeps a long text linear)
    i = bisect_left(persons, actor.start, key=lambda x: x[0])
    for pos, person in reversed(persons[max(0, i - _EPITHET_LOOKBACK):i]):
        before = [normalize(w).norm for w in doc.text[max(0, pos - _EPITHET_CHARS):pos].split()[-_EPITHET_WORDS:]]
        if words[-1] in before:
            return person
    i = bisect_left(speakers, actor.start, key=lambda x: x[0])
    for _, speaker in reversed(speakers[max(0, i - _EPITHET_LOOKBACK):i]):
        # ``سنوڈن کی خاتون روسی وکیل اناطولے کوچرینا نے …`` (untagged): a speaker phrase that holds the role
        # word before more words, the name
        said = [normalize(w).norm for w in speaker.text.split()]
        if speaker is not actor and words[-1] in said[:-1] and not set(said) <= roles | GENITIVE | {"ایک"}:
            return speaker
    return None


#: how many earlier mentions an epithet's person is looked for among
_EPITHET_LOOKBACK = 40
#: how far before a name its role word may stand (``بالی ووڈ کی اداکارہ X``، ``وزیر زراعت پنجاب ڈاکٹر X``)
_EPITHET_WORDS = 5
_EPITHET_CHARS = 80


_PLACES = ("GPE", "NORP", "LOC", "FAC")
#: a name this many tokens or fewer into its sentence may be its plain subject
_SUBJECT_TOKENS = 12


def _name_in_sentence(toks: Sequence[Token], start: int, end: int) -> tuple[int, int, int, int] | None:
    """``(i, j, first, last)`` for the name at ``start:end``: its first token, the token right after it,
    and the first and last tokens of its sentence; None when no token of the same sentence follows it."""
    i = bisect_left(toks, start, key=lambda t: t.start)
    j = bisect_left(toks, end, key=lambda t: t.start)
    if i >= len(toks) or j >= len(toks) or toks[j].sentence != toks[i].sentence:
        return None
    first = i
    while first > 0 and toks[first - 1].sentence == toks[i].sentence:
        first -= 1
    last = j
    while last + 1 < len(toks) and toks[last + 1].sentence == toks[i].sentence:
        last += 1
    return i, j, first, last


def _ends_paragraph_as_subject(doc: Document, start: int, end: int) -> bool:
    """Is the name at ``start:end`` the plain subject (no case marker after it: ``X بھی … غم زدہ ہیں``) of
    a sentence that closes its paragraph? A paragraph that ends on someone introduces the next speaker:
    ``X بھی … دکھی ہیں۔⏎⏎ … انہوں نے کہا`` is X. Inside one paragraph the sentence may still be the last
    speaker's words, and the name only what he talked about."""
    toks = doc.tokens
    found = _name_in_sentence(toks, start, end)
    if found is None:
        return False
    i, j, first, last = found
    if toks[j].norm in _CASE_MARKERS or toks[j].norm in ("اور", "،", ",", "والے", "والی", "والا"):
        return False
    if i - first > _SUBJECT_TOKENS or any(t.norm in _NON_GENITIVE_MARKERS for t in toks[first:i]):
        return False
    after = doc.text[toks[last].end:toks[last + 1].start] if last + 1 < len(toks) else ""
    return "\n" in after
#: a name this many tokens or fewer into its sentence may be the one an introduction is about
_INTRO_TOKENS = 3


def _introduced(doc: Document, start: int, end: int) -> bool:
    """Is the name at ``start:end`` introduced by its role (``پروفیسر X ’…‘ نامی تنظیم کے سربراہ ہیں۔``):
    it opens its sentence, takes no case marker, and the sentence ends on a role word and a copula? Such a
    sentence presents the next speaker: ``… سربراہ ہیں۔ انھوں نے بتایا`` is X."""
    toks = doc.tokens
    found = _name_in_sentence(toks, start, end)
    if found is None:
        return False
    i, j, first, last = found
    if toks[j].norm in _CASE_MARKERS or i - first > _INTRO_TOKENS:
        return False
    while last > j and not any(c.isalnum() for c in toks[last].norm):
        last -= 1  # the full stop
    roles = _person_roles()
    return last - 1 > j and toks[last].norm in ("ہیں", "ہے", "تھے", "تھیں", "تھی", "تھا") \
        and toks[last - 1].norm in roles


#: case markers that never open a name: a tagged span that starts with one is a tagging slip (``کے صدور``)
_CASE_MARKERS = event_words("quote_case_markers")
#: the case markers besides the genitive: a name after one is no sentence's plain subject
_NON_GENITIVE_MARKERS = _CASE_MARKERS - GENITIVE


def _starts_with_case(text: str) -> bool:
    words = text.split()
    return bool(words) and normalize(words[0]).norm in _CASE_MARKERS
#: first-person words: a sentence with one, after a quotation and before the next, goes on in the
#: speaker's own words (``ہم نے … کیا``) even without a frame or quote marks
_FIRST_PERSON = event_words("quote_first_person")


def _own_words(doc: Document, quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """Spans of the sentences that carry a speaker's words on after a quotation with no frame of their
    own: the sentences between one quote and the next that speak in the first person. The names in them
    are what the speaker talked about, not who speaks next."""
    if not doc.sentences or not quotes:
        return []
    quoted_sents = sorted({q.sentence for q in quotes})
    first_person: set[int] = {t.sentence for t in doc.tokens if t.norm in _FIRST_PERSON}
    out = []
    for a, b in zip(quoted_sents, [*quoted_sents[1:], len(doc.sentences)], strict=True):
        for sent in range(a + 1, b):
            if sent not in first_person:
                break  # the narrator is back
            out.append((doc.sentences[sent].start, doc.sentences[sent].end))
    return out


def _merged(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
#: words between an owner's genitive and the statement it owns (``X کی ایک ٹویٹ``، ``X کے تازہ بیان``)
_STATEMENT_DETERMINERS = event_words("quote_statement_determiners")


def _owns_statement(doc: Document, end: int) -> bool:
    """Does a statement noun owned by the name ending at ``end`` follow it (``وزیر کی اس ٹویٹ``،
    ``X کے بیان``)? Its owner speaks in it: the ``انہوں نے کہا`` of ``جس میں انہوں نے کہا`` is X."""
    k = bisect_left(doc.tokens, end, key=lambda t: t.start)
    if k >= len(doc.tokens) or doc.tokens[k].norm not in GENITIVE:
        return False
    k += 1
    for _ in range(2):
        if k < len(doc.tokens) and doc.tokens[k].norm in _STATEMENT_DETERMINERS:
            k += 1
    return k < len(doc.tokens) and doc.tokens[k].norm in _speech_words()["document"]


def _is_document(text: str) -> bool:
    """Is a speaker a statement or report (``ایک رپورٹ``)? It is never what ``وہ کہتی ہیں`` points back to."""
    words = text.split()
    return bool(words) and normalize(words[-1]).norm in _speech_words()["document"]
#: a quote right after ``کے مطابق`` / ``بموجب`` (``re.search`` with an end position: matches at the end)
_REPORT_BEFORE = re.compile(r"(?:مطابق|بموجب)[\s،,:]*\Z")


def _report_before(text: str, pos: int) -> bool:
    """Does ``کے مطابق`` (or ``بموجب``) end right before ``pos``? Looked for in a short window: a search
    from the text's start for every quote made a long text of quotes quadratic."""
    return _REPORT_BEFORE.search(text, max(0, pos - _REPORT_WINDOW), pos) is not None


_REPORT_WINDOW = 64
#: a name directly followed by the ergative ``نے``: the subject of its clause
_ERGATIVE_AFTER = re.compile(r"\s*نے(?!\w)")


class _Before:
    """The last of some ``(position, actor)`` items (sorted by position) that starts before a position."""

    def __init__(self, items: Sequence[tuple[int, Actor]]) -> None:
        self.items = items
        self.starts = [p for p, _ in items]

    def __call__(self, pos: int) -> tuple[int, Actor] | None:
        i = bisect_left(self.starts, pos) - 1
        return self.items[i] if i >= 0 else None
