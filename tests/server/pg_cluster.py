"""A real PostgreSQL server of the tests' own: initdb in a temporary folder, pg_ctl on a free
loopback port, password (SCRAM) authentication. Used by tests/server and bench/.

PostgreSQL refuses to run as root, so as root the cluster belongs to an unprivileged user
(``postgres`` where the package created it, else ``nobody``) and its programs run through
``runuser``. Nothing here skips: a machine without PostgreSQL fails with what to install.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ADMIN = "bedside_admin"
ADMIN_PASSWORD = "admin-secret-1"


class ClusterError(RuntimeError):
    pass


def bin_dir() -> Path:
    """The newest PostgreSQL 15+ server programs on this machine."""
    found = []
    for d in glob.glob("/usr/lib/postgresql/*/bin"):
        try:
            found.append((int(Path(d).parent.name), Path(d)))
        except ValueError:
            continue
    found = [(v, d) for v, d in found if v >= 15 and (d / "initdb").exists()]
    if found:
        return max(found)[1]
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise ClusterError("PostgreSQL 15 or newer is not installed (initdb not found): install the "
                       "Debian package postgresql (packaging/os-deps.sh does)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> str | None:
    """The user the server runs as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise ClusterError("running as root and no unprivileged user (postgres, nobody) to run "
                       "PostgreSQL as")


@dataclass
class Cluster:
    root: Path
    port: int
    user: str | None
    bindir: Path = field(default_factory=bin_dir)

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _cmd(self, *args: str) -> list[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        return ["runuser", "-u", self.user, "--", *cmd] if self.user else cmd

    def _run(self, *args: str, timeout: float = 60) -> None:
        done = subprocess.run(self._cmd(*args), capture_output=True, text=True, timeout=timeout,
                              cwd=self.root)
        if done.returncode != 0:
            raise ClusterError(f"{args[0]} failed ({done.returncode}): "
                               f"{done.stderr.strip() or done.stdout.strip()}")

    def url(self, user: str = ADMIN, password: str | None = ADMIN_PASSWORD,
            dbname: str = "postgres", host: str = "127.0.0.1") -> str:
        auth = quote(user) + (f":{quote(password)}" if password is not None else "")
        return f"postgresql://{auth}@{host}:{self.port}/{dbname}"

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
                  "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def running(self) -> bool:
        pid_file = self.data / "postmaster.pid"
        return pid_file.exists()

    def kill(self) -> None:
        """The server gone at once, as a pulled cable or a crash would leave it."""
        pid = int((self.data / "postmaster.pid").read_text().split()[0])
        os.kill(pid, signal.SIGKILL)
        for _ in range(200):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.02)
        # the children notice the postmaster is gone and exit; the pid file stays behind
        # and the next start removes it after checking no process holds it

    def sql(self, statement: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(dbname=dbname), autocommit=True) as conn:
            conn.execute(statement)

    def create_database(self, name: str, owner: str = ADMIN) -> str:
        self.sql(f'CREATE DATABASE "{name}" OWNER "{owner}"')
        return name

    def create_role(self, name: str, password: str) -> None:
        self.sql(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'")

    def log(self) -> str:
        try:
            return (self.root / "server.log").read_text(errors="replace")
        except OSError:
            return ""

    def destroy(self) -> None:
        if self.running():
            with contextlib.suppress(ClusterError):
                self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def create(settings: dict[str, str] | None = None) -> Cluster:
    """initdb and start a new cluster; the caller destroys it."""
    user = _run_as()
    root = Path(tempfile.mkdtemp(prefix="bedside-pg-"))
    cluster = Cluster(root=root, port=_free_port(), user=user)
    pwfile = root / "pw"
    pwfile.write_text(ADMIN_PASSWORD + "\n")
    if user:
        entry = pwd.getpwnam(user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
        os.chown(pwfile, entry.pw_uid, entry.pw_gid)
    os.chmod(root, 0o700)
    try:
        cluster._run("initdb", "-D", str(cluster.data), "-U", ADMIN, "--pwfile", str(pwfile),
                     "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync",
                     timeout=120)
        conf = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(cluster.port),
            "unix_socket_directories": f"'{cluster.root}'",
            "max_connections": "60",
            "fsync": "off",  # a scratch server: a crash of the machine loses nothing we keep
            "full_page_writes": "off",
            **(settings or {}),
        }
        with open(cluster.data / "postgresql.conf", "a") as f:
            for key, value in conf.items():
                f.write(f"{key} = {value}\n")
        cluster.start()
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    finally:
        pwfile.unlink(missing_ok=True)
    return cluster
