"""Searching a caseload without a survivor's name in any URL.

A search is sent by POST; the words are kept in the session, encrypted, under a
short random token, and the listing is shown at ``?search=<token>``. Server access
logs and browser history see only the token, which means nothing after
SEARCH_LIFETIME or in another session. A ``?q=`` address (an old bookmark) is
turned into a token at once.
"""

from __future__ import annotations

import secrets
import time

from django.http import HttpRequest

from core.fields import decrypt, encrypt

SESSION_KEY = "waymark_searches"
SEARCH_LIFETIME_SECONDS = 15 * 60
MAX_SEARCHES = 5
MAX_QUERY_LENGTH = 200
TOKEN_PARAMETER = "search"  # noqa: S105 - a URL parameter name, not a secret


def remember_search(request: HttpRequest, query: str) -> str:
    """Keep the words in the session and return the token that stands for them."""
    now = time.time()
    kept = {
        token: entry
        for token, entry in request.session.get(SESSION_KEY, {}).items()
        if entry[1] > now
    }
    token = secrets.token_urlsafe(9)
    kept[token] = [encrypt(query[:MAX_QUERY_LENGTH]), now + SEARCH_LIFETIME_SECONDS]
    # Only the newest few: a session is not a search history.
    newest = sorted(kept.items(), key=lambda item: item[1][1])[-MAX_SEARCHES:]
    request.session[SESSION_KEY] = dict(newest)
    return token


def recall_search(request: HttpRequest) -> str:
    """The words behind ``?search=``, or "" if unknown or expired."""
    token = request.GET.get(TOKEN_PARAMETER, "")
    entry = request.session.get(SESSION_KEY, {}).get(token)
    if not entry or entry[1] <= time.time():
        return ""
    return decrypt(entry[0])


def forget_searches(request: HttpRequest) -> None:
    request.session.pop(SESSION_KEY, None)
