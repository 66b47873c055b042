"""eventwire: news articles in, a sourced and deduplicated timeline of political events out.

The pipeline stages, in the order data flows through them, are the subpackages
``read`` → ``clean`` → ``language`` → ``actors`` → ``coding`` → ``link`` →
``store`` → ``export``; ``pipeline`` composes them in one place.
"""

__version__ = "0.1.0"
