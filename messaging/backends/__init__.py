"""SMS backends: ``notify`` (GOV.UK Notify), ``console`` (demo), ``locmem`` (tests)."""
