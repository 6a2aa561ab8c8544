from journeys import security_hooks  # noqa: F401,E402
