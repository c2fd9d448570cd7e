"""The search language → an FTS5 ``MATCH`` expression over the folded index.

Words are ANDed; ``OR``, ``AND``, ``NOT`` (upper case) and parentheses combine them; ``"..."`` is a
phrase; ``word*`` a prefix. Every word is folded exactly as the index was (so ۲۰۲۱ finds 2021 and
diacritics never matter) and expanded through known spellings of the same entity (امریکا →
امریکا OR امریکہ). Users never see FTS5 syntax errors: a query that cannot be parsed raises
:class:`~khabar.errors.QueryError` saying how to fix it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from khabar.errors import QueryError

from .fold import fold_query, tokens

#: a query with more words than this and no operators is treated as "documents like this text"
LONG_QUERY = 12
#: terms kept from a long query
LONG_QUERY_TERMS = 20
#: the longest run of words tried as one name when expanding spellings
MAX_NAME_WORDS = 4

OPERATORS = ("AND", "OR", "NOT")
_LEX = re.compile(r'"[^"]*"|\(|\)|[^\s"()]+')

Phrase = tuple[str, ...]
#: known spellings of a phrase (the phrase itself included), each a tuple of folded tokens
Expander = Callable[[Phrase], list[Phrase]]


@dataclass(slots=True)
class Term:
    tokens: Phrase
    prefix: bool = False
    quoted: bool = False


@dataclass(slots=True)
class Node:
    op: str  # AND | OR | NOT
    children: list[Term | Node] = field(default_factory=list)


@dataclass(slots=True)
class Compiled:
    match: str
    #: (phrase, prefix) pairs to highlight: every positive term with its alternative spellings
    highlight: list[tuple[Phrase, bool]]
    #: the words of a text pasted as the query: results are ordered by likeness to it
    like: list[str] | None = None


#: deepest nesting of parentheses a query may have
MAX_DEPTH = 32


def parse_query(query: str) -> Term | Node:
    if query.count('"') % 2:
        raise QueryError('unbalanced quote in the query: close the phrase with a second " or remove it')
    lexemes = _LEX.findall(query)
    pos = 0
    depth = 0

    def peek() -> str | None:
        return lexemes[pos] if pos < len(lexemes) else None

    def take() -> str:
        nonlocal pos
        pos += 1
        return lexemes[pos - 1]

    def parse_or() -> Term | Node | None:
        parts = [parse_and()]
        while peek() == "OR":
            take()
            part = parse_and()
            if part is None:
                raise QueryError("OR needs a word on both sides, e.g. پاکستان OR بھارت")
            parts.append(part)
        parts = [p for p in parts if p is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Node("OR", parts)

    def parse_and() -> Term | Node | None:
        parts: list[Term | Node] = []
        while (lex := peek()) is not None and lex not in ("OR", ")"):
            if lex == "AND":
                take()
                if peek() in (None, "OR", ")", "AND"):
                    raise QueryError("AND needs a word on both sides, e.g. پاکستان AND چین")
                continue
            if lex == "NOT":
                take()
                if peek() in (None, "OR", ")", "AND", "NOT"):
                    raise QueryError("NOT needs a word after it, e.g. کرکٹ NOT بارش")
                neg = parse_primary()
                if neg is not None:
                    parts.append(Node("NOT", [neg]))
                continue
            part = parse_primary()
            if part is not None:
                parts.append(part)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Node("AND", parts)

    def parse_primary() -> Term | Node | None:
        nonlocal depth
        lex = take()
        if lex == "(":
            depth += 1
            if depth > MAX_DEPTH:  # each level is a Python call: 1,000 of them overflowed the stack
                raise QueryError(f"the query nests parentheses more than {MAX_DEPTH} deep")
            inner = parse_or()
            if peek() != ")":
                raise QueryError("unbalanced parenthesis in the query: add the missing )")
            take()
            depth -= 1
            return inner
        if lex == ")":
            raise QueryError("unbalanced parenthesis in the query: remove the extra )")
        if lex.startswith('"'):
            words = tokens(fold_query(lex[1:-1]))
            return Term(tuple(words), quoted=True) if words else None
        prefix = lex.endswith("*")
        words = tokens(fold_query(lex.rstrip("*")))
        if not words:
            return None
        return Term(tuple(words), prefix=prefix)

    tree = parse_or()
    if pos < len(lexemes):
        raise QueryError("unbalanced parenthesis in the query: remove the extra )")
    if tree is None:
        raise QueryError("the query has no words to search for")
    return tree


def is_plain(query: str) -> bool:
    """True when the query uses no operator words; quotes and brackets of pasted text do not count."""
    return not any(word in OPERATORS for word in query.split())


def compile_query(tree: Term | Node, expand: Expander | None = None) -> Compiled:
    highlight: list[tuple[Phrase, bool]] = []
    match = _compile(_group_names(tree, expand), expand, highlight, negated=False)
    return Compiled(match, highlight)


def compile_any(terms: list[str]) -> Compiled:
    """An OR of single terms (the distinctive words of a long query)."""
    return Compiled(" OR ".join(_quote((t,)) for t in terms), [((t,), False) for t in terms])


def _group_names(tree: Term | Node, expand: Expander | None) -> Term | Node:
    """Join runs of plain words that spell a known name into one phrase (شی جن پنگ)."""
    if expand is None or isinstance(tree, Term):
        return tree
    kids = [_group_names(c, expand) for c in tree.children]
    if tree.op != "AND":
        return Node(tree.op, kids)
    out: list[Term | Node] = []
    i = 0
    while i < len(kids):
        kid = kids[i]
        if not _plain_word(kid):
            out.append(kid)
            i += 1
            continue
        run_end = i
        while run_end < len(kids) and run_end - i < MAX_NAME_WORDS and _plain_word(kids[run_end]):
            run_end += 1
        for j in range(run_end, i + 1, -1):
            words = tuple(k.tokens[0] for k in kids[i:j] if isinstance(k, Term))
            if len(expand(words)) > 1 or _known(expand, words):
                out.append(Term(words, quoted=True))
                i = j
                break
        else:
            out.append(kid)
            i += 1
    return out[0] if len(out) == 1 else Node("AND", out)


def _plain_word(node: Term | Node) -> bool:
    return isinstance(node, Term) and not node.prefix and not node.quoted and len(node.tokens) == 1


def _known(expand: Expander, words: Phrase) -> bool:
    return bool(getattr(expand, "known", lambda w: False)(words))


def _compile(node: Term | Node, expand: Expander | None, highlight: list[tuple[Phrase, bool]],
             negated: bool) -> str:
    if isinstance(node, Term):
        alternatives = [node.tokens] if node.prefix or expand is None else expand(node.tokens)
        if node.tokens not in alternatives:
            alternatives.insert(0, node.tokens)
        if not negated:
            highlight.extend((alt, node.prefix) for alt in alternatives)
        parts = [_quote(alt) + ("*" if node.prefix else "") for alt in alternatives]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"
    if node.op == "OR":
        return "(" + " OR ".join(_compile(c, expand, highlight, negated) for c in node.children) + ")"
    if node.op == "NOT":
        raise QueryError("a query needs a word to look for besides NOT, e.g. کرکٹ NOT بارش")
    positive = [c for c in node.children if not (isinstance(c, Node) and c.op == "NOT")]
    negative = [c for c in node.children if isinstance(c, Node) and c.op == "NOT"]
    if not positive:
        raise QueryError("a query needs a word to look for besides NOT, e.g. کرکٹ NOT بارش")
    expr = " AND ".join(_compile(c, expand, highlight, negated) for c in positive)
    expr = f"({expr})" if len(positive) > 1 else expr
    for neg in negative:
        expr = f"({expr} NOT {_compile(neg.children[0], expand, highlight, not negated)})"
    return expr


def _quote(phrase: Phrase) -> str:
    return '"' + " ".join(t.replace('"', '""') for t in phrase) + '"'
