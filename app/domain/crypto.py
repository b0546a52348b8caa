"""Passphrase encryption of backup files: a lost USB stick is not a breach.

Format: MAGIC, 16-byte salt, 12-byte nonce, AES-256-GCM ciphertext+tag. The key
comes from the passphrase through scrypt (n=2**15, r=8, p=1). GCM authenticates:
a wrong passphrase and a damaged file are both refused, never half-read.
"""

from __future__ import annotations

import os

MAGIC = b"GUICHET-BACKUP-1\n"
_SALT, _NONCE = 16, 12


class WrongPassphraseOrDamaged(Exception):
    pass


def _key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode("utf-8"))


def encrypt(data: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
    return MAGIC + salt + nonce + AESGCM(_key(passphrase, salt)).encrypt(nonce, data, MAGIC)


def is_encrypted(head: bytes) -> bool:
    return head.startswith(MAGIC)


def decrypt(blob: bytes, passphrase: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + _SALT + _NONCE + 16:
        raise WrongPassphraseOrDamaged()
    salt = blob[len(MAGIC):len(MAGIC) + _SALT]
    nonce = blob[len(MAGIC) + _SALT:len(MAGIC) + _SALT + _NONCE]
    try:
        return AESGCM(_key(passphrase, salt)).decrypt(
            nonce, blob[len(MAGIC) + _SALT + _NONCE:], MAGIC)
    except InvalidTag:
        raise WrongPassphraseOrDamaged() from None
