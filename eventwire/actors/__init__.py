"""The actor stage: who a mention is (name, ISO3 or PLOVER country code, PLOVER sector).

``resolve`` codes one mention on a date; ``find_actors`` finds mentions in a spaCy Doc;
``capital_actor`` gives the government a capital stands for when it is a subject.
Add actors with a CSV named in the ``EVENTWIRE_ACTORS`` env var (see data/README.md).

Modules: ``table`` (the date-ranged actor and agent tables), ``countries`` with ``demonyms``
(names, demonyms and capitals of every state), ``groups`` and ``bodies`` (organisations and
named bodies the table lacks), ``offices`` (canonical posts), ``mentions`` (finding mentions
in a parse), ``resolve`` (who a mention is on a date), ``locative`` and ``coordination`` (a role
noun's country from its place or from coordinated country words), ``fuzzy`` (names misspelt by
one letter), ``coref`` (in-article coreference).
"""

from eventwire.actors.countries import capital_actor, country_code, country_name
from eventwire.actors.mentions import find_actors
from eventwire.actors.resolve import resolve

__all__ = ["capital_actor", "country_code", "country_name", "find_actors", "resolve"]
