"""Model fields that keep sensitive free text and contact details encrypted at rest."""

from __future__ import annotations

import logging
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core import validators
from django.core.exceptions import ImproperlyConfigured
from django.db import models

# Marks a stored value as ciphertext, so rows written before encryption was
# switched on are still readable (and get encrypted by the data migration).
# Only ever read on the way out of the database: what a person types is always
# encrypted, whatever it starts with.
PREFIX = "fernet:"

logger = logging.getLogger(__name__)


class UnreadableText(str):
    """Shown (as blank) for a value no configured key opens; saving keeps the original.

    Holding the stored ciphertext lets a later fix to the keys recover it; it is
    never displayed or logged.
    """

    stored: str

    def __new__(cls, stored: str) -> UnreadableText:
        value = super().__new__(cls, "")
        value.stored = stored
        return value


@lru_cache(maxsize=4)
def _fernet_for(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("WAYMARK_FIELD_ENCRYPTION_KEYS is empty.")
    return MultiFernet([Fernet(key.encode()) for key in keys])


def fernet() -> MultiFernet:
    """The current keys: the first encrypts, all of them decrypt (for rotation)."""
    return _fernet_for(tuple(settings.WAYMARK_FIELD_ENCRYPTION_KEYS))


def encrypt(value: str) -> str:
    """Encrypt with the primary key."""
    return PREFIX + fernet().encrypt(value.encode()).decode("ascii")


def decrypt(stored: str) -> str:
    """Decrypt a stored value; plaintext from before encryption passes through.

    A value no key opens (a lost key, a damaged row) reads as blank and is
    logged without its content, so one bad row never takes a page down.
    """
    if not stored.startswith(PREFIX):
        return stored
    try:
        return fernet().decrypt(stored[len(PREFIX) :].encode("ascii")).decode()
    except (InvalidToken, UnicodeError, ValueError, TypeError):
        # Never include the stored value: the message may end up in a log.
        logger.error(
            "An encrypted value could not be decrypted with any configured key."
        )
        return UnreadableText(stored)


def is_encrypted(stored: str | None) -> bool:
    return bool(stored) and stored.startswith(PREFIX)


class EncryptedTextField(models.TextField):
    """Text stored as Fernet ciphertext; empty stays empty so "blank" checks work.

    Encrypted columns cannot be searched or filtered on (each save produces a
    different ciphertext); keep searchable things, like the chosen name, plain.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.max_length is not None:
            self.validators.append(validators.MaxLengthValidator(self.max_length))

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return decrypt(value)

    def to_python(self, value):
        if isinstance(value, str) or value is None:
            return value
        return str(value)

    def get_prep_value(self, value):
        if isinstance(value, UnreadableText):
            return value.stored
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        # Never trust a prefix: text that merely looks encrypted is still text.
        return encrypt(value)

    def formfield(self, **kwargs):
        # A one-line input for short fields, as the plain CharFields had.
        if self.max_length is not None and self.max_length <= 300:
            from django import forms

            defaults = {"max_length": self.max_length, "widget": forms.TextInput}
            defaults.update(kwargs)
            return super().formfield(**defaults)
        return super().formfield(**kwargs)


def encrypted_fields() -> list[tuple[type[models.Model], list[str]]]:
    """Every model (history models included) with encrypted columns, and their names."""
    from django.apps import apps

    found = []
    for model in apps.get_models():
        names = [
            f.attname
            for f in model._meta.concrete_fields
            if isinstance(f, EncryptedTextField)
        ]
        if names:
            found.append((model, names))
    return found
