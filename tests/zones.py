"""The England and Wales pack's zone, for tests that write times in it."""

from rules import get_pack

LONDON = get_pack("england_wales").zone
