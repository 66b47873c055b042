"""How sure the coder is of an event: a calibrated probability that its type is right.

``confidence`` is a logistic function of the evidence the coder has (how reliably the
trigger word reports its event, whether actors and recipients were found, whether the
sentence states a date, whether the trigger is the sentence's main verb, whether it sits in
a background clause). The weights were fitted on the annotated articles (demo, stories,
seeds) so that the number means what it says: of the events with confidence above 0.8, at
least 80% have the right type for their sentence (``tests/coding/test_calibration.py`` checks this).
Refit them with ``python scripts/coder_errors.py --calibrate`` after changing the coder.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """What the coder knows about one event, before deciding how sure it is."""

    strength: float  # the trigger's lexicon strength, 0..1
    actors: int
    recipients: int
    reciprocal: bool
    own_date: bool  # the sentence itself states the date
    background: bool  # the trigger sits in a relative or adverbial clause
    noun: bool  # an event noun heads the sentence (a headline, "talks took place")
    #: The trigger is the sentence's main verb: what a sentence reports first, ahead of a
    #: coordinated or reported act ("refused to deploy ... *and urged*").
    main: bool = False

    def features(self) -> tuple[float, ...]:
        """The numbers the weights apply to, in ``WEIGHTS`` order (after the bias)."""
        has_other = self.recipients > 0 or (self.reciprocal and self.actors > 1)
        return (
            self.strength,
            float(self.actors > 0),
            float(has_other),
            float(self.own_date),
            float(self.background),
            float(self.noun),
            float(self.main),
        )


#: Bias, then one weight per feature of ``Evidence.features``; fitted (L2-regularised
#: logistic regression, as ``scripts/coder_errors.py --calibrate`` does) on the demo, stories
#: and seed gold together: 313 asserted events, 224 of the right type; above 0.8: 118
#: events, 91% right. A sentence's main verb outranks a coordinated, reported or background
#: act, which is what a one-event reading of the sentence (the PLOVER gold) picks.
WEIGHTS: tuple[float, ...] = (-0.99, 0.57, 0.5, 0.55, 0.82, -0.21, 0.88, 0.64)


def confidence(evidence: Evidence, weights: tuple[float, ...] = WEIGHTS) -> float:
    """The probability, in [0, 1] and rounded to 3 places, that the event's type is right."""
    z = weights[0] + sum(w * x for w, x in zip(weights[1:], evidence.features(), strict=True))
    return round(1.0 / (1.0 + math.exp(-z)), 3)
