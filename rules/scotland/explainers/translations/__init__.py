"""Translations of the Scotland explainers: none yet, so every page is in English."""

TRANSLATIONS: dict = {}
