"""The HTTP API and web explorer (`eventwire serve`): FastAPI over the Store."""

from eventwire.serve.app import create_app

__all__ = ["create_app"]
