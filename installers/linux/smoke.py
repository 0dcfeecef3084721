"""Smoke-test a built Flegme bundle: CLI, window, keyring, SQLCipher, self-containment.

Usage: python3 installers/linux/smoke.py [build/dist/flegme/flegme]
Run it under `dbus-run-session` (installers/linux/smoke.sh does) so a real Secret Service
(gnome-keyring) can start; without one the keyring assertion is skipped with a message.
Standard library only: it runs with any python3, not the bundle's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "post-en.txt"
failures: list[str] = []


def step(name: str, ok: bool, detail: str = "") -> None:
    """Print one result line and remember failures."""
    print(f"[{'ok' if ok else 'FAIL'}] {name}" + (f": {detail}" if detail else ""), flush=True)
    if not ok:
        failures.append(name)


def run(cmd: list[str], env: dict[str, str],
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run a command, capturing text output."""
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)


def tail(proc: subprocess.CompletedProcess[str]) -> str:
    """The end of a failed command's output, for the log."""
    return f"exit {proc.returncode}; stderr: {proc.stderr.strip()[-800:]}"


def start_keyring(env: dict[str, str], home: Path) -> bool:
    """Start and unlock gnome-keyring in this D-Bus session; False when impossible."""
    if not env.get("DBUS_SESSION_BUS_ADDRESS") or not shutil.which("gnome-keyring-daemon"):
        print("[skip] real Secret Service: no D-Bus session or no gnome-keyring-daemon "
              "(run through installers/linux/smoke.sh)")
        return False
    (home / ".local" / "share" / "keyrings").mkdir(parents=True, exist_ok=True)
    out = subprocess.run(["gnome-keyring-daemon", "--replace", "--unlock", "--components=secrets"],
                         input="smoke-test-password\n", capture_output=True, text=True,
                         timeout=30, env=env, check=False)
    for line in out.stdout.splitlines():
        name, _, value = line.partition("=")
        if name and value:
            env[name] = value
    return out.returncode == 0


def check_ldd(bundle: Path) -> None:
    """No shared object in the bundle may have a dependency that resolves nowhere."""
    if not shutil.which("ldd"):
        print("[skip] ldd not found")
        return
    internal = bundle / "_internal"
    libpath = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": libpath}
    missing: dict[str, list[str]] = {}
    files = [p for p in bundle.rglob("*")
             if p.is_file() and (".so" in p.name or p.name == "flegme")]
    for path in files:
        out = run(["ldd", str(path)], env, timeout=30).stdout
        lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
        if lost:
            missing[str(path.relative_to(bundle))] = lost
    detail = f"{len(files)} files; " + (
        "; ".join(f"{k} -> {', '.join(v)}" for k, v in sorted(missing.items())) or "none missing")
    step("ldd: every library dependency resolves", not missing, detail)


def check_tarball(tmp: Path) -> None:
    """Unpack the tarball, run its install.sh into a scratch prefix, start it, uninstall."""
    tarballs = sorted((ROOT / "build").glob("flegme-*-linux-*.tar.gz"))
    if not tarballs:
        print("[skip] no tarball in build/")
        return
    unpack, prefix = tmp / "unpack", tmp / "prefix"
    unpack.mkdir()
    subprocess.run(["tar", "-C", str(unpack), "-xzf", str(tarballs[-1])], check=True)
    top = next(unpack.iterdir())
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp), "PREFIX": str(prefix)}
    proc = run(["sh", str(top / "install.sh")], env)
    entry = prefix / "share" / "applications" / "com.flegme.Flegme.desktop"
    step("tarball install.sh", proc.returncode == 0 and entry.is_file(), tail(proc))
    proc = run([str(prefix / "bin" / "flegme"), "--version"], env)
    step("installed flegme starts", proc.returncode == 0, proc.stdout.strip() or tail(proc))
    if shutil.which("desktop-file-validate") and entry.is_file():
        proc = run(["desktop-file-validate", str(entry)], env)
        step("installed .desktop validates", proc.returncode == 0, proc.stdout.strip())
    proc = run(["sh", str(top / "uninstall.sh")], env)
    step("tarball uninstall.sh", proc.returncode == 0 and not (prefix / "lib" / "flegme").exists(),
         tail(proc))


