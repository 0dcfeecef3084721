"""A throwaway PostgreSQL cluster for tests and benchmarks: loopback, a random port, TLS from a
test CA made at start-up, run as the `postgres` user when we are root (initdb refuses root)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "flegme_super"


def find_bindir() -> Path | None:
    """The newest PostgreSQL server binaries installed (Debian layout, or on PATH)."""
    roots = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    if roots:
        return roots[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    """A port nobody listens on right now (on 127.0.0.1)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_test_ca(folder: Path) -> tuple[Path, Path, Path]:
    """A CA and a server certificate for 127.0.0.1/localhost; returns (ca, cert, key) paths."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Flegme test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(minutes=5))
          .not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False,
                                       key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, key_cert_sign=True, crl_sign=True,
                                       encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    ca_path, cert_path, key_path = folder / "ca.crt", folder / "server.crt", folder / "server.key"
    ca_path.write_bytes(ca.public_bytes(pem))
    cert_path.write_bytes(cert.public_bytes(pem))
    key_path.write_bytes(key.private_bytes(pem, serialization.PrivateFormat.TraditionalOpenSSL,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)
    return ca_path, cert_path, key_path


@dataclass
class Cluster:
    """One running (or stopped) test cluster; `admin_url` connects as its superuser."""

    bindir: Path
    base: Path
    port: int = 0
    password: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    ca_path: Path = Path()
    running: bool = False

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def url(self, user: str = SUPERUSER, password: str | None = None,
            dbname: str = "postgres") -> str:
        """A libpq URL over TLS verified against the test CA."""
        from urllib.parse import quote

        secret = self.password if password is None and user == SUPERUSER else password
        auth = quote(user, safe="") + (f":{quote(secret, safe='')}" if secret else "")
        return (f"postgresql://{auth}@{self.host}:{self.port}/{dbname}"
                f"?sslmode=verify-full&sslrootcert={self.ca_path}")

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)

    def init(self) -> None:
        """initdb with SCRAM passwords and TLS (the CA is made here)."""
        self.base.mkdir(parents=True, exist_ok=True)
        pwfile = self.base / "pw"
        pwfile.write_text(self.password + "\n")
        self.ca_path, cert, key = make_test_ca(self.base)
        if os.geteuid() == 0:
            shutil.chown(self.base, "postgres", "postgres")
            for path in (pwfile, cert, key, self.ca_path):
                shutil.chown(path, "postgres", "postgres")
        done = self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-A",
                         "scram-sha-256", f"--pwfile={pwfile}", "-U", SUPERUSER, "-E", "UTF8",
                         "--locale=C.UTF-8", "--no-sync")
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")
        pwfile.unlink()
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(f"\nssl = on\nssl_cert_file = '{cert}'\nssl_key_file = '{key}'\n"
                       "fsync = off\nmax_connections = 200\n")

    def start(self) -> None:
        """Start (again) on loopback; a new random port the first time only."""
        for _attempt in range(5):
            if not self.port:
                self.port = free_port()
            opts = f"-k {self.base} -p {self.port} -c listen_addresses=127.0.0.1"
            done = self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", opts,
                             "-l", str(self.base / "server.log"), "-w", "-t", "60", "start")
            if done.returncode == 0:
                self.running = True
                return
            self.port = 0  # the port was taken meanwhile: try another
        log = (self.base / "server.log")
        raise RuntimeError(f"pg_ctl start failed: {done.stderr}\n"
                           f"{log.read_text() if log.exists() else ''}")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (`immediate` is a crash, as a pulled cable)."""
        if self.running:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w",
                      "stop")
            self.running = False

    def destroy(self) -> None:
        """Stop and delete every file."""
        self.stop("immediate")
        shutil.rmtree(self.base, ignore_errors=True)


def start_cluster() -> Cluster:
    """A fresh cluster in a temporary folder the `postgres` user can reach."""
    bindir = find_bindir()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    base = Path(tempfile.mkdtemp(prefix="flegme-pg-"))
    base.chmod(0o755)
    cluster = Cluster(bindir=bindir, base=base)
    try:
        cluster.init()
        cluster.start()
    except BaseException:
        cluster.destroy()
        raise
    return cluster
