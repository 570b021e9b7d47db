"""The web UI and JSON API over a khabar store (``khabar serve``).

Pages: search (``/``), article (``/article/{id}``, entities highlighted by type, quotes
marked with their speaker), person (``/person/{id}``), organisation (``/org/{id}``),
quotes (``/quotes``), name lookup (``/who?name=``). The JSON API lives under ``/api``
(``/api/docs`` lists it, ``/api/openapi.json`` is the OpenAPI document).

The server only reads: every request opens its own ``mode=ro`` connection, so it keeps
answering while an ingest writes (WAL). Templates autoescape and article HTML is built
from escaped pieces (``khabar.web.highlight``); SQL is parameterised in
``khabar.store.queries``.
"""


import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from khabar.store import queries
from khabar.store.db import connect_readonly
from khabar.store.names import NameTools
from khabar.web.highlight import article_html, hits, safe_url

HERE = Path(__file__).parent
TYPE_LABELS = {"PERSON": "person", "ORG": "organisation", "LOC": "place", "MISC": "other"}
TYPE_PLURALS = {"PERSON": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other"}
MAX_LIMIT = 200


def create_app(db: str | Path) -> FastAPI:
    """The FastAPI application serving one database (checked when created)."""
    db = Path(db)
    connect_readonly(db).close()  # fail early with a clear StoreError
    names = NameTools()
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(type_labels=TYPE_LABELS, type_plurals=TYPE_PLURALS, safe_url=safe_url)
    env.filters["hits"] = lambda s: hits(s, queries.HIT_START, queries.HIT_END)

    app = FastAPI(
        title="khabar",
        summary="Hindi news as searchable knowledge: people, organisations, quotes.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def get_conn() -> Iterator[sqlite3.Connection]:
        conn = connect_readonly(db)
        try:
            yield conn
        finally:
            conn.close()

    Conn = Annotated[sqlite3.Connection, Depends(get_conn)]

    def page(template: str, request: Request, **ctx: Any) -> HTMLResponse:
        html = env.get_template(template).render(request=request, **ctx)
        return HTMLResponse(html)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'; style-src 'self'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    # ---------------------------------------------------------------- HTML pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, conn: Conn, q: str = "", limit: int = 20,
                    offset: int = 0) -> HTMLResponse:
        limit = max(1, min(limit, MAX_LIMIT))
        res = queries.search(conn, names, q, limit=limit, offset=max(0, offset)) \
            if q.strip() else None
        return page("search.html", request, q=q, res=res, stats=queries.stats(conn),
                    limit=limit, offset=offset)

    @app.get("/article/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, conn: Conn, article_id: str) -> HTMLResponse:
        a = queries.article(conn, article_id)
        if a is None:
            raise HTTPException(404, "no such article")
        by_type: dict[str, list[dict[str, Any]]] = {}
        for e in a["entities"]:
            by_type.setdefault(e["type"], []).append(e)
        return page("article.html", request, a=a, body=article_html(a), by_type=by_type)

    @app.get("/person/{pid}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, conn: Conn, pid: int) -> Response:
        return _profile_page(request, conn, pid, "PERSON")

    @app.get("/org/{pid}", response_class=HTMLResponse, include_in_schema=False)
    def org_page(request: Request, conn: Conn, pid: int) -> Response:
        return _profile_page(request, conn, pid, "ORG")

    def _profile_page(request: Request, conn: sqlite3.Connection, pid: int,
                      typ: str) -> Response:
        p = queries.profile(conn, names, pid)
        if p is None:
            raise HTTPException(404, "no such profile")
        if p["type"] != typ:
            return RedirectResponse(_profile_url(p), status_code=307)
        return page("profile.html", request, p=p)

    @app.get("/who", include_in_schema=False)
    def who_page(request: Request, conn: Conn, name: str = "") -> Response:
        cands = queries.resolve(conn, names, name) if name.strip() else []
        one = queries.pick(cands, name)
        if one is not None:
            return RedirectResponse(_profile_url(one), status_code=303)
        return page("who.html", request, name=name, cands=cands)

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(request: Request, conn: Conn, speaker: str = "", since: str = "",
                    contains: str = "") -> HTMLResponse:
        error = None
        res: list[dict[str, Any]] = []
        if speaker or since or contains:
            try:
                res = queries.quotes(conn, names, speaker=speaker or None,
                                     since=since or None, contains=contains or None,
                                     limit=MAX_LIMIT)
            except ValueError as exc:
                error = str(exc)
        return page("quotes.html", request, speaker=speaker, since=since,
                    contains=contains, quotes=res, error=error)

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        return page("api.html", request, spec=app.openapi())

    # ---------------------------------------------------------------- JSON API

    @app.get("/api/stats", tags=["corpus"])
    def api_stats(conn: Conn) -> dict[str, Any]:
        """Counts of articles, entities, quotes and profiles."""
        return queries.stats(conn)

    @app.get("/api/search", tags=["corpus"])
    def api_search(conn: Conn, q: Annotated[str, Query(description="search words; "
                   '"a phrase"; word* for word beginnings; Latin names find Devanagari people')],
                   limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
                   offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        """Articles (with snippets), quotes and profiles matching a query."""
        return queries.search(conn, names, q, limit=limit, offset=offset)

    @app.get("/api/articles/{article_id}", tags=["corpus"])
    def api_article(conn: Conn, article_id: str) -> dict[str, Any]:
        """An article with its entities, quotes, amounts and dates (offsets into text)."""
        a = queries.article(conn, article_id)
        if a is None:
            raise HTTPException(404, "no such article")
        return a

    @app.get("/api/profiles/{pid}", tags=["people"])
    def api_profile(conn: Conn, pid: int) -> dict[str, Any]:
        """A person or organisation: names, posts over time, quotes, co-mentions, articles."""
        p = queries.profile(conn, names, pid)
        if p is None:
            raise HTTPException(404, "no such profile")
        return p

    @app.get("/api/who", tags=["people"])
    def api_who(conn: Conn, name: Annotated[str, Query(min_length=1)],
                type: Annotated[str | None, Query(pattern="^(PERSON|ORG)$")] = None
                ) -> list[dict[str, Any]]:
        """Profiles a name (Devanagari or Latin) may refer to, best first."""
        return queries.resolve(conn, names, name, type=type)

    @app.get("/api/quotes", tags=["people"])
    def api_quotes(conn: Conn, speaker: str | None = None, since: str | None = None,
                   until: str | None = None, contains: str | None = None,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict[str, Any]]:
        """Quotes by speaker name, publication date range and words."""
        try:
            return queries.quotes(conn, names, speaker=speaker, since=since, until=until,
                                  contains=contains, limit=limit)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None

    return app


def _profile_url(p: dict[str, Any]) -> str:
    return f"/{'person' if p['type'] == 'PERSON' else 'org'}/{p['id']}"
