"""The ballot box of a poll, sealed: libsodium (PyNaCl) only, nothing hand-made.

- At opening a key pair is made. Each ballot cast on screen is a `SealedBox`
  to the public key: an anonymous, randomised ciphertext of the same length
  whatever the choice (49 bytes). Whoever holds the database file, a backup or
  two backups one vote apart sees only fresh random-looking bytes.
- The private key is kept only wrapped under the commission's passphrases:
  each member's passphrase gives a key through argon2id (its own salt); with
  three members, the private key is wrapped once for every pair (two
  `SecretBox` layers, one per member), so any two of the three open it and no
  one alone; a commission of two needs both. One member alone never holds it.
- At the count the key is unwrapped once, every ballot opened and tallied,
  then the sealed ballots and the wrapped key are erased.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations

from nacl import pwhash, utils
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.secret import SecretBox

from app.domain.enums import BallotChoice

# argon2id: 128 MiB and 3 passes, about 0.35 s per passphrase on a counter PC
# (the cost is stored with each wrapped key, so changing it breaks no poll)
KDF_OPS = pwhash.argon2id.OPSLIMIT_MODERATE
KDF_MEM = 128 * 1024 * 1024
MIN_PASSPHRASE = 12  # characters; the window asks for a few words
MIN_MEMBERS = 2  # no one alone can open the ballot box
MAX_MEMBERS = 3

# one byte per choice: every sealed ballot has the same length
_PLAIN = {BallotChoice.FOR: b"P", BallotChoice.AGAINST: b"C", BallotChoice.BLANK: b"B"}
_CHOICE = {v: k for k, v in _PLAIN.items()}
_CHECK = b"guichet-commission-member"


class WrongPassphrase(Exception):
    """`members`: the indexes whose passphrase did not open their part."""

    def __init__(self, members: list[int]) -> None:
        super().__init__(members)
        self.members = members


class DamagedBallot(Exception):
    pass


@dataclass(frozen=True)
class Keys:
    public_key: bytes
    wrapped: str  # JSON, kept in poll.sealed_key until the count


def needed(members: int) -> int:
    """How many passphrases open the key: two, of two or of three members."""
    return 2


def _member_key(passphrase: str, salt: bytes, ops: int, mem: int) -> bytes:
    return pwhash.argon2id.kdf(SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt,
                               opslimit=ops, memlimit=mem)


def create(passphrases: list[str], ops: int | None = None, mem: int | None = None) -> Keys:
    """A new key pair, its private half wrapped for the commission."""
    if not MIN_MEMBERS <= len(passphrases) <= MAX_MEMBERS:
        raise ValueError("a commission has two or three members")
    ops, mem = ops or KDF_OPS, mem or KDF_MEM
    private = PrivateKey.generate()
    salts = [utils.random(pwhash.argon2id.SALTBYTES) for _ in passphrases]
    keys = [_member_key(p, s, ops, mem) for p, s in zip(passphrases, salts)]
    wrapped: dict[str, str] = {}
    group = needed(len(passphrases))
    for members in combinations(range(len(passphrases)), group):
        blob = bytes(private)
        for index in reversed(members):  # the first member's layer outermost
            blob = bytes(SecretBox(keys[index]).encrypt(blob))
        wrapped["-".join(map(str, members))] = blob.hex()
    data = {"ops": ops, "mem": mem, "salts": [s.hex() for s in salts],
            "checks": [bytes(SecretBox(k).encrypt(_CHECK)).hex() for k in keys],
            "wrapped": wrapped}
    return Keys(bytes(private.public_key), json.dumps(data))


def check_member(wrapped: str, index: int, passphrase: str) -> bool:
    """Does this passphrase open this member's part? (No key is unwrapped.)"""
    data = json.loads(wrapped)
    key = _member_key(passphrase, bytes.fromhex(data["salts"][index]), data["ops"], data["mem"])
    try:
        return SecretBox(key).decrypt(bytes.fromhex(data["checks"][index])) == _CHECK
    except CryptoError:
        return False


def members_of(wrapped: str) -> int:
    return len(json.loads(wrapped)["salts"])


def unwrap(wrapped: str, given: Mapping[int, str]) -> PrivateKey:
    """The private key, from the passphrases of enough members (index → text)."""
    data = json.loads(wrapped)
    count = len(data["salts"])
    keys: dict[int, bytes] = {}
    wrong = []
    for index, passphrase in sorted(given.items()):
        if not 0 <= index < count:
            raise ValueError("no such member")
        key = _member_key(passphrase, bytes.fromhex(data["salts"][index]), data["ops"],
                          data["mem"])
        try:
            SecretBox(key).decrypt(bytes.fromhex(data["checks"][index]))
        except CryptoError:
            wrong.append(index)
            continue
        keys[index] = key
    if wrong:
        raise WrongPassphrase(wrong)
    group = needed(count)
    if len(keys) < group:
        raise ValueError("not enough members")
    members = sorted(keys)[:group]
    blob = bytes.fromhex(data["wrapped"]["-".join(map(str, members))])
    try:
        for index in members:
            blob = SecretBox(keys[index]).decrypt(blob)
    except CryptoError:
        raise WrongPassphrase(members) from None
    return PrivateKey(blob)


def seal(public_key: bytes, choice: BallotChoice) -> bytes:
    if choice not in _PLAIN:
        raise ValueError("a ballot on screen is for, against or blank")
    return bytes(SealedBox(PublicKey(public_key)).encrypt(_PLAIN[choice]))


def random_id() -> bytes:
    return utils.random(16)


def tally(private: PrivateKey, sealed: Iterable[bytes]) -> dict[BallotChoice, int]:
    box = SealedBox(private)
    totals = dict.fromkeys(_PLAIN, 0)
    for blob in sealed:
        try:
            totals[_CHOICE[box.decrypt(blob)]] += 1
        except (CryptoError, KeyError):
            raise DamagedBallot() from None
    return totals
