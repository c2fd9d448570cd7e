"""How much to trust an extracted event, from the construction that found its actors.

Rule-found actors are not equally reliable: a name right before ``نے`` is almost always the agent, while
a subject guessed from an unmarked clause-initial phrase, a pronoun's antecedent, or a phrase far from the
predicate is often wrong. ``confidence`` turns that evidence into a number in [0, 1]; ``extract_events``
keeps the events at or above ``MIN_CONFIDENCE`` (chosen on the tuning gold, see ``docs/events.md``).
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.document import Actor, Event

MIN_CONFIDENCE = 0.0


@dataclass(frozen=True, slots=True)
class Evidence:
    #: how the source was found: ``erg`` (``X نے``), ``erg_after``, ``agent`` (``X کی جانب سے``),
    #: ``between`` (``X اور Y کے درمیان``), ``subject`` (unmarked), ``genitive``, ``partner``
    route: str
    #: ``personal`` / ``relative`` when the source phrase is a pronoun
    pronoun: str
    #: tokens between the source phrase and the trigger
    gap: int
    nominal: bool
    passive: bool
    n_sources: int
    n_targets: int
    #: the target's case marker (``کو``، ``پر``، ``bare``، ``rel`` ...), empty without a target
    marker: str
    sentence_start: int
    sentence_end: int


def actor_kind(actor: Actor | None) -> str:
    """``linked`` (ids), ``typed`` (a tagged name without ids), ``phrase`` (a bare noun phrase), ``none``."""
    if actor is None:
        return "none"
    if actor.entity_id or actor.name_en:
        return "linked"
    return "typed" if actor.type else "phrase"


def confidence(event: Event, evidence: Evidence) -> float:
    """A score in [0, 1] for ``event``."""
    return 1.0
