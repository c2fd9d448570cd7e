"""How much to trust an extracted event, from the construction that found its actors.

Rule-found actors are not equally reliable: a name right before ``نے`` is almost always the agent, while
a subject guessed from an unmarked clause-initial phrase, a pronoun's antecedent, or a phrase far from the
predicate is often wrong. ``confidence`` turns that evidence into a number in [0, 1]; ``extract_events``
keeps the events at or above ``MIN_CONFIDENCE`` (chosen on the tuning gold, see ``docs/events.md``).
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.document import Event

MIN_CONFIDENCE = 0.7


@dataclass(frozen=True, slots=True)
class Evidence:
    #: how the source was found: ``erg`` (``X نے``), ``erg_after``, ``erg_shared`` (the ``نے`` subject of
    #: the clause before a ``جبکہ`` clause that dropped its own), ``first_person`` (the speaker of a
    #: ``کہا کہ`` clause in the first person: ``... میں مذمت کرتا ہوں``), ``agent`` (``X کی جانب سے``),
    #: ``between`` (``X اور Y کے درمیان``), ``subject`` (unmarked), ``genitive``, ``partner``,
    #: ``headline`` (the genitive before an event noun in a verbless headline), ``credit`` (the speaker
    #: credited after a teaser's last comma: ``... مذمت کرتے ہیں، X``)
    route: str
    #: ``personal`` / ``relative`` / ``speaker`` (opening a ``کہا کہ`` clause) when the source is a pronoun
    pronoun: str
    #: tokens between the source phrase and the trigger
    gap: int
    nominal: bool
    passive: bool
    n_sources: int
    n_targets: int
    #: the target's case marker (``کو``، ``پر``، ``bare``، ``rel`` ...), empty without a target
    marker: str
    #: named parties in the clause that are neither actor nor location
    leftover: int
    #: words in the source phrase
    source_words: int
    #: token index where the source phrase starts (-1 without one)
    source_at: int
    #: for a pronoun source, how many different earlier parties it could point at
    antecedents: int
    #: the pronoun opens a ``کہ`` clause (``X سے کہا گیا کہ وہ ...``): what it does is reported or asked
    reported: bool = False


#: how reliable each source construction is (precision on the tuning gold, rounded)
_ROUTE = {"erg": 0.9, "between": 0.95, "agent": 0.85, "genitive": 0.75, "partner": 0.75, "erg_after": 0.8,
          "erg_shared": 0.8, "first_person": 0.85, "subject": 0.7, "headline": 0.75,
          "credit": 0.8}
#: consultations that always have a partner (a visit may be a tour of areas, without one): in the tuning gold
#: 47 of 51 root-04 events have a target
_PARTNERED = frozenset({"040", "041", "044", "045", "046"})
#: a target-less event, by how many other named parties its clause holds
_NO_TARGET = (1.0, 0.9, 0.8)


def confidence(event: Event, evidence: Evidence) -> float:
    """A score in [0, 1] for ``event``: the source construction's reliability, lowered for a pronoun
    source (its antecedent is a guess, a poor one when several parties came before) and for a target-less event, the more so the more other parties
    its clause names (one of them is likely the missed target or the true source)."""
    score = _ROUTE.get(evidence.route, 0.6)
    if evidence.pronoun == "speaker":
        # ``X نے کہا کہ وہ ...``: the reported clause's subject pronoun is the speaker
        score *= 1.0 if evidence.antecedents >= 1 else 0.7
    elif evidence.pronoun == "personal" and evidence.route == "subject" and evidence.antecedents == 1 \
            and not evidence.reported:
        pass  # ``X جب ... تھے تو وہ ... کرتے تھے``: an unmarked subject pronoun with one party before it
    elif evidence.pronoun == "personal":
        score *= 0.9 if evidence.antecedents <= 1 else 0.7
    if event.actor2 is None:
        score *= _NO_TARGET[min(evidence.leftover, len(_NO_TARGET) - 1)]
        if event.code[:3] in _PARTNERED:
            score *= 0.5  # a meeting or talks without a partner: the partner was missed
    return round(score, 3)
