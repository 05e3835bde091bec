"""Opening the clinic server: a libpq URL, TLS unless the host is this computer."""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from bedside.i18n import Context, fill

if TYPE_CHECKING:
    import psycopg

# psycopg logs what it ignores while a lost connection is cleaned up; the sync says what
# happened in one line of its own (ServerError), so its log is not printed.
logging.getLogger("psycopg").addHandler(logging.NullHandler())

SERVER = Context("SERVER")
CONNECT_TIMEOUT_S = 5
# A network that vanishes mid-sync (no FIN, no RST) ends the sync within about half a minute
# instead of never: TCP keepalives while waiting, and a limit on unacknowledged data sent.
KEEPALIVE = {"keepalives": "1", "keepalives_idle": "10", "keepalives_interval": "5",
             "keepalives_count": "3", "tcp_user_timeout": "30000"}
TLS_MODES = ("require", "verify-ca", "verify-full")


class ServerError(Exception):
    """The server cannot be used: the message says why and what to do; nothing was changed."""

    exit_code = 1


class BadServerURL(ServerError):
    """The URL itself is wrong (bad input)."""

    exit_code = 2


class Unreachable(ServerError):
    pass


class PasswordNeeded(Unreachable):
    """The server asks for a password and libpq found none (the app asks for it)."""


def _is_loopback(host: str) -> bool:
    if not host or host.startswith("/") or host == "localhost":
        return True  # no host or a socket folder: libpq's local socket
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse(url: str) -> dict[str, str]:
    """The URL's parameters, checked: TLS is required except to a loopback address."""
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    if not url or not url.strip():
        raise BadServerURL(SERVER.tr("no server given: name it with --server URL or set it "
                                     "with `bedside sync --server URL` once"))
    try:
        params = {k: str(v) for k, v in conninfo_to_dict(url).items() if v is not None}
    except ProgrammingError as e:
        raise BadServerURL(fill(SERVER.tr("server URL: %1"), str(e).strip())) from None
    hosts = [h for h in params.get("host", "").split(",")] or [""]
    hostaddrs = [h for h in params.get("hostaddr", "").split(",") if h]
    remote = [h for h in hosts + hostaddrs if not _is_loopback(h)]
    if remote and params.get("sslmode") not in TLS_MODES:
        raise BadServerURL(fill(SERVER.tr(
            "server URL: %1 is not this computer, so the connection must be encrypted: add "
            "sslmode=verify-full (or sslmode=require) to the URL"), remote[0]))
    return params


def redacted(url: str) -> str:
    """The URL as it may be printed: without its password."""
    try:
        params = parse(url)
    except ServerError:
        return SERVER.tr("<the server URL>")
    user = params.get("user", "")
    host = params.get("host") or params.get("hostaddr") or "localhost"
    port = params.get("port", "5432")
    return f"{user + '@' if user else ''}{host}:{port}/{params.get('dbname', '')}"


def without_password(url: str) -> str:
    """The URL as it may be kept (a setting of the database): without a password in it."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(url)
    if "password" not in params:
        return url
    del params["password"]
    return make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})


@contextmanager
def connect(url: str, password: str | None = None, *,
            autocommit: bool = False) -> Iterator[psycopg.Connection]:
    """A connection, closed at the end; the password, when given, beside what libpq finds."""
    conn = open_connection(url, password, autocommit=autocommit)
    try:
        yield conn
    finally:
        conn.close()


def open_connection(url: str, password: str | None = None, *,
                    autocommit: bool = False) -> psycopg.Connection:
    """A connection (the caller closes it); the password, when given, beside what libpq
    finds."""
    import psycopg

    params = parse(url)
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    params.setdefault("application_name", "bedside")
    if not params.get("host", "").startswith("/"):  # (a local socket needs none)
        for key, value in KEEPALIVE.items():
            params.setdefault(key, value)
    if password is not None:
        params["password"] = password
    try:
        conn = psycopg.connect(**params, autocommit=autocommit)
    except psycopg.OperationalError as e:
        if "no password supplied" in str(e):
            raise PasswordNeeded(fill(SERVER.tr(
                "the clinic server %1 asks for a password and none was found (PGPASSFILE or "
                "~/.pgpass, PGPASSWORD); nothing was changed"), redacted(url))) from None
        raise Unreachable(fill(SERVER.tr("the clinic server %1 cannot be reached: %2; nothing "
                                         "was changed"), redacted(url), first_line(e))) from None
    return conn


def first_line(e: BaseException) -> str:
    text = " ".join(str(e).split())
    for prefix in ("connection failed: ",):
        if text.startswith(prefix):
            text = text[len(prefix):]
    return text.rstrip(".")
