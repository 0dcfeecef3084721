"""Vault keys: random 256-bit keys, printable recovery keys, and passphrase derivation."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from flegme.errors import WrongKeyError

KEY_BYTES = 32
# scrypt with N=2^15, r=8: 32 MiB of memory per guess, about 0.1 s here; done once per open.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_GROUP = 5


def new_key() -> bytes:
    """A fresh random 256-bit vault key."""
    return secrets.token_bytes(KEY_BYTES)


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
               p: int = SCRYPT_P) -> bytes:
    """The vault key for a passphrase (scrypt, memory-hard)."""
    if not passphrase:
        raise WrongKeyError("The passphrase is empty.")
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * 1024 * 1024, dklen=KEY_BYTES)


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"flegme-recovery" + key).digest()[:2]


def recovery_key(key: bytes) -> str:
    """A printable form of `key`: groups of letters and digits with a typo-catching checksum."""
    raw = base64.b32encode(key + _checksum(key)).decode("ascii").rstrip("=")
    return "-".join(raw[i:i + _GROUP] for i in range(0, len(raw), _GROUP))


def key_from_recovery(text: str) -> bytes:
    """The key behind a recovery key; spaces, dashes and case do not matter."""
    cleaned = "".join(c for c in text.upper() if c.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        data = base64.b32decode(padded)
    except (ValueError, TypeError):
        raise WrongKeyError("This is not a Flegme recovery key (unexpected characters).") from None
    key, check = data[:KEY_BYTES], data[KEY_BYTES:]
    if len(key) != KEY_BYTES or not hmac.compare_digest(check, _checksum(key)):
        raise WrongKeyError("This recovery key has a typo: check each group of characters.")
    return key
