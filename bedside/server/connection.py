"""Opening the clinic server: a libpq URL, TLS unless the host is this computer."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import psycopg

CONNECT_TIMEOUT_S = 5
TLS_MODES = ("require", "verify-ca", "verify-full")


class ServerError(Exception):
    """The server cannot be used: the message says why and what to do; nothing was changed."""

    exit_code = 1


class BadServerURL(ServerError):
    """The URL itself is wrong (bad input)."""

    exit_code = 2


class Unreachable(ServerError):
    pass


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
        raise BadServerURL("no server given: name it with --server URL or set it with "
                           "`bedside sync --server URL` once")
    try:
        params = {k: str(v) for k, v in conninfo_to_dict(url).items() if v is not None}
    except ProgrammingError as e:
        raise BadServerURL(f"server URL: {str(e).strip()}") from None
    hosts = [h for h in params.get("host", "").split(",")] or [""]
    hostaddrs = [h for h in params.get("hostaddr", "").split(",") if h]
    remote = [h for h in hosts + hostaddrs if not _is_loopback(h)]
    if remote and params.get("sslmode") not in TLS_MODES:
        raise BadServerURL(
            f"server URL: {remote[0]} is not this computer, so the connection must be "
            "encrypted: add sslmode=verify-full (or sslmode=require) to the URL")
    return params


def redacted(url: str) -> str:
    """The URL as it may be printed: without its password."""
    try:
        params = parse(url)
    except ServerError:
        return "<the server URL>"
    user = params.get("user", "")
    host = params.get("host") or params.get("hostaddr") or "localhost"
    port = params.get("port", "5432")
    return f"{user + '@' if user else ''}{host}:{port}/{params.get('dbname', '')}"


@contextmanager
def connect(url: str, password: str | None = None) -> Iterator[psycopg.Connection]:
    """A connection (not autocommit); the password, when given, beside what libpq finds."""
    import psycopg

    params = parse(url)
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    params.setdefault("application_name", "bedside")
    if password is not None:
        params["password"] = password
    try:
        conn = psycopg.connect(**params)
    except psycopg.OperationalError as e:
        raise Unreachable(f"the clinic server {redacted(url)} cannot be reached: "
                          f"{first_line(e)}; nothing was changed") from None
    try:
        yield conn
    finally:
        conn.close()


def first_line(e: BaseException) -> str:
    text = " ".join(str(e).split())
    for prefix in ("connection failed: ",):
        if text.startswith(prefix):
            text = text[len(prefix):]
    return text.rstrip(".")