def main() -> int:
    """Run every check; exit 1 if any failed."""
    exe = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build" / "dist" / "flegme" / "flegme")
    exe = exe.resolve()
    if not exe.is_file():
        print(f"no built program at {exe}: run installers/linux/build.sh first")
        return 2
    with tempfile.TemporaryDirectory(prefix="flegme-smoke-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        # A scrubbed environment: nothing from the developer's venv or LD_LIBRARY_PATH.
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
               "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": os.environ.get(
                   "XDG_RUNTIME_DIR", tmp), "FLEGME_CONFIG_DIR": str(home / "config"),
               "FLEGME_DATA_DIR": str(home / "data")}
        if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            env["DBUS_SESSION_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
        print(f"smoke-testing {exe} with env -i style environment: {sorted(env)}")

        proc = run([str(exe), "--version"], env)
        step("--version", proc.returncode == 0 and proc.stdout.startswith("flegme "),
             proc.stdout.strip() or tail(proc))

        proc = run([str(exe), "check", str(SAMPLE)], env)
        step("check on a sample post exits 0 or 1", proc.returncode in (0, 1),
             f"exit {proc.returncode}, {len(proc.stdout.splitlines())} lines" if proc.returncode
             in (0, 1) else tail(proc))

        proc = run([str(exe), "check", "--format", "json", str(SAMPLE)], env)
        try:
            data = json.loads(proc.stdout)
            ok, detail = proc.returncode in (0, 1), f"{len(data.get('findings', []))} findings"
        except (ValueError, AttributeError):
            ok, detail = False, tail(proc)
        step("check --format json parses", ok, detail)

        reference = ROOT / "build" / "venv" / "bin" / "flegme"  # same source, not frozen
        if reference.is_file():
            for sample in sorted(SAMPLE.parent.glob("post-*.txt")):
                cmd = ["check", "--format", "json", "--grammar", "off", str(sample)]
                frozen, plain = run([str(exe), *cmd], env), run([str(reference), *cmd], env)
                step(f"bundle's findings on {sample.name} equal the build venv's",
                     frozen.stdout == plain.stdout and bool(frozen.stdout),
                     f"{len(frozen.stdout)} vs {len(plain.stdout)} bytes")

        proc = run([str(exe), "gui", "--no-vault", "--quit-after-ms", "1500"], env)
        clean = proc.returncode == 0 and "Traceback" not in proc.stderr
        step("window opens offscreen and closes cleanly", clean,
             "exit 0, no traceback" if clean else tail(proc))

        # team mode: psycopg and libpq load from the bundle (port 9 refuses: a clear message)
        proc = run([str(exe), "team", "join", "postgresql://nobody@127.0.0.1:9/flegme"],
                   dict(env, FLEGME_TEAM_PASSWORD="x"))
        step("team join reaches libpq (connection refused, said plainly)",
             proc.returncode == 2 and "Cannot reach the team server" in proc.stderr,
             tail(proc))
        step("team schema files inside the bundle",
             any(exe.parent.rglob("flegme/team/sql/002_rules.sql")))

        keyring_running = start_keyring(env, home)
        proc = run([str(exe), "doctor", "--json"], env)
        try:
            doctor = json.loads(proc.stdout)
        except ValueError:
            doctor = None
        step("doctor --json", doctor is not None, tail(proc) if doctor is None else "")
        if doctor is not None:
            cipher = doctor["sqlcipher"]
            step("sqlcipher cipher_version non-empty", bool(cipher.get("cipher_version")),
                 str(cipher.get("cipher_version") or cipher))
            step("sqlcipher has FTS5", cipher.get("fts5") is True)
            step("resources found inside the bundle",
                 str(doctor["resources"].get("dir", "")).startswith(str(exe.parent)),
                 str(doctor["resources"].get("dir")))
            step("Qt plugins from the bundle", str(doctor["qt"].get("plugins", "")).startswith(
                str(exe.parent)), f"Qt {doctor['qt'].get('version')}")
            backend = doctor["keyring"].get("backend") or ""
            if keyring_running:
                step("keyring: a real backend (not fail)", doctor["keyring"].get("usable") is True
                     and "SecretService" in backend, backend)
            else:
                print(f"[info] keyring backend without a Secret Service: {backend}")
        check_tarball(Path(tmp))
    check_ldd(exe.parent)
    print("smoke test:", "FAILED: " + ", ".join(failures) if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
