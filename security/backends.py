"""Authentication backends for sign-in lockout."""

from axes.backends import AxesStandaloneBackend


class LockoutBackendAllowingTestClient(AxesStandaloneBackend):
    """Test-only: skip the lockout check when there is no request (client.login)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
