"""`eventwire serve`: the HTTP API and the web explorer on one port."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from eventwire.cli import app
from eventwire.cli.checks import missing_sqlite_file, no_database
from eventwire.cli.common import DbOpt, err, fail
from eventwire.errors import EventwireError
from eventwire.options import default_db_url


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="address to listen on (0.0.0.0 for all)")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    token: Annotated[
        str | None,
        typer.Option("--token", envvar="EVENTWIRE_TOKEN",
                     help="write token for POST /articles [env EVENTWIRE_TOKEN]; "
                          "without it, writing is disabled"),
    ] = None,
    read_token: Annotated[
        str | None,
        typer.Option("--read-token", envvar="EVENTWIRE_READ_TOKEN",
                     help="if set, reading needs it too [env EVENTWIRE_READ_TOKEN]"),
    ] = None,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option("--cors-origin", envvar="EVENTWIRE_CORS_ORIGINS",
                     help="let scripts on pages of this origin (https://example.org) read the "
                          "API; repeat for more, * for any (the env var takes them "
                          "space-separated); default: same origin only"),
    ] = None,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the web explorer at /.

    A SQLite file that does not exist is created only with --token (the API can then
    fill it); without one, serving it would show nothing, so it is an error.

    Example: eventwire serve --db sqlite:///eventwire-demo.db --port 8000
    """
    import uvicorn

    from eventwire.serve import create_app

    url = db or default_db_url()
    missing = missing_sqlite_file(url)
    if missing is not None and not token:  # an empty store nobody may write to shows nothing
        raise fail(no_database(url, missing))
    if missing is not None:
        err.print(f"[yellow]warning[/yellow] no database at {escape(str(missing))}: starting an "
                  "empty one, which POST /articles fills", highlight=False, soft_wrap=True)
    try:
        application = create_app(url, write_token=token, read_token=read_token,
                                 cors_origins=cors_origin or ())
    except EventwireError as error:
        raise fail(error) from error
    err.print(
        f"eventwire on http://{host}:{port}/ (API docs at /docs) over {url}; "
        f"reading {'needs the read token' if read_token else 'open'}, "
        f"writing {'needs the token' if token else 'disabled (no --token)'}; "
        f"cross-origin scripts {'from ' + ' '.join(cors_origin) if cors_origin else 'refused'}"
        ". Ctrl+C stops.",
        highlight=False,
    )
    if host not in ("127.0.0.1", "localhost", "::1") and not read_token:
        err.print("[yellow]warning[/yellow] listening beyond this machine with open reading")
    uvicorn.run(application, host=host, port=port, log_level="warning")
