"""Credentials for a SPARQL server: from the environment or a netrc file, never from the command line.

``CIVICKG_SPARQL_USER`` and ``CIVICKG_SPARQL_PASSWORD`` apply to every server; otherwise the ``machine``
entry for the server's host in ``$NETRC`` (or ``~/.netrc``). The password is never part of a message,
a log line or a ``repr``. The scheme, Basic or Digest, is the one the server asks for in its 401
challenge, so credentials are only ever sent to a server that asks for them.
"""

from __future__ import annotations

import netrc
import os
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from civickg.errors import CivicError

USER_VARIABLE = "CIVICKG_SPARQL_USER"
PASSWORD_VARIABLE = "CIVICKG_SPARQL_PASSWORD"
NETRC_VARIABLE = "NETRC"


class CredentialsError(CivicError):
    """Credentials are given halfway, in the wrong place, or in a netrc file that cannot be read."""


@dataclass(frozen=True)
class Credentials:
    """A user name and password, and where they came from (for messages; the password is never shown)."""

    user: str
    password: str = field(repr=False)
    source: str = "environment"

    def __str__(self) -> str:
        return f"user {self.user!r} (from {self.source})"


def refuse_userinfo(url: str) -> None:
    """Refuse a URL carrying ``user:password@``: it would end up in shell history and process lists."""
    parts = urlsplit(url)
    if parts.username is not None or parts.password is not None:
        raise CredentialsError("the server URL must not contain a user name or password",
                               hint=f"set {USER_VARIABLE} and {PASSWORD_VARIABLE}, or add the host to ~/.netrc")


def netrc_path(environ: Mapping[str, str] | None = None) -> Path:
    """The netrc file consulted: ``$NETRC`` or ``~/.netrc``."""
    env = os.environ if environ is None else environ
    return Path(env[NETRC_VARIABLE]).expanduser() if env.get(NETRC_VARIABLE) else Path.home() / ".netrc"


def find_credentials(url: str, environ: Mapping[str, str] | None = None) -> Credentials | None:
    """The credentials for the server at ``url``, or None when none are configured."""
    env = os.environ if environ is None else environ
    refuse_userinfo(url)
    user, password = env.get(USER_VARIABLE), env.get(PASSWORD_VARIABLE)
    if user or password:
        if not (user and password):
            missing = PASSWORD_VARIABLE if user else USER_VARIABLE
            raise CredentialsError(f"{missing} is not set, and {USER_VARIABLE} and {PASSWORD_VARIABLE} go together",
                                   hint="set both, or neither to use ~/.netrc")
        return Credentials(user, password, "environment")
    path = netrc_path(env)
    if not path.is_file():
        return None
    try:
        entry = netrc.netrc(str(path)).authenticators(urlsplit(url).hostname or "")
    except netrc.NetrcParseError as exc:
        # The parser's message can quote a token of the file, which may be a password: say only where.
        raise CredentialsError("cannot read this netrc file", file=path, line=exc.lineno,
                               hint="each entry is: machine HOST login USER password PASSWORD") from None
    except OSError as exc:
        raise CredentialsError(f"cannot read this netrc file ({exc.strerror})", file=path) from None
    if entry is None or not entry[0] or entry[2] is None:
        return None
    return Credentials(entry[0], entry[2], str(path))


class ServerAuth(httpx.Auth):
    """Answer the server's challenge with Basic or Digest, whichever it asks for; remember the choice."""

    requires_request_body = True

    def __init__(self, credentials: Credentials) -> None:
        self.credentials = credentials
        self._digest = httpx.DigestAuth(credentials.user, credentials.password)
        self._basic = httpx.BasicAuth(credentials.user, credentials.password)
        self.scheme: str | None = None

    def __repr__(self) -> str:
        return f"ServerAuth({self.credentials})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        if self.scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        schemes = {c.split(" ", 1)[0].lower() for c in response.headers.get_list("www-authenticate")}
        if "digest" in schemes:
            self.scheme = "digest"
            flow = self._digest.auth_flow(request)
            next(flow)  # the unchanged request, already answered by this challenge
            try:
                retry = flow.send(response)
            except StopIteration:
                return
            yield retry
        elif "basic" in schemes:
            self.scheme = "basic"
            yield from self._basic.auth_flow(request)


def server_auth(url: str, environ: Mapping[str, str] | None = None) -> ServerAuth | None:
    """An httpx auth for ``url`` from the configured credentials, or None when there are none."""
    credentials = find_credentials(url, environ)
    return ServerAuth(credentials) if credentials else None
